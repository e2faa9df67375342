// Ebb's content: typed, sourced data only.
export { languages, isLanguage, type Language } from './language.ts';
export * from './types.ts';
export { crisisHelp, internationalDirectory } from './crisis-lines.ts';
export { crisisLineSources, emergencyNumberChecks } from './crisis-line-sources.ts';
export {
  crisisLineLanguages,
  crisisLineLanguageSources,
  lineLanguageCodes,
  type LineLanguage,
  type LineLanguages,
} from './crisis-line-languages.ts';
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
export { mirrorProblems } from './translation/mirror.ts';
export { crisisHelpEs, internationalDirectoryEs } from './es/crisis-lines.ts';
export { medicalHelpEs } from './es/medical-help.ts';
export { planSectionsEs, planBarriersEs } from './es/plan-sections.ts';
export { sayToMeEs, dontSayToMeEs, supporterGuidanceEs } from './es/support-card.ts';
export { needWordsEs } from './es/needs.ts';
export { skillsEs } from './es/skills.ts';
export { learnPagesEs } from './es/learn/learn-pages.ts';
export { supporterGuideEs } from './es/learn/for-supporters.ts';
export { crisisHelpFr, internationalDirectoryFr } from './fr/crisis-lines.ts';
export { medicalHelpFr } from './fr/medical-help.ts';
export { planSectionsFr, planBarriersFr } from './fr/plan-sections.ts';
export { sayToMeFr, dontSayToMeFr, supporterGuidanceFr } from './fr/support-card.ts';
export { needWordsFr } from './fr/needs.ts';
export { skillsFr } from './fr/skills.ts';
export { learnPagesFr } from './fr/learn/learn-pages.ts';
export { supporterGuideFr } from './fr/learn/for-supporters.ts';
