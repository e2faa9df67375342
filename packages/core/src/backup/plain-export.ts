// The plain (NOT encrypted) export: the person's data as readable JSON, and people as CSV, for them to keep,
// read or take elsewhere. People are the plan's people, with any old contacts not yet joined into them. Screens must say it is not encrypted wherever it is offered.
import { helpContactRecord } from '../records/help-contact.ts';
import { settingsRecord, SETTINGS_ID } from '../records/settings.ts';
import type { Store } from '../store/store.ts';
import { planRecord, planVersionRecord, PLAN_ID, type PlanPerson } from '../plan/plan-record.ts';
import { supportCardRecord, SUPPORT_CARD_ID } from '../plan/support-card-record.ts';
import { episodeMonthRecord } from '../urge/episode-record.ts';
import { skillPrefsRecord, SKILL_PREFS_ID } from '../urge/skill-prefs-record.ts';
import { checkInMonthRecord } from '../diary/checkin-record.ts';
import { diaryPrefsRecord, DIARY_PREFS_ID } from '../diary/diary-prefs-record.ts';
import { journalRecord } from '../diary/journal-record.ts';
import { goalRecord } from '../diary/goal-record.ts';
import { reflectionRecord } from '../diary/reflection-record.ts';
import { settledRecord, SETTLED_ID } from '../diary/settled-record.ts';

/** A spreadsheet may start a formula at = + - @ or their full-width and small look-alikes, even behind
 *  spaces or invisible characters that it strips first. */
const FORMULA_START = /^[\p{Cc}\p{Cf}\p{Z}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B]/u;
/** A leading control (tab, CR) or invisible format character (U+200B, U+FEFF, U+2060…) can hide one. */
const HIDDEN_START = /^[\p{Cc}\p{Cf}]/u;

/** RFC 4180 field: quoted when needed, quotes doubled; NUL removed, and a value a spreadsheet could read as
 *  a formula starts with ' so it stays text. */
export function csvField(value: string): string {
  const text = value.replace(/\0/g, '');
  const safe = FORMULA_START.test(text) || HIDDEN_START.test(text) ? `'${text}` : text;
  return /[",\r\n']/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const csvRow = (fields: readonly string[]) => fields.map(csvField).join(',');

/** `peopleHeader`: the CSV's column names, in the person's language (the screens' catalogue). */
export async function plainExport(
  store: Store,
  now: Date,
  peopleHeader: readonly string[] = ['name', 'phone', 'note', 'message'],
): Promise<{ json: string; peopleCsv: string }> {
  const settings = await store.get(settingsRecord, SETTINGS_ID);
  const plan = (await store.get(planRecord, PLAN_ID)) ?? null;
  const notYetJoined = (await store.list(helpContactRecord)).map((c) => c.value).sort((a, b) => a.createdAt - b.createdAt);
  const people: PlanPerson[] = [
    ...(plan?.sections['people-to-ask'] ?? []),
    ...notYetJoined.map(({ name, phone, note }) => ({ name, phone, message: '', note })),
  ];
  const planVersions = (await store.list(planVersionRecord)).map((v) => v.value).sort((a, b) => b.savedAt - a.savedAt);
  const supportCard = (await store.get(supportCardRecord, SUPPORT_CARD_ID)) ?? null;
  const byTime = <T>(list: T[], at: (item: T) => number) => list.sort((a, b) => at(a) - at(b));
  const urgeEpisodes = byTime(
    (await store.list(episodeMonthRecord)).flatMap((m) => m.value.episodes),
    (e) => e.startedAt,
  );
  const checkIns = (await store.list(checkInMonthRecord)).flatMap((m) => m.value.days).sort((a, b) => a.day.localeCompare(b.day));
  const journal = byTime(
    (await store.list(journalRecord)).map((e) => e.value),
    (e) => e.createdAt,
  );
  const goals = byTime(
    (await store.list(goalRecord)).map((g) => g.value),
    (g) => g.createdAt,
  );
  const reflections = byTime(
    (await store.list(reflectionRecord)).map((r) => r.value),
    (r) => r.slipAt,
  );
  const skillPrefs = (await store.get(skillPrefsRecord, SKILL_PREFS_ID)) ?? null;
  const diaryPrefs = (await store.get(diaryPrefsRecord, DIARY_PREFS_ID)) ?? null;
  const settled = (await store.get(settledRecord, SETTLED_ID)) ?? null;
  const json = JSON.stringify(
    {
      exportedAt: now.toISOString(),
      encrypted: false,
      settings: settings ?? null,
      people,
      plan,
      planVersions,
      supportCard,
      urgeEpisodes,
      checkIns,
      journal,
      goals,
      reflections,
      skillPrefs,
      diaryPrefs,
      settled,
    },
    null,
    2,
  );
  const peopleCsv = [csvRow([...peopleHeader]), ...people.map((p) => csvRow([p.name, p.phone, p.note, p.message]))].join('\r\n') + '\r\n';
  return { json, peopleCsv };
}
