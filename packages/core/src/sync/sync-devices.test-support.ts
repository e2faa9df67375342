// Simulated devices for sync tests: each a store (MemorySyncLocal) with its own HLC id and wall clock, one
// account's keys, one in-memory server, and builders for real records (check-ins, urges, journal entries, settings).
import { encodeRecord, type VersionedData } from '../records/define-record.ts';
import { journalRecord, type JournalEntry } from '../diary/journal-record.ts';
import { checkInMonthRecord, emptyCheckIn, type CheckIn, type CheckInMonth } from '../diary/checkin-record.ts';
import { defaultSettings, settingsRecord, type Settings } from '../records/settings.ts';
import { episodeMonthRecord, newEpisode, withEpisode, type EpisodeMonth } from '../urge/episode-record.ts';
import { deriveSyncKeys, type SyncKeys } from './sync-keys.ts';
import { syncOnce, type SyncReport } from './sync-engine.ts';
import type { SyncTransport } from './sync-transport.ts';
import { MemorySyncLocal } from './memory-sync-local.test-support.ts';
import type { MemorySyncServer } from './memory-sync-server.test-support.ts';

export const testKeys = (): Promise<SyncKeys> => deriveSyncKeys(Uint8Array.from({ length: 32 }, (_, i) => 255 - i));

export class SimDevice {
  readonly local = new MemorySyncLocal();
  /** This device's wall clock (ms): tests move it, or set it behind the others. */
  wall = Date.UTC(2026, 10, 1);

  constructor(
    readonly id: string,
    readonly server: MemorySyncServer,
    readonly keys: SyncKeys,
  ) {}

  sync(transport: SyncTransport = this.server.transport()): Promise<SyncReport> {
    return syncOnce({ local: this.local, transport, keys: this.keys, deviceId: this.id, now: () => this.wall });
  }

  writeJournal(id: string, text: string, at = this.wall): void {
    this.local.put(journalRecord.type, id, journal(text, at));
  }

  /** Adds (or replaces) one day's check-in in its month, as the app does. */
  checkIn(day: string, note: string, savedAt = this.wall): void {
    const month = day.slice(0, 7);
    const held = this.local.get(checkInMonthRecord.type, month)?.data as CheckInMonth | undefined;
    const days = [...(held?.days ?? []).filter((c) => c.day !== day), { ...emptyCheckIn(day, savedAt), note }].sort((a, b) => (a.day < b.day ? -1 : 1));
    this.local.put(checkInMonthRecord.type, month, encodeRecord(checkInMonthRecord, { days }));
  }

  /** Records an urge episode in the month `month` (the app names it by the local month it started in). */
  urge(month: string, id: string, at = this.wall): void {
    const held = this.local.get(episodeMonthRecord.type, month)?.data as EpisodeMonth | undefined;
    this.local.put(
      episodeMonthRecord.type,
      month,
      encodeRecord(episodeMonthRecord, withEpisode(held, { ...newEpisode(id, at), endedAt: at + 60_000, outcome: 'eased' })),
    );
  }

  episodes(month: string): string[] {
    return ((this.local.get(episodeMonthRecord.type, month)?.data as EpisodeMonth | undefined)?.episodes ?? []).map((e) => e.id);
  }

  days(month: string): CheckIn[] {
    return (this.local.get(checkInMonthRecord.type, month)?.data as CheckInMonth | undefined)?.days ?? [];
  }

  journal(id: string): JournalEntry | undefined {
    return this.local.get(journalRecord.type, id)?.data as JournalEntry | undefined;
  }
}

export const journal = (text: string, at: number): VersionedData =>
  encodeRecord(journalRecord, { createdAt: at, updatedAt: at, prompt: null, text, feelings: [], triggers: [] });

export const settings = (changes: Partial<Settings>): VersionedData => encodeRecord(settingsRecord, { ...defaultSettings, ...changes });
