// "Synced 2 minutes ago": when sync last finished, in words, and why a run did not finish.
import { describe, expect, it } from 'vitest';
import { statusInWords, syncedInWords } from './sync-in-words.ts';

const at = Date.UTC(2026, 11, 1, 9, 0);

describe('syncedInWords', () => {
  it('says just now within the minute, then minutes, hours and days ago', () => {
    expect(syncedInWords(at, at + 20_000)).toBe('Synced just now.');
    expect(syncedInWords(at, at + 2 * 60_000 + 5_000)).toBe('Synced 2 minutes ago.');
    expect(syncedInWords(at, at + 3 * 3_600_000)).toBe('Synced 3 hours ago.');
    expect(syncedInWords(at, at + 24 * 3_600_000)).toBe('Synced yesterday.');
    expect(syncedInWords(at, at + 21 * 24 * 3_600_000)).toBe('Synced 21 days ago.');
    // A clock set back never says "in 5 minutes".
    expect(syncedInWords(at, at - 300_000)).toBe('Synced just now.');
  });
});

describe('statusInWords', () => {
  it('says why a run did not finish, and that nothing is lost', () => {
    expect(statusInWords({ state: 'failed', reason: 'offline', detail: '', lastSyncedAt: null }, at)).toBe(
      'Couldn’t reach the server. Your changes are kept here and will sync when it’s back.',
    );
    expect(statusInWords({ state: 'failed', reason: 'storage', detail: 'the device is full', lastSyncedAt: null }, at)).toContain('(the device is full)');
    expect(statusInWords({ state: 'syncing', lastSyncedAt: null }, at)).toBe('Syncing…');
  });
});
