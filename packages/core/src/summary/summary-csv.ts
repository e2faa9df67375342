// The summary as CSV for a spreadsheet: a header row, then one row per day of the period (a day with no card
// says "not recorded", never zero). Quoted by RFC 4180, and any cell a spreadsheet could read as a formula is
// neutralised with a leading apostrophe, so the person's own words can never run as a formula on a clinician's
// computer.
import type { Summary, SummaryDay } from './summary.ts';

/** The words of the CSV (headers and values), so the screen can pass them in the person's language. */
export interface SummaryCsvLabels {
  day: string;
  /** Header of the column that says whether the day was recorded. */
  recorded: string;
  /** Its values. */
  wasRecorded: string;
  notRecorded: string;
  yes: string;
  no: string;
  urge: string;
  selfHarm: string;
  suicidalThoughts: string;
  /** Header of an emotion column: "{name}" is replaced by the emotion. */
  emotion: string;
  /** Header of a skill column: "{name}" is replaced by the skill. */
  skill: string;
  sleepHours: string;
  ateRegularly: string;
  moved: string;
  connected: string;
  medication: string;
  therapy: string;
  note: string;
  /** Header of the count of urge episodes that started that day. */
  episodes: string;
}

export const englishCsvLabels: SummaryCsvLabels = {
  day: 'Date',
  recorded: 'Recorded',
  wasRecorded: 'recorded',
  notRecorded: 'not recorded',
  yes: 'yes',
  no: 'no',
  urge: 'Urge to self-harm (0-5)',
  selfHarm: 'Self-harm',
  suicidalThoughts: 'Thoughts of suicide (0-5)',
  emotion: '{name} (0-5)',
  skill: '{name} (skills use 0-7)',
  sleepHours: 'Sleep (hours)',
  ateRegularly: 'Ate regularly',
  moved: 'Moved',
  connected: 'Connected with someone',
  medication: 'Medication as prescribed',
  therapy: 'Therapy or support',
  note: 'Note',
  episodes: 'Urge episodes noted',
};

/**
 * The first characters that make a spreadsheet read a cell as a formula (OWASP's CSV injection list, with the
 * line feed and the full-width forms some spreadsheets also accept).
 */
const formulaStart = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/** One CSV field: neutralised if it could start a formula, quoted when it holds a comma, quote or line break. */
export function csvCell(value: string): string {
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

// A function, not a string, so a name holding "$$" or "$&" is written as it is.
const fill = (template: string, name: string) => template.replace('{name}', () => name);

/** The summary's diary card as CSV text, lines ending CRLF (RFC 4180). */
export function summaryCsv(summary: Summary, labels: SummaryCsvLabels = englishCsvLabels): string {
  const { rows } = summary;
  const yesNo = (value: boolean | null) => (value === null ? '' : value ? labels.yes : labels.no);
  const number = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));
  const selfCare = ['ateRegularly', 'moved', 'connected', 'medication', 'therapy'] as const;

  const columns: Array<{ header: string; cell: (day: SummaryDay) => string }> = [
    { header: labels.day, cell: (d) => d.day },
    { header: labels.recorded, cell: (d) => (d.recorded ? labels.wasRecorded : labels.notRecorded) },
  ];
  if (rows.urge) columns.push({ header: labels.urge, cell: (d) => number(d.card?.urge) });
  if (rows.selfHarm) columns.push({ header: labels.selfHarm, cell: (d) => yesNo(d.selfHarm) });
  if (rows.suicidalThoughts) columns.push({ header: labels.suicidalThoughts, cell: (d) => number(d.card?.suicidalThoughts) });
  for (const name of rows.emotions ?? []) columns.push({ header: fill(labels.emotion, name), cell: (d) => number(d.card?.emotions.get(name)) });
  for (const skill of rows.skills ?? []) columns.push({ header: fill(labels.skill, skill.name), cell: (d) => number(d.card?.skills.get(skill.id)) });
  if (rows.selfCare) {
    columns.push({ header: labels.sleepHours, cell: (d) => number(d.card?.selfCare?.sleepHours) });
    for (const key of selfCare) columns.push({ header: labels[key], cell: (d) => yesNo(d.card?.selfCare?.[key] ?? null) });
  }
  if (rows.note) columns.push({ header: labels.note, cell: (d) => d.card?.note ?? '' });
  if (summary.episodes !== null) columns.push({ header: labels.episodes, cell: (d) => (d.recorded ? String(d.episodes) : '') });

  const line = (cells: string[]) => cells.map(csvCell).join(',') + '\r\n';
  return line(columns.map((c) => c.header)) + summary.days.map((d) => line(columns.map((c) => c.cell(d)))).join('');
}
