// Ebb's content: typed, sourced data only.
export * from './types.ts';
export { crisisHelp, internationalDirectory } from './crisis-lines.ts';
export { medicalHelp, medicalHelpSources, type MedicalHelp, type MedicalHelpPart, type MedicalSource } from './medical-help.ts';
export { unsafeLanguage, methodTermsEncoded, type UnsafePhrase } from './safe-language/banned-terms.ts';
export { references, type Reference, type ReferenceId } from './references.ts';
export { planSections, planBarriers, type PlanSection, type Suggestion, type Barrier } from './plan-sections.ts';
export { planSectionIds, triggerKinds, type PlanSectionId, type TriggerKind } from './plan-section-ids.ts';
export { sayToMe, dontSayToMe, supporterGuidance, type SupportText } from './support-card.ts';
export { skills, feelings, skillModules, type Skill, type SkillGuide, type Feeling, type SkillModule } from './skills.ts';
