// The in-memory server the sync tests rely on keeps the real server's rules (docs/sync-api.md): stored only
// if newer by text order, a stale answer with the version held, a record changed twice listed once at its
// newest, cursors that only return later changes, and its switches for going offline and losing answers.
import { describe, expect, it } from 'vitest';
import { MemorySyncServer } from './memory-sync-server.test-support.ts';
import { SyncTransportError, type WireRecord } from './sync-transport.ts';

const record = (id: string, version: string, byte = 1): WireRecord => ({ id: id.padEnd(43, 'x'), version, ciphertext: Uint8Array.of(byte) });

describe('memory sync server', () => {
  it('stores a record only if its version is greater, answering stale with the version it holds', () => {
    const server = new MemorySyncServer();
    expect(server.push([record('a', '2'), record('b', '1')])).toEqual([
      { id: record('a', '').id, outcome: 'stored' },
      { id: record('b', '').id, outcome: 'stored' },
    ]);
    expect(server.push([record('a', '1'), record('a', '2', 9), record('a', '3')])).toEqual([
      { id: record('a', '').id, outcome: 'stale', version: '2' },
      { id: record('a', '').id, outcome: 'stale', version: '2' },
      { id: record('a', '').id, outcome: 'stored' },
    ]);
    expect(server.all().find((r) => r.id === record('a', '').id)?.version).toBe('3');
  });

  it('lists changes oldest first, a record changed twice once at its newest, and only later ones after a cursor', () => {
    const server = new MemorySyncServer();
    server.pageSize = 2;
    server.push([record('a', '1'), record('b', '1'), record('c', '1')]);
    server.push([record('a', '2')]);
    const first = server.pull(undefined);
    expect(first.records.map((r) => [r.id[0], r.version])).toEqual([
      ['b', '1'],
      ['c', '1'],
    ]);
    expect(first.more).toBe(true);
    const second = server.pull(first.cursor);
    expect(second.records.map((r) => [r.id[0], r.version])).toEqual([['a', '2']]);
    expect(second.more).toBe(false);
    expect(server.pull(second.cursor)).toEqual({ records: [], cursor: second.cursor, more: false });
    expect(() => server.pull('nonsense')).toThrow(SyncTransportError);
  });

  it('goes offline, and loses the answer to a push it stored', () => {
    const server = new MemorySyncServer();
    server.offline = true;
    expect(() => server.push([record('a', '1')])).toThrow(SyncTransportError);
    expect(() => server.pull(undefined)).toThrow(SyncTransportError);
    server.offline = false;
    server.loseAnswers = 1;
    expect(() => server.push([record('a', '1')])).toThrow(SyncTransportError);
    expect(server.all()).toHaveLength(1);
    expect(server.push([record('a', '1')])).toEqual([{ id: record('a', '').id, outcome: 'stale', version: '1' }]);
  });
});
