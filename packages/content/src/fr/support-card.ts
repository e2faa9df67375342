// PLACEHOLDER until the translation lands.
import type { SupportText } from '../support-card.ts';
import { sayToMe, dontSayToMe, supporterGuidance } from '../support-card.ts';

export const sayToMeFr: readonly SupportText[] = sayToMe;
export const dontSayToMeFr: readonly SupportText[] = dontSayToMe;
export const supporterGuidanceFr: readonly SupportText[] = supporterGuidance;
