// An in-memory sync server with the real server's rules (docs/sync-api.md, "Records"): a record is stored only
// if its version is greater by text order, every change gets the next cursor, and a record changed twice is
// listed once, at its newest. Switches make it go offline, or lose the answer to a push it stored.
import { SyncTransportError, type PullPage, type PushOutcome, type SyncTransport, type WireRecord } from './sync-transport.ts';

interface Stored {
  record: WireRecord;
  /** The change number that last wrote it: what cursors count. */
  change: number;
}

export class MemorySyncServer {
  private readonly records = new Map<string, Stored>();
  private changes = 0;
  /** Pushes and pulls fail with `offline`. */
  offline = false;
  /** The next this many pushes are stored and then fail with `offline`, as if the answer was lost. */
  loseAnswers = 0;
  /** Records per pull page. */
  pageSize = 50;

  /** Every record the server holds, for tests to look at (only ciphertext, as on the real server). */
  all(): WireRecord[] {
    return [...this.records.values()].map((s) => s.record);
  }

  push(records: readonly WireRecord[]): readonly PushOutcome[] {
    if (this.offline) throw new SyncTransportError('offline', 'The server cannot be reached');
    const outcomes = records.map((record): PushOutcome => {
      const held = this.records.get(record.id);
      if (held && held.record.version >= record.version) return { id: record.id, outcome: 'stale', version: held.record.version };
      this.records.set(record.id, { record: { ...record, ciphertext: record.ciphertext.slice() }, change: ++this.changes });
      return { id: record.id, outcome: 'stored' };
    });
    if (this.loseAnswers > 0) {
      this.loseAnswers--;
      throw new SyncTransportError('offline', 'The answer was lost');
    }
    return outcomes;
  }

  pull(cursor: string | undefined): PullPage {
    if (this.offline) throw new SyncTransportError('offline', 'The server cannot be reached');
    const after = cursor === undefined ? 0 : Number(cursor);
    if (!Number.isInteger(after) || after < 0) throw new SyncTransportError('refused', 'Bad cursor');
    const later = [...this.records.values()].filter((s) => s.change > after).sort((a, b) => a.change - b.change);
    const page = later.slice(0, this.pageSize);
    const last = page.at(-1)?.change ?? after;
    return { records: page.map((s) => s.record), cursor: String(last), more: later.length > page.length };
  }

  /** A transport for one device: the same server, seen through promises like a network. */
  transport(): SyncTransport {
    return {
      push: (records) => Promise.resolve().then(() => this.push(records)),
      pull: (cursor) => Promise.resolve().then(() => this.pull(cursor)),
    };
  }
}
