// Every record type a backup holds, seen without its value type: for code that treats all kinds alike
// (backups). A backup may only contain these kinds; anything else came from a newer Ebb. Drafts
// (records/draft.ts) are the one kind Ebb stores that stays on the device.
import { decodeRecord, encodeRecord, type RecordDefinition, type VersionedData } from './define-record.ts';
import { helpContactRecord } from './help-contact.ts';
import { settingsRecord } from './settings.ts';
import { planRecord, planVersionRecord } from '../plan/plan-record.ts';
import { supportCardRecord } from '../plan/support-card-record.ts';
import { episodeMonthRecord } from '../urge/episode-record.ts';
import { skillPrefsRecord } from '../urge/skill-prefs-record.ts';
import { checkInMonthRecord } from '../diary/checkin-record.ts';
import { diaryPrefsRecord } from '../diary/diary-prefs-record.ts';
import { reflectionRecord } from '../diary/reflection-record.ts';
import { settledRecord } from '../diary/settled-record.ts';
import { journalRecord } from '../diary/journal-record.ts';
import { goalRecord } from '../diary/goal-record.ts';
import { hopeItemRecord } from '../hope/hope-record.ts';

export interface RecordKind {
  type: string;
  /** The version this Ebb writes (docs/crypto-format.md lists each kind at it). */
  version: number;
  /** Reads stored data (migrating older versions, refusing newer), validates it, writes the current version. */
  reencode(stored: unknown): VersionedData;
}

const kind = <T>(definition: RecordDefinition<T>): RecordKind => ({
  type: definition.type,
  version: definition.version,
  reencode: (stored) => encodeRecord(definition, decodeRecord(definition, stored)),
});

export const recordKinds: readonly RecordKind[] = [
  kind(settingsRecord),
  kind(helpContactRecord),
  kind(planRecord),
  kind(planVersionRecord),
  kind(supportCardRecord),
  kind(episodeMonthRecord),
  kind(skillPrefsRecord),
  kind(checkInMonthRecord),
  kind(diaryPrefsRecord),
  kind(reflectionRecord),
  kind(settledRecord),
  kind(journalRecord),
  kind(goalRecord),
  kind(hopeItemRecord),
];
