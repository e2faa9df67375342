// Records carry their version; older ones migrate step by step, newer ones are refused, bad ones rejected.
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import type { RecordError } from './define-record.ts';
import { decodeRecord, defineRecord, encodeRecord } from './define-record.ts';

// A record that went through two released shapes: v1 {text}, v2 {text, mood}, v3 {body, mood}.
const noteRecord = defineRecord({
  type: 'note',
  version: 3,
  schema: v.object({ body: v.string(), mood: v.number() }),
  migrations: {
    1: (d) => ({ ...(d as object), mood: 0 }),
    2: (d) => {
      const { text, ...rest } = d as { text: string; mood: number };
      return { ...rest, body: text };
    },
  },
});

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as RecordError).code;
  }
  return undefined;
};

describe('versioned records', () => {
  it('stamps the current version when encoding', () => {
    expect(encodeRecord(noteRecord, { body: 'hi', mood: 2 })).toEqual({ v: 3, data: { body: 'hi', mood: 2 } });
  });

  it('opens a fixture of every released version in the current shape', () => {
    expect(decodeRecord(noteRecord, { v: 1, data: { text: 'old' } })).toEqual({ body: 'old', mood: 0 });
    expect(decodeRecord(noteRecord, { v: 2, data: { text: 'mid', mood: 4 } })).toEqual({ body: 'mid', mood: 4 });
    expect(decodeRecord(noteRecord, { v: 3, data: { body: 'new', mood: 1 } })).toEqual({ body: 'new', mood: 1 });
  });

  it('refuses data written by a newer version, with a clear code', () => {
    expect(codeOf(() => decodeRecord(noteRecord, { v: 4, data: { body: 'x', mood: 1 } }))).toBe('future-version');
  });

  it('rejects data that does not match the schema after migration', () => {
    expect(codeOf(() => decodeRecord(noteRecord, { v: 3, data: { body: 5 } }))).toBe('invalid');
    expect(codeOf(() => decodeRecord(noteRecord, { data: {} }))).toBe('invalid');
    expect(codeOf(() => decodeRecord(noteRecord, { v: 0, data: {} }))).toBe('invalid');
    expect(codeOf(() => decodeRecord(noteRecord, 'text'))).toBe('invalid');
  });

  it('refuses to encode a value that does not match', () => {
    expect(codeOf(() => encodeRecord(noteRecord, { body: 'x' } as unknown as { body: string; mood: number }))).toBe('invalid');
  });

  it('will not define a record with a gap in its migrations', () => {
    expect(() => defineRecord({ type: 'gap', version: 2, schema: v.string(), migrations: {} })).toThrow(/no migration from version 1/);
  });

  it('keeps error messages free of the content itself', () => {
    try {
      decodeRecord(noteRecord, { v: 3, data: { body: 'my secret words', mood: 'x' } });
    } catch (e) {
      expect(String(e)).not.toContain('my secret words');
    }
  });
});
