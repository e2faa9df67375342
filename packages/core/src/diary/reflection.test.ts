// The reflection after a slip: offered only when the latest signal is calm, and ending in plan changes for the
// person to choose.
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { decodeRecord, encodeRecord } from '../records/define-record.ts';
import { newEpisode, type Episode } from '../urge/episode-record.ts';
import { respondToCard, cardCalm } from './answer-response.ts';
import { calmSignals, lookBackOffered, type CalmSignal } from './calm-signals.ts';
import { emptyCheckIn, type CheckIn } from './checkin-record.ts';
import { dayOf } from './day.ts';
import { emptyReflection, reflectionRecord, suggestedPlanChanges } from './reflection-record.ts';

vi.stubEnv('TZ', 'Asia/Kolkata');
const hour = 60 * 60_000;
const t0 = new Date('2026-11-22T09:00:00').getTime();
const card = (at: number, answers: Partial<CheckIn>): CheckIn => ({ ...emptyCheckIn(dayOf(at), at), ...answers });
const slip = (at: number): Episode => ({ ...newEpisode(`slip-${at}`, at), endedAt: at, outcome: 'slipped' });

describe('answers that get support', () => {
  it('a yes to self-harm asks about being hurt; an urge or thoughts of suicide of 4–5 offer support', () => {
    expect(respondToCard({ urge: 5, acted: true, suicidalThoughts: null })).toEqual({ askIfHurt: true, offerSupport: true });
    expect(respondToCard({ urge: 3, acted: false, suicidalThoughts: 4 })).toEqual({ askIfHurt: false, offerSupport: true });
    expect(respondToCard({ urge: 4, acted: null, suicidalThoughts: null })).toEqual({ askIfHurt: false, offerSupport: true });
    expect(respondToCard({ urge: 3, acted: false, suicidalThoughts: 3 })).toEqual({ askIfHurt: false, offerSupport: false });
    expect(respondToCard({ urge: null, acted: null, suicidalThoughts: null })).toEqual({ askIfHurt: false, offerSupport: false });
  });

  it('a card is calm only when every rating given is 0–1 and there was no self-harm', () => {
    expect(cardCalm({ urge: 1, acted: false, suicidalThoughts: 0 })).toBe(true);
    expect(cardCalm({ urge: 0, acted: true, suicidalThoughts: null })).toBe(false);
    expect(cardCalm({ urge: 0, acted: null, suicidalThoughts: 3 })).toBe(false);
    expect(cardCalm({ urge: 2, acted: null, suicidalThoughts: null })).toBe(false);
    expect(cardCalm({ urge: null, acted: false, suicidalThoughts: null })).toBe(null);
  });
});

describe('the look back after a slip', () => {
  it('is never offered straight away, nor by time passing alone', () => {
    const signals = calmSignals([], [slip(t0)], null);
    expect(lookBackOffered(t0, signals)).toBe(false);
  });

  it('is offered after a calm check-in, a calm re-rating or "I feel settled", made after the slip', () => {
    expect(lookBackOffered(t0, calmSignals([card(t0 + hour, { urge: 1 })], [slip(t0)], null))).toBe(true);
    const rerated = {
      ...newEpisode('r', t0 + hour),
      ratings: [
        { at: t0 + hour, value: 6 },
        { at: t0 + 2 * hour, value: 1 },
      ],
    };
    expect(lookBackOffered(t0, calmSignals([], [slip(t0), rerated], null))).toBe(true);
    expect(lookBackOffered(t0, calmSignals([], [slip(t0)], t0 + hour))).toBe(true);
    // Before the slip, calm says nothing about after it.
    expect(lookBackOffered(t0, calmSignals([card(t0 - hour, { urge: 0 })], [slip(t0)], t0 - hour))).toBe(false);
  });

  it('is withdrawn by a later strong urge, a yes to self-harm, strong thoughts of suicide or another slip', () => {
    const calm = card(t0 + hour, { urge: 0 });
    expect(lookBackOffered(t0, calmSignals([calm], [slip(t0)], t0 + 2 * hour))).toBe(true);
    const later = t0 + 26 * hour;
    expect(lookBackOffered(t0, calmSignals([calm, card(later, { urge: 5, acted: true })], [slip(t0)], t0 + 2 * hour))).toBe(false);
    expect(lookBackOffered(t0, calmSignals([calm, card(later, { suicidalThoughts: 4 })], [slip(t0)], null))).toBe(false);
    expect(lookBackOffered(t0, calmSignals([calm], [slip(t0), slip(later)], null))).toBe(false);
  });

  it('a card filled in now for an earlier day describes that day, not now', () => {
    const pastCard = { ...emptyCheckIn('2026-11-20', t0 + hour), urge: 0 };
    expect(lookBackOffered(t0, calmSignals([pastCard], [slip(t0)], null))).toBe(false);
  });

  const signalArb = fc.record({ at: fc.integer({ min: 0, max: 1000 }), calm: fc.boolean() });

  it('is offered exactly when the latest signal after the slip is calm (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.array(signalArb, { maxLength: 30 }), (slipAt, signals) => {
        const after = signals.filter((s) => s.at > slipAt);
        const latestAt = Math.max(...after.map((s) => s.at));
        const offered = lookBackOffered(slipAt, signals);
        if (after.length === 0) expect(offered).toBe(false);
        else expect(offered).toBe(after.filter((s) => s.at === latestAt).every((s) => s.calm));
      }),
    );
  });

  it('a signal that is not calm, later than all others, always withdraws it; a calm one always offers it (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.array(signalArb, { maxLength: 30 }), fc.boolean(), (slipAt, signals, calm) => {
        const last: CalmSignal = { at: Math.max(slipAt, ...signals.map((s) => s.at)) + 1, calm };
        expect(lookBackOffered(slipAt, [...signals, last])).toBe(calm);
      }),
    );
  });

  it('is never offered when the latest card says the person self-harmed or rates strongly (property)', () => {
    const answer = fc.option(fc.integer({ min: 0, max: 5 }), { nil: null });
    fc.assert(
      fc.property(fc.array(signalArb, { maxLength: 10 }), answer, fc.option(fc.boolean(), { nil: null }), answer, (earlier, urge, acted, suicidalThoughts) => {
        const latest = card(t0 + 2000 * hour, { urge, acted, suicidalThoughts });
        const response = respondToCard(latest);
        const signals = [...earlier.map((s) => ({ at: t0 + s.at * hour, calm: s.calm })), ...calmSignals([latest], [], null)];
        if (response.askIfHurt || response.offerSupport) expect(lookBackOffered(t0, signals)).toBe(false);
      }),
    );
  });
});

describe('reflection record', () => {
  it('suggests what set it off and what made it likelier as triggers, and ways to break the links as things to do', () => {
    const r = {
      ...emptyReflection('e1', 0),
      promptingEvent: 'A row with my dad',
      vulnerabilityNote: 'Hardly slept',
      breakLinks: 'Text Sam when the shouting starts\n\nGo for a walk',
    };
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
