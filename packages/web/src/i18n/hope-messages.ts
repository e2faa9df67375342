// The active catalogue for the hope box (this build's language: language.ts).
import { enHope, type HopeMessages } from './en-hope.ts';
import { esHope } from './es-hope.ts';
import { frHope } from './fr-hope.ts';

export const mh: HopeMessages = __EBB_LANGUAGE__ === 'es' ? esHope : __EBB_LANGUAGE__ === 'fr' ? frHope : enHope;
