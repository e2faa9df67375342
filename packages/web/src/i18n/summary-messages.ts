// The active catalogue for the summary for a clinician (English so far).
import { enSummary, type SummaryMessages } from './en-summary.ts';

export const msu: SummaryMessages = enSummary;
