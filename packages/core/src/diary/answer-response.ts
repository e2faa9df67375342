// How Ebb answers what a diary card says (docs/clinical-rules.md rules 17 and 18): a "yes" to self-harm is met with a
// kind question about being hurt and medical help; a strong urge or strong thoughts of suicide with Ride it
// out, the plan and Help now. Support, never a score or a label: nothing here is shown as a level.
import type { CheckIn } from './checkin-record.ts';

/** On the diary card's 0–5 scales, answers from here up are met with support. */
export const STRONG_ANSWER = 4;
/** On the diary card's 0–5 scales (and Ride it out's 0–10), answers up to here are calm. */
export const CALM_ANSWER = 1;

export type CardAnswers = Pick<CheckIn, 'urge' | 'acted' | 'suicidalThoughts'>;

export interface CardResponse {
  /** They said they self-harmed: ask kindly whether they are hurt, and offer medical help. */
  askIfHurt: boolean;
  /** A strong urge or strong thoughts of suicide: offer Ride it out, the plan's crisis view and Help now. */
  offerSupport: boolean;
}

const strong = (value: number | null) => value !== null && value >= STRONG_ANSWER;

export function respondToCard(card: CardAnswers): CardResponse {
  return { askIfHurt: card.acted === true, offerSupport: strong(card.urge) || strong(card.suicidalThoughts) };
}

/** Whether the card carries an answer that support answers: then nothing else (a look back) sits beside it. */
export const cardNeedsSupport = (card: CardAnswers): boolean => {
  const response = respondToCard(card);
  return response.askIfHurt || response.offerSupport;
};

/**
 * What the card says about how the person is now, for the look back after a slip: calm when it rates the urge
 * (or thoughts of suicide) and every rating given is 0–1 with no self-harm; not calm when any of those is
 * higher or they self-harmed; nothing when it rates neither.
 */
export function cardCalm(card: CardAnswers): boolean | null {
  if (card.acted === true) return false;
  const rated = [card.urge, card.suicidalThoughts].filter((v): v is number => v !== null);
  if (rated.length === 0) return null;
  return rated.every((v) => v <= CALM_ANSWER);
}
