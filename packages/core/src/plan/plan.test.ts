// The plan record and model: valid shapes, the steps in order, versions that keep every change and a
// restore that loses nothing.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeRecord, encodeRecord } from '../records/define-record.ts';
import { addVersion, keepVersion, restoreVersion, SITTING_MS, stepsToFollow } from './plan-model.ts';
import { planIsEmpty, sectionIsFilled } from './plan-filled.ts';
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
      p.sections['people-to-ask'].push({ name: 'Sam', phone: '07700 900123', message: 'Can you call me?', note: '' });
      p.sections.professionals.push({ name: 'Dr Lee', phone: '020 7946 0000', outOfHours: '020 7946 0999', note: 'Mon–Fri' });
      p.sections['first-step'] = 'Breathe out slowly';
      p.likelihood = 7;
    });
    const stored = decodeRecord(planRecord, encodeRecord(planRecord, plan));
    expect(stored.sections['warning-signs']).toEqual([{ text: 'not sleeping' }]);
    expect(() => encodeRecord(planRecord, { ...plan, likelihood: 11 })).toThrow();
    expect(() =>
      encodeRecord(
        planRecord,
        withItems(plan, (p) => p.sections.reasons.push({ text: '   ' })),
      ),
    ).toThrow();
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
    expect(plan.sections['people-to-ask']).toEqual([{ ...v1Plan.sections['people-to-ask'][0], note: '' }]);
    expect(plan.likelihood).toBe(6);
  });

  it('version 1 plan versions migrate the plan they hold', () => {
    const version = decodeRecord(planVersionRecord, { v: 1, data: { savedAt: 5, reason: 'with my therapist', plan: v1Plan } });
    expect(version.reason).toBe('with my therapist');
    expect(version.changedAt).toBe(5);
    expect(version.plan.sections.professionals[0]?.note).toBe('Ask for the duty team');
  });

  it('refuses plans from a newer Ebb', () => {
    expect(() => decodeRecord(planRecord, { v: 4, data: {} })).toThrow(/newer Ebb/);
  });
});

describe('the plan in a hard moment', () => {
  it('leads through the filled steps in the safety plan’s order, always ending with crisis services', () => {
    expect(stepsToFollow(emptyPlan())).toEqual(['professionals']);
    const plan = withItems(emptyPlan(), (p) => {
      p.sections['safer-space'].push({ text: 'Go to the kitchen where people are' });
      p.sections['warning-signs'].push({ text: 'Not sleeping' });
      p.sections['on-my-own'].push({ text: 'Hold ice in a cloth' });
      p.sections['people-to-ask'].push({ name: 'Sam', phone: '1', message: '', note: '' });
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
      fc.property(
        fc.array(
          fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ''),
          { minLength: 1, maxLength: 8 },
        ),
        (reasons) => {
          let versions = addVersion([], emptyPlan(), '', 0);
          reasons.forEach((reason, i) => {
            versions = addVersion(
              versions,
              withItems(emptyPlan(), (p) => p.sections.reasons.push({ text: reason.trim() })),
              'edit',
              i + 1,
            );
          });
          const oldest = versions[versions.length - 1]!;
          const restored = restoreVersion(versions, oldest.savedAt, 1000, 'restored');
          expect(restored[0]!.plan).toEqual(oldest.plan);
          expect(restored.slice(1)).toEqual(versions);
        },
      ),
    );
  });

  it('refuses to restore a version that does not exist', () => {
    expect(() => restoreVersion([], 5, 6, '')).toThrow(/No such plan version/);
  });
});

describe('versions while editing', () => {
  const base = withItems(emptyPlan(), (p) => p.sections.reasons.push({ text: 'My sister' }));
  const edit = (plan: Plan, text: string) => withItems(plan, (p) => p.sections['on-my-own'].push({ text }));
  const minute = 60_000;

  it('changes in one sitting make one version, with the sitting’s reason', () => {
    let versions = addVersion([], base, '', 0);
    versions = keepVersion(versions, edit(base, 'Music'), '', SITTING_MS + 1, true);
    expect(versions).toHaveLength(2);
    const start = versions[0]!.savedAt;
    versions = keepVersion(versions, edit(edit(base, 'Music'), 'Walk'), 'with my therapist', start + 20 * minute, true);
    versions = keepVersion(versions, edit(edit(edit(base, 'Music'), 'Walk'), 'Bath'), '', start + 45 * minute, true);
    expect(versions).toHaveLength(2);
    expect(versions[0]).toMatchObject({ savedAt: start, changedAt: start + 45 * minute, reason: 'with my therapist' });
    expect(versions[0]!.plan.sections['on-my-own'].map((i) => i.text)).toEqual(['Music', 'Walk', 'Bath']);
    expect(versions[1]!.plan).toEqual(base);
  });

  it('after a pause, or once the sitting is ended, a change starts a new version', () => {
    const first = addVersion([], base, '', 0);
    expect(keepVersion(first, edit(base, 'Music'), '', SITTING_MS, true).map((x) => x.savedAt)).toEqual([SITTING_MS, 0]);
    expect(keepVersion(first, edit(base, 'Music'), '', minute, false).map((x) => x.savedAt)).toEqual([minute, 0]);
  });

  it('undoing every change of a sitting leaves the versions as they were', () => {
    let versions = addVersion([], base, '', 0);
    versions = keepVersion(versions, edit(base, 'Music'), '', SITTING_MS + 1, true);
    versions = keepVersion(versions, base, '', SITTING_MS + 2, true);
    expect(versions.map((x) => x.savedAt)).toEqual([0]);
  });

  it('only the newest version ever changes: every earlier one stays restorable (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() !== ''),
            fc.integer({ min: 0, max: 90 }),
            fc.boolean(),
          ),
          { maxLength: 12 },
        ),
        (edits) => {
          let versions = addVersion([], base, '', 0);
          let plan = base;
          let now = 0;
          for (const [text, minutesLater, mayContinue] of edits) {
            now += minutesLater * minute + 1;
            plan = edit(plan, text.trim());
            const before = versions;
            versions = keepVersion(versions, plan, '', now, mayContinue);
            expect(versions.slice(1)).toEqual(versions.length > before.length ? before : before.slice(1));
          }
          expect(versions[0]!.plan).toEqual(plan);
        },
      ),
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
