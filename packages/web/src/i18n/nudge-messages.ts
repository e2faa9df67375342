// The active catalogue for the gentle note on Home and its setting (this build's language: language.ts).
import { enNudge, type NudgeMessages } from './en-nudge.ts';
import { esNudge } from './es-nudge.ts';
import { frNudge } from './fr-nudge.ts';

export const mn: NudgeMessages = __EBB_LANGUAGE__ === 'es' ? esNudge : __EBB_LANGUAGE__ === 'fr' ? frNudge : enNudge;
