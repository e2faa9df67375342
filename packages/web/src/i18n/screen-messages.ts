// The active catalogue for the screens opened from Home's list (this build's language: language.ts).
import { enScreens, type ScreenMessages } from './en-screens.ts';
import { esScreens } from './es-screens.ts';
import { frScreens } from './fr-screens.ts';

export const mo: ScreenMessages = __EBB_LANGUAGE__ === 'es' ? esScreens : __EBB_LANGUAGE__ === 'fr' ? frScreens : enScreens;
