// The summary as CSV for a spreadsheet: a header row, then one row per day of the period (a day with no card
// says "not recorded", never zero). Quoted by RFC 4180, and any cell a spreadsheet could read as a formula is
// neutralised with a leading apostrophe, so the person's own words can never run as a formula on a clinician's
// computer.
import type { Summary } from './summary.ts';

/** The words of the CSV (headers and values), so the screen can pass them in the person's language. */
export interface SummaryCsvLabels {
  day: string;
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
  episodes: 'Urge episodes',
};

/** One CSV field: neutralised if it could start a formula, quoted when it holds a comma, quote or line break. */
export function csvCell(value: string): string {
  void value;
  throw new Error('not yet');
}

/** The summary's diary card as CSV text, lines ending CRLF (RFC 4180). */
export function summaryCsv(summary: Summary, labels: SummaryCsvLabels = englishCsvLabels): string {
  void summary;
  void labels;
  throw new Error('not yet');
}
