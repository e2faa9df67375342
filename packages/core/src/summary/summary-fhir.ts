// The summary as a FHIR R4 Bundle (type "collection"): Ebb's diary-card Questionnaire and its CodeSystem,
// so the file describes itself, then one completed QuestionnaireResponse per recorded day with only the
// rows the person chose (docs/fhir.md). A day not recorded has no response at all, so nothing reads it as
// a zero. No patient, name or device is named: the person hands the file over themselves.
import type { Bundle, QuestionnaireResponse, QuestionnaireResponseAnswer as Answer, QuestionnaireResponseItem } from './fhir-r4.ts';
import { reflectionTextFields } from '../diary/reflection-record.ts';
import {
  DIARY_CARD_QUESTIONNAIRE_URL,
  DIARY_CARD_QUESTIONNAIRE_VERSION,
  EBB_CODE_SYSTEM_URL,
  diaryCardCodeSystem,
  diaryCardLinkIds as L,
  diaryCardQuestionnaire,
  ebbCode,
  ebbDisplay,
  reflectionLinkId,
} from './diary-card-questionnaire.ts';
import type { Summary, SummaryDay, SummaryEpisode, SummaryReflection } from './summary.ts';

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** A FHIR dateTime in the person's own time zone, with its offset: "2026-03-29T01:30:00+01:00". */
export function fhirDateTime(at: number): string {
  const d = new Date(at);
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` +
    `T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  );
}

const item = (linkId: string, answer: Answer[]): QuestionnaireResponseItem[] => (answer.length > 0 ? [{ linkId, answer }] : []);
const integer = (linkId: string, value: number | null | undefined) => item(linkId, value === null || value === undefined ? [] : [{ valueInteger: value }]);
const boolean = (linkId: string, value: boolean | null | undefined) => item(linkId, value === null || value === undefined ? [] : [{ valueBoolean: value }]);
/**
 * The person's words as a FHIR string: FHIR allows no control character but tab, CR and LF, and its JSON
 * schema no space but " " (a JavaScript \S), so those become plain spaces; nothing else changes.
 */
export const fhirString = (value: string): string => value.replace(/(?![\t\n\r])\p{Cc}|[^\S \t\n\r]/gu, ' ');
const text = (linkId: string, value: string) => item(linkId, value === '' ? [] : [{ valueString: fhirString(value) }]);
const dateTime = (linkId: string, at: number | null) => item(linkId, at === null ? [] : [{ valueDateTime: fhirDateTime(at) }]);
const coding = (code: string): Answer => ({ valueCoding: { system: EBB_CODE_SYSTEM_URL, code, display: ebbDisplay(code) } });
const group = (linkId: string, items: QuestionnaireResponseItem[]): QuestionnaireResponseItem[] => (items.length > 0 ? [{ linkId, item: items }] : []);

function cardItems(summary: Summary, day: SummaryDay): QuestionnaireResponseItem[] {
  const { rows } = summary;
  const card = day.card;
  const items: QuestionnaireResponseItem[] = [{ linkId: L.date, answer: [{ valueDate: day.day }] }];
  if (rows.urge) items.push(...integer(L.urge, card?.urge));
  if (rows.selfHarm) items.push(...boolean(L.selfHarm, day.selfHarm));
  if (rows.suicidalThoughts) items.push(...integer(L.suicidalThoughts, card?.suicidalThoughts));
  if (!card) return items;
  for (const name of rows.emotions ?? []) {
    const value = card.emotions.get(name);
    if (value !== undefined)
      items.push({ linkId: L.emotion, item: [{ linkId: L.emotionName, answer: [{ valueString: fhirString(name) }] }, ...integer(L.emotionIntensity, value)] });
  }
  for (const skill of rows.skills ?? []) {
    const score = card.skills.get(skill.id);
    if (score !== undefined) items.push({ linkId: L.skill, item: [...text(L.skillName, skill.name), ...item(L.skillUse, [coding(ebbCode.skillUse(score))])] });
  }
  if (rows.selfCare && card.selfCare) {
    const care = card.selfCare;
    items.push(
      ...group(L.selfCare, [
        ...item(L.sleepHours, care.sleepHours === null ? [] : [{ valueDecimal: care.sleepHours }]),
        ...boolean(L.ateRegularly, care.ateRegularly),
        ...boolean(L.moved, care.moved),
        ...boolean(L.connected, care.connected),
        ...boolean(L.medication, care.medication),
        ...boolean(L.therapy, care.therapy),
      ]),
    );
  }
  if (rows.note) items.push(...text(L.note, card.note));
  return items;
}

const episodeItem = (e: SummaryEpisode): QuestionnaireResponseItem => ({
  linkId: L.episode,
  item: [
    ...dateTime(L.episodeStarted, e.startedAt),
    ...dateTime(L.episodeEnded, e.endedAt),
    ...integer(L.episodeUrgeAtStart, e.urgeAtStart),
    ...integer(L.episodeUrgeAtEnd, e.urgeAtEnd),
    ...item(
      L.episodeFeeling,
      e.feelings.map((f) => coding(ebbCode.feeling(f))),
    ),
    ...text(L.episodeTrigger, e.trigger),
    ...e.skills.map((s) => ({
      linkId: L.episodeSkill,
      item: [...text(L.episodeSkillName, s.name), ...integer(L.episodeSkillBefore, s.before), ...integer(L.episodeSkillAfter, s.after)],
    })),
    ...item(L.episodeOutcome, e.outcome === null ? [] : [coding(ebbCode.outcome(e.outcome))]),
  ],
});

const reflectionItem = (r: SummaryReflection): QuestionnaireResponseItem => ({
  linkId: L.reflection,
  item: [
    ...dateTime(L.reflectionSlip, r.slipAt),
    ...item(
      L.reflectionVulnerability,
      r.vulnerabilities.map((k) => coding(ebbCode.vulnerability(k))),
    ),
    ...reflectionTextFields.flatMap((field) => text(reflectionLinkId(field), r[field])),
  ],
});

/** When the day's answers were last given: what was recorded that day, or the reflections shared for it. */
function authoredAt(day: SummaryDay, reflections: readonly SummaryReflection[]): number {
  return Math.max(day.recordedAt ?? 0, ...reflections.map((r) => r.finishedAt ?? r.slipAt));
}

export function summaryFhirBundle(summary: Summary, now: number): Bundle {
  const responses: QuestionnaireResponse[] = [];
  for (const day of summary.days) {
    const episodes = (summary.episodes ?? []).filter((e) => e.day === day.day);
    const reflections = summary.reflections.filter((r) => r.day === day.day);
    if (!day.recorded && reflections.length === 0) continue;
    responses.push({
      resourceType: 'QuestionnaireResponse',
      id: `day-${day.day}`,
      questionnaire: `${DIARY_CARD_QUESTIONNAIRE_URL}|${DIARY_CARD_QUESTIONNAIRE_VERSION}`,
      status: 'completed',
      authored: fhirDateTime(authoredAt(day, reflections)),
      item: [...cardItems(summary, day), ...episodes.map(episodeItem), ...reflections.map(reflectionItem)],
    });
  }
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: fhirDateTime(now),
    entry: [diaryCardQuestionnaire, diaryCardCodeSystem, ...responses].map((resource) => ({ resource })),
  };
}
