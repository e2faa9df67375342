// The few FHIR R4 shapes the clinician summary writes (Questionnaire, CodeSystem, QuestionnaireResponse,
// Bundle), as small local types: only the elements Ebb uses. What is written is checked against the
// official FHIR R4 JSON schema in the tests (summary-fhir.test.ts).

export interface Coding {
  system: string;
  code: string;
  display?: string;
}

export interface Extension {
  url: string;
  valueInteger: number;
}

export type QuestionnaireItemType = 'group' | 'boolean' | 'decimal' | 'integer' | 'date' | 'dateTime' | 'string' | 'text' | 'choice';

export interface QuestionnaireItem {
  linkId: string;
  text: string;
  type: QuestionnaireItemType;
  required?: boolean;
  repeats?: boolean;
  code?: Coding[];
  extension?: Extension[];
  answerOption?: Array<{ valueCoding: Coding }>;
  item?: QuestionnaireItem[];
}

export interface Questionnaire {
  resourceType: 'Questionnaire';
  id: string;
  url: string;
  version: string;
  name: string;
  title: string;
  status: 'draft' | 'active' | 'retired' | 'unknown';
  subjectType: string[];
  publisher: string;
  description: string;
  item: QuestionnaireItem[];
}

export interface CodeSystem {
  resourceType: 'CodeSystem';
  id: string;
  url: string;
  version: string;
  name: string;
  title: string;
  status: 'draft' | 'active' | 'retired' | 'unknown';
  content: 'complete';
  caseSensitive: boolean;
  count: number;
  concept: Array<{ code: string; display: string }>;
}

/** One answer: exactly one value[x]. */
export type QuestionnaireResponseAnswer =
  | { valueBoolean: boolean }
  | { valueDecimal: number }
  | { valueInteger: number }
  | { valueDate: string }
  | { valueDateTime: string }
  | { valueString: string }
  | { valueCoding: Coding };

/** A question with its answers, or a group with its items. */
export interface QuestionnaireResponseItem {
  linkId: string;
  answer?: QuestionnaireResponseAnswer[];
  item?: QuestionnaireResponseItem[];
}

export interface QuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  id: string;
  questionnaire: string;
  status: 'completed';
  authored: string;
  item: QuestionnaireResponseItem[];
}

export interface Bundle {
  resourceType: 'Bundle';
  type: 'collection';
  timestamp: string;
  entry: Array<{ resource: Questionnaire | CodeSystem | QuestionnaireResponse }>;
}
