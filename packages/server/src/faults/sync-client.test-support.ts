// For fault tests: a made-up device that speaks the sync API (docs/sync-api.md) with plain fetch, pushes
// batches of random ciphertext under its own account, retries each batch until the server acknowledges all of
// it, and remembers exactly what was acknowledged, so a test can check that nothing acknowledged was lost.
import { randomBytes } from 'node:crypto';

const b64url = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64url');

export interface WireRecord {
  readonly id: string;
  readonly version: string;
  readonly ciphertext: string;
}

type PushResult = { readonly id: string; readonly outcome: 'stored' } | { readonly id: string; readonly outcome: 'stale'; readonly version: string };

/** What a check found wrong: empty when everything acknowledged is on the server, intact. */
export type Problem = string;

export class SyncClient {
  readonly accountId = b64url(randomBytes(32));
  readonly authKey = b64url(randomBytes(32));
  /** Per record: the newest version the server acknowledged holding (stored, or stale at it or newer). */
  readonly acknowledged = new Map<string, string>();
  /** Every (record, version) ever sent, with its ciphertext, to tell a right copy from a corrupt one. */
  private readonly sent = new Map<string, string>();
  private readonly recordIds: string[] = [];
  /** What this client has seen by pulling only the changes after its last cursor, as a device syncs. */
  private readonly seen = new Map<string, WireRecord>();
  private seenCursor: string | undefined;
  private counter = 0;
  /** Requests that failed (connection refused or cut, 5xx, 429) and were sent again. */
  retries = 0;
  /** Batches the server acknowledged in full. */
  batches = 0;

  constructor(
    private readonly origin: string,
    private readonly deviceId: string,
    private readonly batchSize = 20,
  ) {}

  private get authorization(): string {
    return `Ebb ${this.accountId}.${this.authKey}`;
  }

  /** A hybrid logical clock version (docs/crypto-format.md): always newer than this client's last one. */
  private nextVersion(): string {
    this.counter += 1;
    return `${Date.now().toString(16).padStart(12, '0')}-${this.counter.toString(16).padStart(6, '0')}-${this.deviceId}`;
  }

  /** Sends until the server answers with something other than a failure to retry; returns that response. */
  private async untilAnswered(path: string, init: RequestInit, give: () => boolean): Promise<Response> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        const response = await fetch(`${this.origin}${path}`, { ...init, signal: AbortSignal.timeout(10_000) });
        if (response.status < 500 && response.status !== 429) return response;
        await response.body?.cancel();
      } catch {
        // Refused, reset or timed out: the server is down or restarting.
      }
      if (give()) throw new Error(`${path}: no answer, gave up after ${attempt + 1} tries`);
      this.retries += 1;
      await new Promise((resolve) => setTimeout(resolve, Math.min(25 * 2 ** Math.min(attempt, 4), 400)));
    }
  }

  /** Registers the account (retried: a repeat with the same key is 200). */
  async register(deadline: number): Promise<void> {
    const body = JSON.stringify({ accountId: this.accountId, authKey: this.authKey });
    const response = await this.untilAnswered(
      '/api/accounts',
      { method: 'POST', headers: { 'content-type': 'application/json' }, body },
      () => Date.now() > deadline,
    );
    if (response.status !== 200 && response.status !== 201) throw new Error(`register: ${response.status} ${await response.text()}`);
  }

  /** One batch: half new records, half newer versions of earlier ones; resolves once all of it is acknowledged. */
  async pushBatch(deadline: number): Promise<void> {
    const records: WireRecord[] = [];
    const ids = new Set<string>();
    for (let i = 0; i < this.batchSize; i += 1) {
      const reuse = this.recordIds.length > 0 && i % 2 === 1;
      let id = reuse ? this.recordIds[Math.floor(Math.random() * this.recordIds.length)] : undefined;
      if (id === undefined || ids.has(id)) {
        id = b64url(randomBytes(32));
        this.recordIds.push(id);
      }
      ids.add(id);
      const record = { id, version: this.nextVersion(), ciphertext: b64url(randomBytes(300)) };
      this.sent.set(`${record.id} ${record.version}`, record.ciphertext);
      records.push(record);
    }
    const body = JSON.stringify({ records });
    const init = { method: 'POST', headers: { 'content-type': 'application/json', authorization: this.authorization }, body };
    const response = await this.untilAnswered('/api/records', init, () => Date.now() > deadline);
    if (response.status !== 200) throw new Error(`push: ${response.status} ${await response.text()}`);
    const { results } = (await response.json()) as { results: PushResult[] };
    if (results.length !== records.length) throw new Error(`push: ${results.length} results for ${records.length} records`);
    records.forEach((record, index) => {
      const result = results[index];
      if (result?.id !== record.id) throw new Error('push: results out of order');
      const held = result.outcome === 'stored' ? record.version : result.version;
      // A stale answer to a retried batch holds this very version (the first try was committed) or a newer one.
      if (held < record.version) throw new Error(`push: stale at an older version ${held} < ${record.version}`);
      const before = this.acknowledged.get(record.id);
      if (before === undefined || held > before) this.acknowledged.set(record.id, held);
    });
    this.batches += 1;
  }

  /** Pulls page by page after `cursor` into `into` (a later copy of a record replaces an earlier one); returns
   *  the cursor to pull from next. */
  private async pullInto(into: Map<string, WireRecord>, cursor: string | undefined, deadline: number): Promise<string | undefined> {
    for (let after = cursor; ;) {
      const query = `limit=200${after === undefined ? '' : `&after=${encodeURIComponent(after)}`}`;
      const response = await this.untilAnswered(`/api/records?${query}`, { headers: { authorization: this.authorization } }, () => Date.now() > deadline);
      if (response.status !== 200) throw new Error(`pull: ${response.status} ${await response.text()}`);
      const page = (await response.json()) as { records: WireRecord[]; cursor: string; more: boolean };
      for (const record of page.records) into.set(record.id, record);
      after = page.cursor;
      if (!page.more) return after;
    }
  }

  /** Every record of the account, pulled page by page from the start. */
  async pullAll(deadline: number): Promise<Map<string, WireRecord>> {
    const all = new Map<string, WireRecord>();
    await this.pullInto(all, undefined, deadline);
    return all;
  }

  /** Pulls the changes since the last call, while pushes (and faults) go on. */
  async pullChanges(deadline: number): Promise<void> {
    this.seenCursor = await this.pullInto(this.seen, this.seenCursor, deadline);
  }

  /** Checks the server against what it acknowledged: each record there, at that version or a newer one this
   *  client sent, with exactly the ciphertext sent for that version; and that pulling by cursor saw all of it. */
  async check(deadline: number): Promise<Problem[]> {
    const held = await this.pullAll(deadline);
    await this.pullChanges(deadline);
    const problems: Problem[] = [];
    // Pulling change by change through the faults must have missed nothing a pull from the start finds.
    for (const [id, record] of held) {
      if (this.seen.get(id)?.version !== record.version) problems.push(`${this.deviceId}: pulling by cursor missed ${id} at ${record.version}`);
    }
    for (const [id, version] of this.acknowledged) {
      const record = held.get(id);
      if (record === undefined) problems.push(`${this.deviceId}: ${id} acknowledged at ${version} is missing`);
      else if (record.version < version) problems.push(`${this.deviceId}: ${id} acknowledged at ${version} went back to ${record.version}`);
      else if (this.sent.get(`${id} ${record.version}`) !== record.ciphertext)
        problems.push(`${this.deviceId}: ${id} at ${record.version} is not what was sent`);
    }
    for (const [id, record] of held) {
      if (!this.sent.has(`${id} ${record.version}`)) problems.push(`${this.deviceId}: ${id} at ${record.version} was never sent`);
    }
    return problems;
  }
}
