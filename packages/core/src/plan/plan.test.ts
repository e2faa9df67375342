// The plan record and model: valid shapes, the steps in order, versions that keep every change and a
// restore that loses nothing.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeRecord, encodeRecord } from '../records/define-record.ts';
import { addVersion, keepVersion, planIsEmpty, restoreVersion, sectionIsFilled, stepsToFollow } from './plan-model.ts';
import { emptySupportCard, supportCardRecord } from './support-card-record.ts';
import { emptyPlan, planRecord, planVersionRecord, type Plan } from './plan-record.ts';

const withItems = (plan: Plan, change: (p: Plan) => void) => {
  const copy = structuredClone(plan);
  change(copy);
  return copy;
};

describe('plan record', () => {
  it('an empty plan is valid and empty', () => {
    expect(decodeRecord(planRecord, encodeRecord(planRecord, emptyPlan()))).toEqual(emptyPlan());
    expect(planIsEmpty(emptyPlan())).toBe(true);
  });

  it('keeps the person’s words, trimmed, and rejects what cannot be right', () => {
    const plan = withItems(emptyPlan(), (p) => {
      p.sections['warning-signs'].push({ text: '  not sleeping  ' });
      p.sections['people-to-ask'].push({ name: 'Sam', phone: '07700 900123', message: 'Can you call me?' });
      p.sections.professionals.push({ name: 'Dr Lee', phone: '020 7946 0000', outOfHours: '020 7946 0999', note: 'Mon–Fri' });
      p.sections['first-step'] = 'Breathe out slowly';
      p.likelihood = 7;
    });
    const stored = decodeRecord(planRecord, encodeRecord(planRecord, plan));
    expect(stored.sections['warning-signs']).toEqual([{ text: 'not sleeping' }]);
    expect(() => encodeRecord(planRecord, { ...plan, likelihood: 11 })).toThrow();
    expect(() => encodeRecord(planRecord, withItems(plan, (p) => p.sections.reasons.push({ text: '   ' })))).toThrow();
  });
});

describe('plan record migrations', () => {
  // A version 1 record as it was stored: professionals had one "message" field.
  const v1Plan = {
    sections: {
      ...emptyPlan().sections,
      professionals: [{ name: 'Dr Lee', phone: '020 7946 0000', message: 'Ask for the duty team' }],
      'people-to-ask': [{ name: 'Sam', phone: '07700 900123', message: 'Can you call me?' }],
    },
    likelihood: 6,
    barriers: [],
  };

  it('version 1 plans gain an empty out-of-hours number and keep the message as a note', () => {
    const plan = decodeRecord(planRecord, { v: 1, data: v1Plan });
    expect(plan.sections.professionals).toEqual([{ name: 'Dr Lee', phone: '020 7946 0000', outOfHours: '', note: 'Ask for the duty team' }]);
    expect(plan.sections['people-to-ask']).toEqual(v1Plan.sections['people-to-ask']);
    expect(plan.likelihood).toBe(6);
  });

  it('version 1 plan versions migrate the plan they hold', () => {
    const version = decodeRecord(planVersionRecord, { v: 1, data: { savedAt: 5, reason: 'with my therapist', plan: v1Plan } });
    expect(version.reason).toBe('with my therapist');
    expect(version.plan.sections.professionals[0]?.note).toBe('Ask for the duty team');
  });

  it('refuses plans from a newer Ebb', () => {
    expect(() => decodeRecord(planRecord, { v: 3, data: {} })).toThrow(/newer Ebb/);
  });
});

describe('the plan in a hard moment', () => {
  it('leads through the filled steps in the safety plan’s order, always ending with crisis services', () => {
    expect(stepsToFollow(emptyPlan())).toEqual(['professionals']);
    const plan = withItems(emptyPlan(), (p) => {
      p.sections['safer-space'].push({ text: 'Go to the kitchen where people are' });
      p.sections['warning-signs'].push({ text: 'Not sleeping' });
      p.sections['on-my-own'].push({ text: 'Hold ice in a cloth' });
      p.sections['people-to-ask'].push({ name: 'Sam', phone: '1', message: '' });
      p.sections.reasons.push({ text: 'My dog' });
    });
    expect(stepsToFollow(plan)).toEqual(['on-my-own', 'people-to-ask', 'professionals', 'safer-space']);
    expect(sectionIsFilled(plan, 'reasons')).toBe(true);
    expect(sectionIsFilled(plan, 'first-step')).toBe(false);
  });
});

describe('plan versions', () => {
  const one = withItems(emptyPlan(), (p) => p.sections.reasons.push({ text: 'My sister' }));
  const two = withItems(one, (p) => p.sections['on-my-own'].push({ text: 'Music' }));

  it('adds a version for each real change, newest first, with its reason', () => {
    let versions = addVersion([], one, '', 1);
    versions = addVersion(versions, one, 'nothing changed', 2);
    versions = addVersion(versions, two, ' after a slip ', 3);
    expect(versions.map((x) => [x.savedAt, x.reason])).toEqual([
      [3, 'after a slip'],
      [1, ''],
    ]);
    expect(decodeRecord(planVersionRecord, encodeRecord(planVersionRecord, versions[0]!))).toEqual(versions[0]);
  });

  it('restoring an earlier version adds it as the newest and keeps every other version (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ''), { minLength: 1, maxLength: 8 }), (reasons) => {
        let versions = addVersion([], emptyPlan(), '', 0);
        reasons.forEach((reason, i) => {
          versions = addVersion(versions, withItems(emptyPlan(), (p) => p.sections.reasons.push({ text: reason.trim() })), 'edit', i + 1);
        });
        const oldest = versions[versions.length - 1]!;
        const restored = restoreVersion(versions, oldest.savedAt, 1000, 'restored');
        expect(restored[0]!.plan).toEqual(oldest.plan);
        expect(restored.slice(1)).toEqual(versions);
      }),
    );
  });

  it('refuses to restore a version that does not exist', () => {
    expect(() => restoreVersion([], 5, 6, '')).toThrow(/No such plan version/);
  });
});

describe('versions while editing', () => {
  const base = withItems(emptyPlan(), (p) => p.sections.reasons.push({ text: 'My sister' }));
  const edit = (plan: Plan, text: string) => withItems(plan, (p) => p.sections['on-my-own'].push({ text }));

  it('changes in one sitting make one version, with the sitting’s reason', () => {
    let versions = addVersion([], base, '', 1);
    versions = keepVersion(versions, edit(base, 'Music'), '', 10, null);
    const sitting = versions[0]!.savedAt;
    versions = keepVersion(versions, edit(edit(base, 'Music'), 'Walk'), 'with my therapist', 11, sitting);
    expect(versions).toHaveLength(2);
    expect(versions[0]).toMatchObject({ savedAt: 10, reason: 'with my therapist' });
    expect(versions[0]!.plan.sections['on-my-own'].map((i) => i.text)).toEqual(['Music', 'Walk']);
    expect(versions[1]!.plan).toEqual(base);
  });

  it('a new sitting starts a new version and never changes an older one', () => {
    let versions = addVersion([], base, '', 1);
    versions = keepVersion(versions, edit(base, 'Music'), '', 10, 999);
    expect(versions.map((x) => x.savedAt)).toEqual([10, 1]);
    expect(versions[1]!.plan).toEqual(base);
  });

  it('undoing every change of a sitting leaves the versions as they were', () => {
    let versions = addVersion([], base, '', 1);
    versions = keepVersion(versions, edit(base, 'Music'), '', 10, null);
    versions = keepVersion(versions, base, '', 11, 10);
    expect(versions.map((x) => x.savedAt)).toEqual([1]);
  });

  it('every version ever kept stays restorable, whatever the edits (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() !== ''), fc.boolean()), { maxLength: 12 }), (edits) => {
        let versions = addVersion([], base, '', 0);
        let plan = base;
        let sitting: number | null = null;
        const kept = new Set<string>();
        edits.forEach(([text, newSitting], i) => {
          if (newSitting) sitting = null;
          plan = edit(plan, text.trim());
          const before = versions;
          versions = keepVersion(versions, plan, '', i + 1, sitting);
          sitting = versions[0]!.savedAt;
          // Every version that was older than the sitting's own is still there, unchanged.
          for (const old of before.filter((x) => x.savedAt !== sitting)) kept.add(JSON.stringify(old));
        });
        const now = new Set(versions.map((x) => JSON.stringify(x)));
        for (const old of kept) expect(now.has(old)).toBe(true);
        expect(versions[0]!.plan).toEqual(plan);
      }),
    );
  });
});

describe('the “How to support me” card record', () => {
  it('shows nothing until chosen, and keeps the person’s words trimmed', () => {
    const card = emptySupportCard();
    expect(Object.values(card.show).some(Boolean)).toBe(false);
    const stored = decodeRecord(supportCardRecord, encodeRecord(supportCardRecord, { ...card, say: ['  Sit with me  '] }));
    expect(stored.say).toEqual(['Sit with me']);
    expect(() => encodeRecord(supportCardRecord, { ...card, dontSay: [''] })).toThrow();
  });
});
