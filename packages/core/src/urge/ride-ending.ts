// What Ebb says back after a skill and at the end of Ride it out, chosen from the person's own answers only
// (docs/clinical-rules.md rule 19): "you rode it out" only when they said it eased; a skipped rating is never read as
// "still there"; a rise is named as a rise.
import type { Episode, SkillTry } from './episode-record.ts';

export type AfterSkillNote =
  | { kind: 'lower'; before: number; after: number }
  | { kind: 'same'; value: number }
  | { kind: 'higher'; before: number; after: number }
  /** Rated now, but not before the skill: nothing to compare with. */
  | { kind: 'rated'; after: number }
  /** The person skipped the rating: Ebb knows nothing about how it is now. */
  | { kind: 'unrated' };

export function afterSkillNote(tried: SkillTry | undefined): AfterSkillNote {
  if (!tried || tried.after === null) return { kind: 'unrated' };
  const { before, after } = tried;
  if (before === null) return { kind: 'rated', after };
  if (after < before) return { kind: 'lower', before, after };
  if (after > before) return { kind: 'higher', before, after };
  return { kind: 'same', value: after };
}

export type RideEnding =
  /** The person said it has eased. */
  | { kind: 'eased' }
  /** They stopped; their ratings came down. */
  | { kind: 'came-down'; first: number; last: number }
  /** They stopped; the urge has not come down (the same, or higher). */
  | { kind: 'stayed'; first: number; last: number }
  /** They stopped with fewer than two ratings: Ebb cannot tell how it went. */
  | { kind: 'unrated' };

export function rideEnding(episode: Pick<Episode, 'outcome' | 'ratings'>): RideEnding {
  if (episode.outcome === 'eased') return { kind: 'eased' };
  const first = episode.ratings[0]?.value;
  const last = episode.ratings.at(-1)?.value;
  if (first === undefined || last === undefined || episode.ratings.length < 2) return { kind: 'unrated' };
  return last < first ? { kind: 'came-down', first, last } : { kind: 'stayed', first, last };
}
