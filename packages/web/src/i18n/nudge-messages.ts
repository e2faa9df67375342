// The active catalogue for the gentle note on Home and its setting (English so far).
import { enNudge, type NudgeMessages } from './en-nudge.ts';

export const mn: NudgeMessages = enNudge;
