// When the look back after a slip may be offered (a chain analysis, docs/clinical-rules.md rule 7: only when calm). The
// person's own answers over time are signals, each calm or not; the look back is offered only when the
// latest signal comes after the slip and is calm. A later strong urge, a "yes" to self-harm or another slip
// withdraws it again. Time alone is not a signal: a quiet day says nothing about how the person feels.
import { cardCalm, CALM_ANSWER } from './answer-response.ts';
import type { CheckIn } from './checkin-record.ts';
import { dayOf } from './day.ts';
import type { Episode } from '../urge/episode-record.ts';

export interface CalmSignal {
  at: number;
  calm: boolean;
}

/**
 * The signals in what the person has recorded:
 * - a diary card saved for the day it was saved on (a card filled in for an earlier day describes that day,
 *   not now), when it rates the urge or thoughts of suicide or says they self-harmed (see cardCalm);
 * - each rating in Ride it out, calm at 0–1 (of 10);
 * - each slip, never calm;
 * - the person saying "I feel settled now", always calm.
 */
export function calmSignals(checkIns: readonly CheckIn[], episodes: readonly Episode[], settledAt: number | null): CalmSignal[] {
  const signals: CalmSignal[] = [];
  for (const c of checkIns) {
    const calm = cardCalm(c);
    if (calm !== null && c.day === dayOf(c.savedAt)) signals.push({ at: c.savedAt, calm });
  }
  for (const e of episodes) {
    for (const r of e.ratings) signals.push({ at: r.at, calm: r.value <= CALM_ANSWER });
    if (e.outcome === 'slipped') signals.push({ at: e.endedAt ?? e.startedAt, calm: false });
  }
  if (settledAt !== null) signals.push({ at: settledAt, calm: true });
  return signals;
}

/**
 * Whether the look back at a slip at `slipAt` is offered: the latest signal after the slip is calm. When two
 * signals share a moment, one that is not calm wins, so a worrying answer is never outweighed by a tie.
 */
export function lookBackOffered(slipAt: number, signals: readonly CalmSignal[]): boolean {
  let latest: CalmSignal | undefined;
  for (const s of signals) {
    if (s.at <= slipAt) continue;
    if (!latest || s.at > latest.at || (s.at === latest.at && !s.calm)) latest = s;
  }
  return latest?.calm === true;
}
