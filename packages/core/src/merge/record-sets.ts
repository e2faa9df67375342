// Everything one side of a merge holds (this device, a backup, later a synced device), decoded and grouped
// by kind and id, so a kind's merge can look at the other kinds it depends on (the plan at its versions).
import type { RecordDefinition } from '../records/define-record.ts';

export class RecordSets {
  private readonly byType: ReadonlyMap<string, ReadonlyMap<string, unknown>>;

  /** Every value must have been decoded (validated, migrated) with its kind's definition. */
  constructor(byType: ReadonlyMap<string, ReadonlyMap<string, unknown>>) {
    this.byType = byType;
  }

  static of(entries: Iterable<{ type: string; id: string; value: unknown }>): RecordSets {
    const byType = new Map<string, Map<string, unknown>>();
    for (const { type, id, value } of entries) {
      const ofType = byType.get(type) ?? new Map<string, unknown>();
      ofType.set(id, value);
      byType.set(type, ofType);
    }
    return new RecordSets(byType);
  }

  /** The records of one kind, by id. */
  get<T>(definition: RecordDefinition<T>): ReadonlyMap<string, T> {
    // Sound: the constructor's contract is that each value was decoded by its kind's definition.
    return (this.byType.get(definition.type) ?? new Map<string, T>()) as ReadonlyMap<string, T>;
  }

  /** The records of one kind by its type name, for code that treats all kinds alike. */
  ofType(type: string): ReadonlyMap<string, unknown> {
    return this.byType.get(type) ?? new Map<string, unknown>();
  }
}
