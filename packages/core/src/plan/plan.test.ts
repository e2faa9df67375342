// The plan record and model: valid shapes, the steps in order, versions that keep every change and a
// restore that loses nothing.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeRecord, encodeRecord } from '../records/define-record.ts';
import { addVersion, planIsEmpty, restoreVersion, sectionIsFilled, stepsToFollow } from './plan-model.ts';
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
      p.sections['first-step'] = 'Breathe out slowly';
      p.likelihood = 7;
    });
    const stored = decodeRecord(planRecord, encodeRecord(planRecord, plan));
    expect(stored.sections['warning-signs']).toEqual([{ text: 'not sleeping' }]);
    expect(() => encodeRecord(planRecord, { ...plan, likelihood: 11 })).toThrow();
    expect(() => encodeRecord(planRecord, withItems(plan, (p) => p.sections.reasons.push({ text: '   ' })))).toThrow();
  });
});

describe('the plan in a hard moment', () => {
  it('leads through the filled steps in the safety plan’s order', () => {
    const plan = withItems(emptyPlan(), (p) => {
      p.sections.professionals.push({ name: 'My GP', phone: '', message: '' });
      p.sections['on-my-own'].push({ text: 'Hold ice in a cloth' });
      p.sections['people-to-ask'].push({ name: 'Sam', phone: '1', message: '' });
      p.sections.reasons.push({ text: 'My dog' });
    });
    expect(stepsToFollow(plan)).toEqual(['on-my-own', 'people-to-ask', 'professionals']);
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
