// Ebb's content: typed, sourced data only.
export * from './types.ts';
export { crisisHelp, internationalDirectory } from './crisis-lines.ts';
export { medicalHelp, type MedicalHelp } from './medical-help.ts';
export { unsafeLanguage, methodTermsEncoded, type UnsafePhrase } from './safe-language/banned-terms.ts';
