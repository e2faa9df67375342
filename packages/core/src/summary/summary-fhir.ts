// The summary as a FHIR R4 Bundle (type "collection"): one completed QuestionnaireResponse per recorded day,
// answering Ebb's diary-card Questionnaire (diary-card-questionnaire.ts), with only the rows the person chose.
// A day not recorded has no response at all, so nothing reads it as a zero.
import type { Bundle } from 'fhir/r4';
import type { Summary } from './summary.ts';

export function summaryFhirBundle(summary: Summary, now: number): Bundle {
  void summary;
  void now;
  throw new Error('not yet');
}
