// The active catalogue for the summary for a clinician (this build's language: language.ts).
import { enSummary, type SummaryMessages } from './en-summary.ts';
import { esSummary } from './es-summary.ts';
import { frSummary } from './fr-summary.ts';

export const msu: SummaryMessages = __EBB_LANGUAGE__ === 'es' ? esSummary : __EBB_LANGUAGE__ === 'fr' ? frSummary : enSummary;
