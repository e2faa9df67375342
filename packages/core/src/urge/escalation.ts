// When to offer the plan's next steps (people who distract, people who help, professionals, crisis lines):
// never forced, offered when the urge is very strong, or when skills have not brought it down.
import type { Episode } from './episode-record.ts';

export const ESCALATION = { strongRating: 8, skillsTried: 2, minutes: 15 } as const;

export function latestRating(episode: Episode): number | null {
  return episode.ratings.at(-1)?.value ?? null;
}

/**
 * Offer the next steps when the latest rating is 8 or more; or when, after two skills or 15 minutes, the
 * urge is not lower than at the start (or it was never rated, so Ebb cannot tell it has eased).
 */
export function escalationDue(episode: Episode, now: number): boolean {
  const latest = latestRating(episode);
  if (latest !== null && latest >= ESCALATION.strongRating) return true;
  const tried = episode.skills.length >= ESCALATION.skillsTried;
  const long = now - episode.startedAt >= ESCALATION.minutes * 60_000;
  if (!tried && !long) return false;
  const first = episode.ratings[0]?.value ?? null;
  return first === null || latest === null || latest >= first;
}
