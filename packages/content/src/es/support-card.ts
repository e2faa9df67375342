// PLACEHOLDER until the translation lands.
import type { SupportText } from '../support-card.ts';
import { sayToMe, dontSayToMe, supporterGuidance } from '../support-card.ts';

export const sayToMeEs: readonly SupportText[] = sayToMe;
export const dontSayToMeEs: readonly SupportText[] = dontSayToMe;
export const supporterGuidanceEs: readonly SupportText[] = supporterGuidance;
