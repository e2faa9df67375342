// The active catalogue for the hope box (English so far).
import { enHope, type HopeMessages } from './en-hope.ts';

export const mh: HopeMessages = enHope;
