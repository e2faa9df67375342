// The active catalogue for the screens opened from Home's list (English so far).
import { enScreens, type ScreenMessages } from './en-screens.ts';

export const mo: ScreenMessages = enScreens;
