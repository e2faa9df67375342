// Property: 2–4 devices on one account, with random edits (check-ins and urges on random days across months and
// time zones, journal entries made, edited and deleted, settings, the plan), random offline periods, lost answers,
// writes racing a sync, sync turned off and on again, and random sync orders, all end with the same records
// once each syncs until quiet, and every check-in day and urge episode any device ever wrote is there: no record is lost.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeRecord } from '../records/define-record.ts';
import { canonical } from '../merge/merge-helpers.ts';
import { emptyPlan, planRecord, PLAN_ID } from '../plan/plan-record.ts';
import { settingsRecord } from '../records/settings.ts';
import { journalRecord } from '../diary/journal-record.ts';
import { SyncTransportError, type SyncTransport } from './sync-transport.ts';
import { MemorySyncServer } from './memory-sync-server.test-support.ts';
import { SimDevice, settings, testKeys } from './sync-devices.test-support.ts';

const zones = ['Europe/Berlin', 'Asia/Kolkata', 'Asia/Tokyo', 'America/Sao_Paulo', 'Pacific/Kiritimati'] as const;
const start = Date.UTC(2026, 9, 20, 12); // late October: check-ins fall in October, November and December
const day = 86_400_000;

/** The local day of an instant in a time zone, as the app names it. */
const localDay = (at: number, zone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

type Op =
  | { kind: 'check-in'; device: number; offset: number; note: string }
  | { kind: 'urge'; device: number; offset: number }
  | { kind: 'journal'; device: number; entry: number; text: string }
  | { kind: 'unjournal'; device: number; entry: number }
  | { kind: 'settings'; device: number; theme: 'light' | 'dark' }
  | { kind: 'plan'; device: number; item: string }
  | { kind: 'sync'; device: number; loseAnswer: boolean; race: number | null }
  | { kind: 'offline'; device: number; offline: boolean }
  | { kind: 'time'; device: number; ms: number }
  | { kind: 'rejoin'; device: number };

const device = fc.nat({ max: 3 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('check-in' as const),
      device,
      offset: fc.nat({ max: 60 * day }),
      note: fc.constantFrom('slept', 'calmer', 'hard day'),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('journal' as const), device, entry: fc.nat({ max: 3 }), text: fc.constantFrom('a walk', 'a call', 'rain') }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('unjournal' as const), device, entry: fc.nat({ max: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('settings' as const), device, theme: fc.constantFrom('light' as const, 'dark' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('plan' as const), device, item: fc.constantFrom('Music', 'Call Sam', 'Cold water') }) },
  {
    weight: 5,
    arbitrary: fc.record({ kind: fc.constant('sync' as const), device, loseAnswer: fc.boolean(), race: fc.option(fc.nat({ max: 60 * day }), { nil: null }) }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('offline' as const), device, offline: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('time' as const), device, ms: fc.integer({ min: -3_600_000, max: 3 * day }) }) },
  // Sync turned off and on again: the device forgets its sync state and joins the account afresh.
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('rejoin' as const), device }) },
);

const scenarioArb = fc.record({
  devices: fc.integer({ min: 2, max: 4 }),
  zones: fc.array(fc.constantFrom(...zones), { minLength: 4, maxLength: 4 }),
  /** Each device's clock error: up to an hour either way. */
  skew: fc.array(fc.integer({ min: -3_600_000, max: 3_600_000 }), { minLength: 4, maxLength: 4 }),
  ops: fc.array(opArb, { minLength: 5, maxLength: 40 }),
});

const snapshot = (d: SimDevice) => [...d.local.records.values()].map((r) => `${r.type}/${r.id}/${canonical(r.data)}`).sort();

describe('sync convergence', () => {
  it('brings every device to the same records, with every check-in day and urge episode kept (property)', async () => {
    const keys = await testKeys();
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (scenario) => {
        const server = new MemorySyncServer();
        server.pageSize = 7;
        const offline = [false, false, false, false];
        const devices = Array.from({ length: scenario.devices }, (_, i) => {
          const d = new SimDevice(`dev${i}`, server, keys);
          d.wall = start + (scenario.skew[i] ?? 0);
          return d;
        });
        const transport = (i: number): SyncTransport => ({
          push: (records) => (offline[i] ? Promise.reject(new SyncTransportError('offline', 'offline')) : server.transport().push(records)),
          pull: (cursor) => (offline[i] ? Promise.reject(new SyncTransportError('offline', 'offline')) : server.transport().pull(cursor)),
        });
        const written = new Set<string>();
        const urges = new Map<string, string>();
        const checkIn = (d: SimDevice, i: number, offset: number, note: string) => {
          const at = d.wall + offset;
          const name = localDay(at, scenario.zones[i] ?? 'UTC');
          d.checkIn(name, note, at);
          written.add(name);
        };
        for (const op of scenario.ops) {
          const i = op.device % devices.length;
          const d = devices[i];
          if (!d) continue;
          d.wall += 1000;
          switch (op.kind) {
            case 'check-in':
              checkIn(d, i, op.offset, op.note);
              break;
            case 'urge': {
              const at = d.wall + op.offset;
              const month = localDay(at, scenario.zones[i] ?? 'UTC').slice(0, 7);
              const id = `${d.id}-${at}`;
              d.urge(month, id, at);
              urges.set(id, month);
              break;
            }
            case 'journal':
              d.writeJournal(`entry-${op.entry}`, `${op.text} (${d.id})`);
              break;
            case 'unjournal':
              d.local.remove(journalRecord.type, `entry-${op.entry}`);
              break;
            case 'settings':
              d.local.put(settingsRecord.type, 'settings', settings({ theme: op.theme }));
              break;
            case 'plan': {
              const plan = emptyPlan();
              plan.sections['on-my-own'] = [{ text: `${op.item} (${d.id})` }];
              d.local.put(planRecord.type, PLAN_ID, encodeRecord(planRecord, plan));
              break;
            }
            case 'sync': {
              server.loseAnswers = op.loseAnswer ? 1 : 0;
              const race = op.race;
              if (race !== null) d.local.beforeApply = () => checkIn(d, i, race, 'typed while syncing');
              await d.sync(transport(i)).catch((error: unknown) => {
                if (!(error instanceof SyncTransportError)) throw error;
              });
              d.local.beforeApply = undefined;
              server.loseAnswers = 0;
              break;
            }
            case 'offline':
              offline[i] = op.offline;
              break;
            case 'time':
              d.wall += op.ms;
              break;
            case 'rejoin':
              d.local.forgetState();
              break;
          }
        }
        // Everyone back online, syncing in turn until a whole pass changes nothing.
        offline.fill(false);
        let quiet = false;
        for (let pass = 0; pass < 8 && !quiet; pass++) {
          quiet = true;
          for (const [i, d] of devices.entries()) {
            d.wall += 1000;
            const report = await d.sync(transport(i));
            if (!report.complete || report.pushed > 0 || report.applied > 0) quiet = false;
          }
        }
        expect(quiet).toBe(true);
        const [first, ...rest] = devices.map(snapshot);
        for (const other of rest) expect(other).toEqual(first);
        const held = new Set(
          devices[0]
            ? [...devices[0].local.records.values()]
                .filter((r) => r.type === 'checkin-month')
                .flatMap((r) => (r.data.data as { days: { day: string }[] }).days.map((c) => c.day))
            : [],
        );
        for (const name of written) expect(held.has(name), name).toBe(true);
        for (const [id, month] of urges) expect(devices[0]?.episodes(month), id).toContain(id);
        // The server's copy is whole: a new device joining now gets exactly the same records.
        const newcomer = new SimDevice('devNew', server, keys);
        expect(await newcomer.sync()).toMatchObject({ complete: true, pushed: 0 });
        expect(snapshot(newcomer)).toEqual(first);
      }),
      { numRuns: 80 },
    );
  }, 60_000);
});
