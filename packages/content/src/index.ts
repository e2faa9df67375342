// Ebb's content: typed, sourced data only.
export { languages, isLanguage, type Language } from './language.ts';
export * from './types.ts';
export { crisisHelp, internationalDirectory } from './crisis-lines.ts';
export { crisisLineSources, emergencyNumberChecks } from './crisis-line-sources.ts';
export { medicalHelp, medicalHelpSources, type MedicalHelp, type MedicalHelpPart, type MedicalSource } from './medical-help.ts';
export { languageRules, type LanguageRule, type LanguageRuleKind } from './safe-language/language-rules.ts';
export { methodRulesEncoded, type EncodedRule } from './safe-language/method-rules.ts';
export { references, type Reference, type ReferenceId } from './references.ts';
export { planSections, planBarriers, type PlanSection, type Suggestion, type Barrier } from './plan-sections.ts';
export { planSectionIds, triggerKinds, type PlanSectionId, type TriggerKind } from './plan-section-ids.ts';
export { sayToMe, dontSayToMe, supporterGuidance, type SupportText } from './support-card.ts';
export { skills, feelings, skillModules, breathingLimits, type Skill, type SkillGuide, type Feeling, type SkillModule } from './skills.ts';
export { needs, needWords, needsSource, type Need } from './needs.ts';
export { supporterGuide } from './learn/for-supporters.ts';
export { learnPages } from './learn/learn-pages.ts';
export type { LearnPage, LearnBlock, LearnTool, LearnTopic } from './learn/learn-page.ts';
export { mirrorProblems, noDataKeys } from './translation/mirror.ts';
