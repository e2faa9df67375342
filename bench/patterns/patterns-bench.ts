// P7 (patterns): every pattern for "everything" over the P6 ten-year dataset (bench/unlock/dataset.ts), given
// the shapes Ebb stores (check-in and urge months), sealed, then opened as unlocking does. Only the pattern
// computation is timed. Bundled by bench/patterns.mjs and run in Chromium with 4× CPU throttling.
import {
  computePatterns,
  fromUtf8,
  generateVaultKey,
  open,
  seal,
  utf8,
  type CheckIn,
  type CheckInMonth,
  type Episode,
  type EpisodeMonth,
  type PatternInput,
} from '@ebb/core';
import { tenYearDataset } from '../unlock/dataset.ts';

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
  outcome: Episode['outcome'];
}

/** A few triggers, typed differently, so counting them by their words is part of what is measured. */
const TRIGGERS = ['work', 'Work ', 'home', 'a text', '', 'school', ''];

const toCheckIn = (c: SyntheticCheckIn): CheckIn => ({
  day: c.date,
  urge: c.urge,
  acted: c.acted,
  suicidalThoughts: null,
  emotions: Object.entries(c.emotions).map(([name, value]) => ({ name, value })),
  skills: c.skills > 0 ? [{ skillId: 'paced-breathing', score: c.skills }] : [],
  selfCare: {
    sleepHours: c.selfCare.sleepHours,
    ateRegularly: c.selfCare.ate,
    moved: c.selfCare.moved,
    connected: c.selfCare.connected,
    medication: null,
    therapy: null,
  },
  note: c.note,
  savedAt: 0,
});

const toEpisode = (e: SyntheticEpisode, i: number): Episode => ({
  id: `u${i}`,
  startedAt: e.startedAt,
  endedAt: e.endedAt,
  ratings: e.ratings.map((r) => ({ at: r.at, value: r.urge })),
  feelings: e.feelings,
  trigger: TRIGGERS[i % TRIGGERS.length] ?? '',
  skills: e.skills.map((s) => ({ skillId: s.id, startedAt: e.startedAt, before: s.before, after: s.after })),
  outcome: i % 23 === 0 ? 'slipped' : e.outcome,
});

/** The dataset's month records, as Ebb stores them: one per month and kind. */
function months(): Array<{ type: string; id: string; data: CheckInMonth | EpisodeMonth }> {
  const checkIns = new Map<string, CheckIn[]>();
  const episodes = new Map<string, Episode[]>();
  let n = 0;
  for (const r of tenYearDataset()) {
    if (r.type === 'check-in') {
      const c = toCheckIn(r.data as SyntheticCheckIn);
      checkIns.set(c.day.slice(0, 7), [...(checkIns.get(c.day.slice(0, 7)) ?? []), c]);
    } else if (r.type === 'urge-episode') {
      const e = toEpisode(r.data as SyntheticEpisode, n++);
      const month = new Date(e.startedAt).toISOString().slice(0, 7);
      const list = episodes.get(month) ?? [];
      list.push(e);
      episodes.set(month, list);
    }
  }
  return [
    ...[...checkIns].map(([id, days]) => ({ type: 'checkin-month', id, data: { days } })),
    ...[...episodes].map(([id, list]) => ({ type: 'urge-month', id, data: { episodes: list } })),
  ];
}

/** The day after the dataset's last day, at noon UTC: "today" for the benchmark. */
export const NOW = Date.UTC(2025, 11, 29, 12);

/** Not timed: the month records sealed, then opened and parsed as unlocking does, into the patterns' input. */
export async function prepare(): Promise<{ input: PatternInput; checkIns: number; episodes: number }> {
  const key = await generateVaultKey();
  const sealed = await Promise.all(months().map(async (r) => ({ ...r, envelope: await seal(key, r, utf8(JSON.stringify({ v: 1, data: r.data }))) })));
  const opened = await Promise.all(
    sealed.map(async (r) => ({ type: r.type, value: (JSON.parse(fromUtf8(await open(key, r, r.envelope))) as { data: unknown }).data })),
  );
  const input: PatternInput = {
    checkIns: opened.filter((r) => r.type === 'checkin-month').flatMap((r) => (r.value as CheckInMonth).days),
    episodes: opened.filter((r) => r.type === 'urge-month').flatMap((r) => (r.value as EpisodeMonth).episodes),
    reflections: [],
  };
  return { input, checkIns: input.checkIns.length, episodes: input.episodes.length };
}

/** Timed: every pattern for everything. */
export function patternsOnce(input: PatternInput): { ms: number; urges: number } {
  const t0 = performance.now();
  const patterns = computePatterns(input, 'all', NOW);
  return { ms: performance.now() - t0, urges: patterns.urges };
}
