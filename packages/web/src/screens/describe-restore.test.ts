// What the restore screen says when it is done: what really changed, in words a person counts in.
import { describe, expect, it } from 'vitest';
import type { RestoreSummary } from '@ebb/core';
import { describeRestore } from './describe-restore.ts';

const none = { checkInDays: 0, urges: 0, journalEntries: 0, people: 0, goals: 0, reflections: 0, planVersions: 0, hopeItems: 0 };
const summary = (change: Partial<RestoreSummary>): RestoreSummary => ({
  added: { ...none },
  updated: { ...none },
  addedSingle: [],
  updatedSingle: [],
  leftOut: 0,
  ...change,
});

describe('describeRestore', () => {
  it('counts days, entries and people, with one and many', () => {
    expect(describeRestore(summary({ added: { ...none, checkInDays: 12, journalEntries: 3 } }), 'merge')).toBe(
      'Restored. Added 12 days of check-ins and 3 journal entries.',
    );
    expect(describeRestore(summary({ added: { ...none, checkInDays: 1, urges: 2, people: 1 } }), 'merge')).toBe(
      'Restored. Added 1 day of check-ins, 2 urges and 1 person.',
    );
  });

  it('says what was updated, and what did not fit', () => {
    expect(describeRestore(summary({ addedSingle: ['skills'], updatedSingle: ['plan'], updated: { ...none, checkInDays: 2 }, leftOut: 3 }), 'merge')).toBe(
      'Restored. Added your skills. Updated your plan and 2 days of check-ins. Some lists were full, so 3 items from the backup didn’t fit and were left out.',
    );
    expect(describeRestore(summary({ updated: { ...none, reflections: 1 } }), 'merge')).toBe('Restored. Updated 1 reflection.');
  });

  it('never says "0 items": an unchanged device is told so, and a replace says what is there now', () => {
    expect(describeRestore(summary({}), 'merge')).toBe('Restored. Everything in this backup was already here, so nothing changed.');
    expect(describeRestore(summary({ addedSingle: ['settings'], added: { ...none, people: 2 } }), 'replace')).toBe(
      'Restored. This device now holds what the backup holds: your settings and 2 people.',
    );
    expect(describeRestore(summary({}), 'replace')).toBe('Restored. The backup was empty, so this device now holds nothing.');
  });
});
