// One list of people: typed people get a precise problem per field; the same person (same name, same number)
// is one entry with every distinct detail kept; and the old "Your people" records, stored as older Ebb
// versions wrote them (fixtures below), join the plan's people once, without duplicates, safe to run again.
import { beforeAll, describe, expect, it } from 'vitest';
import { utf8 } from '../crypto/bytes.ts';
import { seal } from '../crypto/envelope.ts';
import { generateVaultKey } from '../crypto/vault-key.ts';
import { decodeRecord } from '../records/define-record.ts';
import { helpContactRecord } from '../records/help-contact.ts';
import { EncryptedStore } from '../store/encrypted-store.ts';
import { MemoryBackend } from '../store/memory-backend.ts';
import { joinStoredPeople } from './join-stored-people.ts';
import { checkPerson, joinPeople, samePerson } from './plan-people.ts';
import { planHasMoreThanPeople, planIsEmpty } from './plan-filled.ts';
import { emptyPlan, planRecord, planVersionRecord, PLAN_ID, PLAN_LIMITS, type PlanPerson } from './plan-record.ts';

const person = (name: string, phone = '', note = '', message = ''): PlanPerson => ({ name, phone, message, note });

describe('checking a typed person', () => {
  it('accepts a name with or without a number', () => {
    expect(checkPerson(person('Sam'))).toEqual({});
    expect(checkPerson(person('Sam', '+44 7700 900123', 'my sister', 'Can you call me?'))).toEqual({});
  });

  it('says which field is wrong and why', () => {
    expect(checkPerson(person('  ', 'call me', 'x'.repeat(PLAN_LIMITS.note + 1)))).toEqual({ name: 'required', phone: 'not-a-number', note: 'too-long' });
    expect(checkPerson(person('x'.repeat(81), '1'.repeat(33), '', 'y'.repeat(PLAN_LIMITS.message + 1)))).toEqual({
      name: 'too-long',
      phone: 'too-long',
      message: 'too-long',
    });
  });
});

describe('people and the plan', () => {
  it('people alone are a list of people, not yet a plan to offer', () => {
    const onlyPeople = emptyPlan();
    onlyPeople.sections['people-to-ask'].push(person('Sam'));
    expect(planIsEmpty(onlyPeople)).toBe(false);
    expect(planHasMoreThanPeople(onlyPeople)).toBe(false);
    onlyPeople.sections.reasons.push({ text: 'My little brother' });
    expect(planHasMoreThanPeople(onlyPeople)).toBe(true);
  });
});

describe('the same person', () => {
  it('is the same name, however spaced or capitalised, with the same number, however written', () => {
    expect(samePerson(person('Sam  Lee', '07700 900123'), person(' sam lee', '07700-900-123'))).toBe(true);
    expect(samePerson(person('Sam'), person('Sam'))).toBe(true);
    expect(samePerson(person('Sam', '07700 900123'), person('Sam', '07700 900124'))).toBe(false);
    expect(samePerson(person('Sam', '07700 900123'), person('Sam'))).toBe(false);
    expect(samePerson(person('Sam'), person('Sami'))).toBe(false);
  });

  it('joins into one entry keeping every distinct detail, and joining again changes nothing', () => {
    const joined = joinPeople([person('Sam', '07700 900123', '', 'Can you call me?')], [person('sam', '07700900123', 'my sister'), person('Jo')]);
    expect(joined).toEqual([person('Sam', '07700 900123', 'my sister', 'Can you call me?'), person('Jo')]);
    const twice = joinPeople(joined, [person('Sam', '07700 900123', 'evenings'), person('Sam', '07700 900123', 'my sister')]);
    expect(twice[0]).toEqual(person('Sam', '07700 900123', 'my sister · evenings', 'Can you call me?'));
    expect(joinPeople(twice, twice)).toEqual(twice);
  });

  it('keeps two entries when their details together would be too long to keep in one', () => {
    const long = 'x'.repeat(PLAN_LIMITS.note - 2);
    const joined = joinPeople([person('Sam', '', long)], [person('Sam', '', 'y'.repeat(10))]);
    expect(joined).toHaveLength(2);
  });
});

describe('joining the old "Your people" into the plan', () => {
  let key: CryptoKey;
  beforeAll(async () => {
    key = await generateVaultKey();
  });

  /** A store holding records exactly as older Ebb versions wrote them (version and data as sealed). */
  async function oldStore(records: ReadonlyArray<{ type: string; id: string; stored: unknown }>) {
    const backend = new MemoryBackend();
    for (const { type, id, stored } of records) await backend.put({ type, id, envelope: await seal(key, { type, id }, utf8(JSON.stringify(stored))) });
    return new EncryptedStore(backend, key);
  }

  // Fixtures: a version 2 plan (people had no note) with its version 2 plan version, and version 1 contacts.
  const v2Sections = {
    ...emptyPlan().sections,
    'on-my-own': [{ text: 'A walk' }],
    'people-to-ask': [
      { name: 'Sam', phone: '07700 900123', message: 'Can you call me?' },
      { name: 'Alex', phone: '', message: '' },
    ],
  };
  const v2Plan = { v: 2, data: { sections: v2Sections, likelihood: 7, barriers: [] } };
  const v2Version = { v: 2, data: { savedAt: 1000, changedAt: 2000, reason: 'with my therapist', plan: v2Plan.data } };
  const contact = (name: string, phone: string, note: string, createdAt: number) => ({ v: 1, data: { name, phone, note, createdAt } });

  it('reads a version 2 plan and its versions with an empty note for each person', () => {
    expect(decodeRecord(planRecord, v2Plan).sections['people-to-ask']).toEqual([person('Sam', '07700 900123', '', 'Can you call me?'), person('Alex')]);
    expect(decodeRecord(planVersionRecord, v2Version).plan.sections['people-to-ask'][1]).toEqual(person('Alex'));
  });

  it('makes one list without duplicates, keeps every detail, versions the change, and removes the old records', async () => {
    const store = await oldStore([
      { type: 'plan', id: PLAN_ID, stored: v2Plan },
      { type: 'plan-version', id: '1000', stored: v2Version },
      { type: 'help-contact', id: 'b', stored: contact('Jo', '+44 7700 900999', '', 20) },
      { type: 'help-contact', id: 'a', stored: contact('sam', '07700-900-123', 'my sister', 10) },
      { type: 'help-contact', id: 'c', stored: contact('Alex', '020 7946 0000', 'work', 30) },
    ]);
    const plan = await joinStoredPeople(store, 5_000_000);
    const people = [
      person('Sam', '07700 900123', 'my sister', 'Can you call me?'),
      person('Alex'),
      person('Jo', '+44 7700 900999'),
      person('Alex', '020 7946 0000', 'work'),
    ];
    expect(plan?.sections['people-to-ask']).toEqual(people);
    expect(plan?.sections['on-my-own']).toEqual([{ text: 'A walk' }]);
    expect((await store.get(planRecord, PLAN_ID))?.sections['people-to-ask']).toEqual(people);
    expect(await store.list(helpContactRecord)).toEqual([]);
    // The plan stays its newest version's; the earlier version is kept as it was.
    const versions = (await store.list(planVersionRecord)).sort((a, b) => b.value.savedAt - a.value.savedAt);
    expect(versions.map((v) => v.id)).toEqual(['5000000', '1000']);
    expect(versions[0]?.value.plan.sections['people-to-ask']).toEqual(people);
    expect(versions[1]?.value.reason).toBe('with my therapist');
    // Nothing left to join; an interrupted join (the contacts written back) adds no one twice.
    expect(await joinStoredPeople(store, 6_000_000)).toBeUndefined();
    await store.put(helpContactRecord, 'a', { name: 'sam', phone: '07700-900-123', note: 'my sister', createdAt: 10 });
    expect((await joinStoredPeople(store, 7_000_000))?.sections['people-to-ask']).toEqual(people);
    expect((await store.list(planVersionRecord)).length).toBe(2);
  });

  it('makes a plan holding only the people when there was no plan', async () => {
    const store = await oldStore([{ type: 'help-contact', id: 'a', stored: contact('Sam', '', 'neighbour', 1) }]);
    await joinStoredPeople(store, 10);
    expect((await store.get(planRecord, PLAN_ID))?.sections['people-to-ask']).toEqual([person('Sam', '', 'neighbour')]);
    expect((await store.list(planVersionRecord)).map((v) => v.id)).toEqual(['10']);
  });

  it('leaves the old records that do not fit a full list where they are', async () => {
    const full = {
      ...v2Plan,
      data: {
        ...v2Plan.data,
        sections: { ...v2Sections, 'people-to-ask': Array.from({ length: PLAN_LIMITS.people }, (_, i) => ({ name: `P${i}`, phone: '', message: '' })) },
      },
    };
    const store = await oldStore([
      { type: 'plan', id: PLAN_ID, stored: full },
      { type: 'help-contact', id: 'same', stored: contact('P1', '', 'a friend', 1) },
      { type: 'help-contact', id: 'new', stored: contact('Someone new', '', '', 2) },
    ]);
    const plan = await joinStoredPeople(store, 10);
    expect(plan?.sections['people-to-ask']).toHaveLength(PLAN_LIMITS.people);
    expect(plan?.sections['people-to-ask'][1]).toEqual(person('P1', '', 'a friend'));
    expect((await store.list(helpContactRecord)).map((c) => c.id)).toEqual(['new']);
  });
});
