// A record's schema, its validator and its versioned migrations, kept together. A stored record carries
// its version; reading migrates older versions step by step and refuses newer ones with a clear error.
import * as v from 'valibot';

/** Upgrades a record's data from version n to n + 1. Released migrations are never edited. */
export type Migration = (data: unknown) => unknown;

export interface RecordDefinition<T> {
  /** Lower-case kebab name; part of the envelope's authenticated data. */
  type: string;
  /** Current version of the data shape. Starts at 1. */
  version: number;
  schema: v.GenericSchema<unknown, T>;
  /** migrations[n] turns version n into version n + 1. */
  migrations: Readonly<Record<number, Migration>>;
}

/** What is sealed inside an envelope: the data and the version it was written at. */
export interface VersionedData {
  v: number;
  data: unknown;
}

export type RecordErrorCode = 'future-version' | 'invalid' | 'missing-migration';

export class RecordError extends Error {
  constructor(
    readonly code: RecordErrorCode,
    readonly type: string,
    detail: string,
  ) {
    super(`${type}: ${detail}`);
    this.name = 'RecordError';
  }
}

export function defineRecord<T>(definition: RecordDefinition<T>): RecordDefinition<T> {
  if (!/^[a-z][a-z0-9-]*$/.test(definition.type)) throw new Error(`Bad record type name: ${definition.type}`);
  for (let n = 1; n < definition.version; n++) {
    if (!definition.migrations[n]) throw new Error(`${definition.type}: no migration from version ${n}`);
  }
  return definition;
}

export function encodeRecord<T>(definition: RecordDefinition<T>, value: T): VersionedData {
  const result = v.safeParse(definition.schema, value);
  // Validation messages describe the shape, never the person's content.
  if (!result.success) throw new RecordError('invalid', definition.type, 'value does not match its schema');
  return { v: definition.version, data: result.output };
}

export function decodeRecord<T>(definition: RecordDefinition<T>, stored: unknown): T {
  if (typeof stored !== 'object' || stored === null || !('v' in stored) || !('data' in stored)) {
    throw new RecordError('invalid', definition.type, 'not a versioned record');
  }
  const { v: version, data } = stored as VersionedData;
  if (!Number.isInteger(version) || version < 1) throw new RecordError('invalid', definition.type, 'bad version');
  if (version > definition.version) {
    throw new RecordError('future-version', definition.type, `written by a newer Ebb (version ${version})`);
  }
  let current = data;
  for (let n = version; n < definition.version; n++) {
    const migrate = definition.migrations[n];
    if (!migrate) throw new RecordError('missing-migration', definition.type, `no migration from version ${n}`);
    current = migrate(current);
  }
  const result = v.safeParse(definition.schema, current);
  if (!result.success) throw new RecordError('invalid', definition.type, 'stored data does not match its schema');
  return result.output;
}
