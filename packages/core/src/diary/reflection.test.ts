// The reflection after a slip: offered only when calm, and ending in plan changes for the person to choose.
import { describe, expect, it } from 'vitest';
import { decodeRecord, encodeRecord } from '../records/define-record.ts';
import { emptyReflection, reflectionOffered, reflectionRecord, suggestedPlanChanges } from './reflection-record.ts';

const hour = 60 * 60_000;

describe('reflection after a slip', () => {
  it('is offered a day later, or after a calm check-in, never straight away', () => {
    expect(reflectionOffered(0, hour, [])).toBe(false);
    expect(reflectionOffered(0, 24 * hour, [])).toBe(true);
    expect(reflectionOffered(0, 3 * hour, [{ at: 2 * hour, urge: 1 }])).toBe(true);
    expect(reflectionOffered(0, 3 * hour, [{ at: 2 * hour, urge: 4 }])).toBe(false);
    expect(reflectionOffered(10 * hour, 11 * hour, [{ at: 2 * hour, urge: 0 }])).toBe(false);
  });

  it('suggests what set it off and what made it likelier as triggers, and ways to break the links as things to do', () => {
    const r = { ...emptyReflection('e1', 0), promptingEvent: 'A row with my dad', vulnerabilityNote: 'Hardly slept', breakLinks: 'Text Sam when the shouting starts\n\nGo for a walk' };
    expect(suggestedPlanChanges(r)).toEqual([
      { section: 'triggers', kind: 'situation', text: 'A row with my dad' },
      { section: 'triggers', kind: 'body', text: 'Hardly slept' },
      { section: 'on-my-own', text: 'Text Sam when the shouting starts' },
      { section: 'on-my-own', text: 'Go for a walk' },
    ]);
    expect(suggestedPlanChanges(emptyReflection('e1', 0))).toEqual([]);
  });

  it('round-trips and refuses unknown vulnerability kinds', () => {
    const r = { ...emptyReflection('e1', 5), vulnerabilities: ['sleep' as const] };
    expect(decodeRecord(reflectionRecord, encodeRecord(reflectionRecord, r))).toEqual(r);
    expect(() => encodeRecord(reflectionRecord, { ...r, vulnerabilities: ['boredom'] } as never)).toThrow();
  });
});
