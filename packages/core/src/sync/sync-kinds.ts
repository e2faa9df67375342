// The kinds of record that sync, as the engine reads them: decoded to this Ebb's version (or refused when
// another Ebb wrote a kind or version this one cannot read), and which of them merge rather than replace.
import { decodeRecord, encodeRecord, type RecordDefinition, type VersionedData } from '../records/define-record.ts';
import { mergeableKinds, mergeRecords } from '../merge/merge-records.ts';
import { RecordSets } from '../merge/record-sets.ts';
import { checkInMonthRecord } from '../diary/checkin-record.ts';
import { episodeMonthRecord } from '../urge/episode-record.ts';

const definitions = new Map<string, RecordDefinition<unknown>>(mergeableKinds.map((k) => [k.definition.type, k.definition]));

/** Month records (check-ins, urge episodes) merge per day and per episode when two devices changed one. */
export const monthKinds: ReadonlySet<string> = new Set([checkInMonthRecord.type, episodeMonthRecord.type]);

/** The record's value at this Ebb's version, or undefined when this Ebb cannot read it (kind, version or shape). */
export function decodeSynced(type: string, data: VersionedData): unknown {
  const definition = definitions.get(type);
  if (!definition) return undefined;
  try {
    return decodeRecord(definition, data);
  } catch {
    return undefined;
  }
}

export function encodeSynced(type: string, value: unknown): VersionedData {
  const definition = definitions.get(type);
  if (!definition) throw new Error(`No definition for record kind ${type}`);
  return encodeRecord(definition, value);
}

/** The kind's merge of two copies of one record (decoded): `a` is the account's side, `b` this device's. */
export function mergeOne(type: string, id: string, a: unknown, b: unknown): unknown {
  const side = (value: unknown) => RecordSets.of([{ type, id, value }]);
  return mergeRecords(type, side(a), side(b)).records.get(id);
}
