// P7 (summary): the clinician summary for a month — buildSummary, its CSV and its FHIR Bundle as JSON — over
// the P6 ten-year dataset (dataset.ts), its records read as Ebb's own check-ins and urge episodes. Kept beside
// the dataset it reads; bundled by bench/summary.mjs and run unchanged in Node and in Chromium (4× CPU).
import { skills } from '@ebb/content';
import {
  buildSummary,
  defaultSummaryChoices,
  summaryCsv,
  summaryFhirBundle,
  type CheckIn,
  type Episode,
  type SummaryChoices,
  type SummarySource,
} from '@ebb/core';
import { tenYearDataset } from './dataset.ts';

interface SyntheticCheckIn {
  date: string;
  urge: number;
  acted: boolean;
  emotions: Record<string, number>;
  skills: number;
  selfCare: { sleepHours: number; ate: boolean; moved: boolean; connected: boolean };
  note: string;
}
interface SyntheticEpisode {
  startedAt: number;
  endedAt: number;
  ratings: Array<{ at: number; urge: number }>;
  feelings: Episode['feelings'];
  skills: Array<{ id: string; before: number; after: number }>;
  outcome: 'eased' | 'reached-out' | 'stopped';
}

/** The month summarised: November 2025, the dataset's last full month, with every part of the summary included. */
export const MONTH = { kind: 'month', first: '2025-11-01' } as const;
const everything: SummaryChoices = { ...defaultSummaryChoices, card: { ...defaultSummaryChoices.card, suicidalThoughts: true, note: true } };

/** Not timed: ten years of records as the screen would have them after unlocking. */
export function prepare(): SummarySource {
  const checkIns: CheckIn[] = [];
  const episodes: Episode[] = [];
  for (const record of tenYearDataset()) {
    if (record.type === 'check-in') {
      const c = record.data as SyntheticCheckIn;
      checkIns.push({
        day: c.date,
        urge: c.urge,
        acted: c.acted,
        suicidalThoughts: null,
        emotions: Object.entries(c.emotions).map(([name, value]) => ({ name, value })),
        skills: [{ skillId: 'paced-breathing', score: c.skills }],
        selfCare: {
          sleepHours: c.selfCare.sleepHours,
          ateRegularly: c.selfCare.ate,
          moved: c.selfCare.moved,
          connected: c.selfCare.connected,
          medication: null,
          therapy: null,
        },
        note: c.note,
        savedAt: Date.parse(`${c.date}T20:00:00Z`),
      });
    } else if (record.type === 'urge-episode') {
      const e = record.data as SyntheticEpisode;
      episodes.push({
        id: record.id,
        startedAt: e.startedAt,
        endedAt: e.endedAt,
        ratings: e.ratings.map((r) => ({ at: r.at, value: r.urge })),
        feelings: e.feelings,
        trigger: '',
        skills: e.skills.map((s) => ({ skillId: s.id, startedAt: e.startedAt, before: s.before, after: s.after })),
        outcome: e.outcome,
      });
    }
  }
  return {
    checkIns,
    episodes,
    reflections: [],
    planVersions: [{ savedAt: Date.UTC(2025, 5, 1), changedAt: Date.UTC(2025, 5, 1), reason: '' }],
    skillNames: new Map(skills.map((s) => [s.id, s.name])),
    emotionRows: ['sad', 'angry', 'anxious', 'empty', 'ashamed'],
  };
}

/** Timed: the month's summary, its CSV and its FHIR Bundle written as JSON, as the screen makes them. */
export function summaryOnce(source: SummarySource): {
  buildMs: number;
  csvMs: number;
  fhirMs: number;
  totalMs: number;
  responses: number;
  csvBytes: number;
  fhirBytes: number;
} {
  const t0 = performance.now();
  const summary = buildSummary(source, MONTH, everything);
  const t1 = performance.now();
  const csv = summaryCsv(summary);
  const t2 = performance.now();
  const bundle = summaryFhirBundle(summary, Date.UTC(2026, 0, 5));
  const json = JSON.stringify(bundle);
  const t3 = performance.now();
  return {
    buildMs: t1 - t0,
    csvMs: t2 - t1,
    fhirMs: t3 - t2,
    totalMs: t3 - t0,
    responses: (bundle.entry?.length ?? 0) - 2,
    csvBytes: csv.length,
    fhirBytes: json.length,
  };
}
