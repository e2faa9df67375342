// Ebb's diary card as a FHIR R4 Questionnaire (with the CodeSystem of its own answers), so a clinician's system can read the summary's responses
// (docs/fhir.md). The linkIds are stable: changing one breaks every response already shared. A LOINC code is
// given only where a standard code asks the same question (sleep duration); every other item has none, and
// its answers with no standard code come from Ebb's own CodeSystem (diaryCardCodeSystem), sent with them.
// The texts are in English: this is the file's structure, not a screen, and the person's answers stay in
// their own words.
import type { CodeSystem, Extension, Questionnaire, QuestionnaireItem } from './fhir-r4.ts';
import { feelings } from '@ebb/content';
import { reflectionTextFields, vulnerabilityKinds } from '../diary/reflection-record.ts';
import { episodeOutcomes } from '../urge/episode-record.ts';

/** The canonical URL of the Questionnaire (an identifier, not an address); responses point here with its version. */
export const DIARY_CARD_QUESTIONNAIRE_URL = 'urn:uuid:fbf42f71-4b87-4811-81ac-e95f053f912e';
export const DIARY_CARD_QUESTIONNAIRE_VERSION = '1';
/** Ebb's CodeSystem for answers with no standard code (the skills-use scale, feelings, episode outcomes). */
export const EBB_CODE_SYSTEM_URL = 'urn:uuid:32eaec8b-1b8d-49c5-8af7-23078505cc74';
export const LOINC_URL = 'http://loinc.org';

/** The linkIds, one per question; a group's questions are "group.question". */
export const diaryCardLinkIds = {
  date: 'date',
  urge: 'urge',
  selfHarm: 'self-harm',
  suicidalThoughts: 'suicidal-thoughts',
  emotion: 'emotion',
  emotionName: 'emotion.name',
  emotionIntensity: 'emotion.intensity',
  skill: 'skill',
  skillName: 'skill.name',
  skillUse: 'skill.use',
  selfCare: 'self-care',
  sleepHours: 'self-care.sleep-hours',
  ateRegularly: 'self-care.ate-regularly',
  moved: 'self-care.moved',
  connected: 'self-care.connected',
  medication: 'self-care.medication',
  therapy: 'self-care.therapy',
  note: 'note',
  episode: 'urge-episode',
  episodeStarted: 'urge-episode.started',
  episodeEnded: 'urge-episode.ended',
  episodeUrgeAtStart: 'urge-episode.urge-at-start',
  episodeUrgeAtEnd: 'urge-episode.urge-at-end',
  episodeFeeling: 'urge-episode.feeling',
  episodeTrigger: 'urge-episode.trigger',
  episodeSkill: 'urge-episode.skill',
  episodeSkillName: 'urge-episode.skill.name',
  episodeSkillBefore: 'urge-episode.skill.before',
  episodeSkillAfter: 'urge-episode.skill.after',
  episodeOutcome: 'urge-episode.outcome',
  reflection: 'slip-reflection',
  reflectionSlip: 'slip-reflection.slip',
  reflectionVulnerability: 'slip-reflection.vulnerability',
} as const;

/** A reflection's answer in words → its linkId: "slip-reflection.prompting-event". */
export const reflectionLinkId = (field: (typeof reflectionTextFields)[number]): string =>
  `slip-reflection.${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** The DBT skills-use scale (docs/clinical-rules.md, "Diary card"), as Ebb's codes "skill-use-0" … "skill-use-7". */
const skillUse = [
  'not thought about or used',
  "thought about, not used, didn't want to",
  'thought about, not used, wanted to',
  "tried, couldn't use them",
  "tried, could use them, didn't help",
  'tried, could use them, helped',
  "didn't try, used them, didn't help",
  "didn't try, used them, helped",
] as const;
const feelingText: Record<(typeof feelings)[number], string> = {
  anger: 'Anger',
  sadness: 'Sadness',
  emptiness: 'Empty or numb',
  anxiety: 'Anxious or panicky',
  shame: 'Shame or guilt',
  loneliness: 'Lonely',
  overwhelm: 'Overwhelmed',
  other: 'Something else',
};
const outcomeText: Record<(typeof episodeOutcomes)[number], string> = {
  eased: 'The urge eased',
  'reached-out': 'Reached out to someone',
  slipped: 'Self-harmed (a slip)',
  stopped: 'Stopped without saying how it ended',
};
const vulnerabilityText: Record<(typeof vulnerabilityKinds)[number], string> = {
  sleep: 'Not enough sleep',
  hunger: 'Hungry or not eating well',
  illness: 'Ill or in pain',
  substances: 'Alcohol or drugs',
  stress: 'Stress',
};
const reflectionText: Record<(typeof reflectionTextFields)[number], string> = {
  vulnerabilityNote: 'What made me more vulnerable',
  promptingEvent: 'What set it off',
  thoughts: 'Thoughts',
  feelings: 'Feelings',
  body: 'Body sensations',
  urges: 'Urges',
  actions: 'Actions',
  shortTerm: 'What followed straight away',
  longTerm: 'What followed later',
  breakLinks: 'What could break the chain next time',
  repair: 'Repair',
};

/** Ebb's codes, each "kind-value": "skill-use-5", "feeling-anger", "outcome-eased", "vulnerability-sleep". */
export const ebbCode = {
  skillUse: (score: number) => `skill-use-${score}`,
  feeling: (feeling: string) => `feeling-${feeling}`,
  outcome: (outcome: string) => `outcome-${outcome}`,
  vulnerability: (kind: string) => `vulnerability-${kind}`,
};
const concepts = [
  ...skillUse.map((display, score) => ({ code: ebbCode.skillUse(score), display: `${score}: ${display}` })),
  ...feelings.map((f) => ({ code: ebbCode.feeling(f), display: feelingText[f] })),
  ...episodeOutcomes.map((o) => ({ code: ebbCode.outcome(o), display: outcomeText[o] })),
  ...vulnerabilityKinds.map((k) => ({ code: ebbCode.vulnerability(k), display: vulnerabilityText[k] })),
];
/** The display of one of Ebb's codes. */
export const ebbDisplay = (code: string): string => concepts.find((c) => c.code === code)?.display ?? code;

export const diaryCardCodeSystem: CodeSystem = {
  resourceType: 'CodeSystem',
  id: 'ebb-diary-card',
  url: EBB_CODE_SYSTEM_URL,
  version: DIARY_CARD_QUESTIONNAIRE_VERSION,
  name: 'EbbDiaryCardCodes',
  title: "Ebb's diary card answers",
  status: 'active',
  content: 'complete',
  caseSensitive: true,
  count: concepts.length,
  concept: concepts,
};

const range = (min: number, max: number): Extension[] => [
  { url: 'http://hl7.org/fhir/StructureDefinition/minValue', valueInteger: min },
  { url: 'http://hl7.org/fhir/StructureDefinition/maxValue', valueInteger: max },
];
const scored = (linkId: string, text: string, max: number, required = false): QuestionnaireItem => ({
  linkId,
  text,
  type: 'integer',
  required,
  extension: range(0, max),
});
const options = (codes: readonly string[]) => codes.map((code) => ({ valueCoding: { system: EBB_CODE_SYSTEM_URL, code, display: ebbDisplay(code) } }));
const L = diaryCardLinkIds;

export const diaryCardQuestionnaire: Questionnaire = {
  resourceType: 'Questionnaire',
  id: 'ebb-diary-card',
  url: DIARY_CARD_QUESTIONNAIRE_URL,
  version: DIARY_CARD_QUESTIONNAIRE_VERSION,
  name: 'EbbDiaryCard',
  title: "Ebb's diary card",
  status: 'active',
  subjectType: ['Patient'],
  publisher: 'Ebb',
  description:
    'A DBT-style diary card a person keeps for themselves in Ebb, one response per day they recorded, with the urge episodes and reflections they chose to share. A self-observation tool: nothing in it is scored, labelled or used to predict anything. A day with no response was not recorded.',
  item: [
    { linkId: L.date, text: 'The day this card is for', type: 'date', required: true },
    scored(L.urge, 'Urge to self-harm (0 none, 5 the strongest)', 5),
    { linkId: L.selfHarm, text: 'Self-harmed that day', type: 'boolean' },
    scored(L.suicidalThoughts, 'Thoughts of suicide (0 none, 5 the strongest)', 5),
    {
      linkId: L.emotion,
      text: 'Emotions (in the person’s own words)',
      type: 'group',
      repeats: true,
      item: [{ linkId: L.emotionName, text: 'Emotion', type: 'string', required: true }, scored(L.emotionIntensity, 'How strong (0–5)', 5, true)],
    },
    {
      linkId: L.skill,
      text: 'Skills (DBT skills-use scale 0–7)',
      type: 'group',
      repeats: true,
      item: [
        { linkId: L.skillName, text: 'Skill', type: 'string', required: true },
        { linkId: L.skillUse, text: 'Use (0–7)', type: 'choice', required: true, answerOption: options(skillUse.map((_, score) => ebbCode.skillUse(score))) },
      ],
    },
    {
      linkId: L.selfCare,
      text: 'Self-care',
      type: 'group',
      item: [
        { linkId: L.sleepHours, text: 'Hours of sleep', type: 'decimal', code: [{ system: LOINC_URL, code: '93832-4', display: 'Sleep duration' }] },
        { linkId: L.ateRegularly, text: 'Ate regularly', type: 'boolean' },
        { linkId: L.moved, text: 'Moved (exercise or a walk)', type: 'boolean' },
        { linkId: L.connected, text: 'Connected with someone', type: 'boolean' },
        { linkId: L.medication, text: 'Took medication as prescribed', type: 'boolean' },
        { linkId: L.therapy, text: 'Therapy or support', type: 'boolean' },
      ],
    },
    { linkId: L.note, text: 'Note (in the person’s own words)', type: 'text' },
    {
      linkId: L.episode,
      text: 'Urge episodes (Ride it out), urge rated 0–10',
      type: 'group',
      repeats: true,
      item: [
        { linkId: L.episodeStarted, text: 'Started', type: 'dateTime', required: true },
        { linkId: L.episodeEnded, text: 'Ended', type: 'dateTime' },
        scored(L.episodeUrgeAtStart, 'Urge at the start (0–10)', 10),
        scored(L.episodeUrgeAtEnd, 'Urge at the end (0–10)', 10),
        { linkId: L.episodeFeeling, text: 'Feelings named', type: 'choice', repeats: true, answerOption: options(feelings.map(ebbCode.feeling)) },
        { linkId: L.episodeTrigger, text: 'What set it off (the person’s words)', type: 'string' },
        {
          linkId: L.episodeSkill,
          text: 'Skills tried, with the urge before and after',
          type: 'group',
          repeats: true,
          item: [
            { linkId: L.episodeSkillName, text: 'Skill', type: 'string', required: true },
            scored(L.episodeSkillBefore, 'Urge before (0–10)', 10),
            scored(L.episodeSkillAfter, 'Urge after (0–10)', 10),
          ],
        },
        { linkId: L.episodeOutcome, text: 'How it ended', type: 'choice', answerOption: options(episodeOutcomes.map(ebbCode.outcome)) },
      ],
    },
    {
      linkId: L.reflection,
      text: 'Reflections on a slip the person chose to share (a chain analysis)',
      type: 'group',
      repeats: true,
      item: [
        { linkId: L.reflectionSlip, text: 'When the slip was', type: 'dateTime', required: true },
        {
          linkId: L.reflectionVulnerability,
          text: 'What made me vulnerable',
          type: 'choice',
          repeats: true,
          answerOption: options(vulnerabilityKinds.map(ebbCode.vulnerability)),
        },
        ...reflectionTextFields.map((field): QuestionnaireItem => ({ linkId: reflectionLinkId(field), text: reflectionText[field], type: 'text' })),
      ],
    },
  ],
};
