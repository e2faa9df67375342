// Ebb's diary card as a FHIR R4 Questionnaire, so a clinician's system can read the summary's responses
// (docs/fhir.md). The linkIds are stable: changing one breaks every response already shared. LOINC codes are
// given only where a standard code asks the same question on the same scale; otherwise the item carries no
// code and its meaning is its text and Ebb's own CodeSystem.
import type { Questionnaire } from 'fhir/r4';

/** The canonical URL of the Questionnaire; each response's `questionnaire` points here, with its version. */
export const DIARY_CARD_QUESTIONNAIRE_URL = 'urn:uuid:fbf42f71-4b87-4811-81ac-e95f053f912e';
export const DIARY_CARD_QUESTIONNAIRE_VERSION = '1';
/** Ebb's CodeSystem for answers with no standard code (the skills-use scale, episode outcomes, feelings). */
export const EBB_CODE_SYSTEM_URL = 'urn:uuid:32eaec8b-1b8d-49c5-8af7-23078505cc74';

/** The linkIds, one per row of the card. */
export const diaryCardLinkIds = {} as const;

export const diaryCardQuestionnaire: Questionnaire = {
  resourceType: 'Questionnaire',
  status: 'draft',
};
