// Which skills to suggest in the moment, best first: those matched first to the feelings named (docs/clinical-rules.md's
// emotion-matched skills) above those merely tagged with them, those that have lowered this person's urges
// before, those that meet what self-harm does for them (their plan's answers), and those in their own plan.
// Hidden skills are never suggested, and skills for calmer moments never while the urge is strong.
import { needWords, type Feeling, type Need } from '@ebb/content';
import type { Episode } from './episode-record.ts';

/** A skill as the ranking sees it: from the library, the person's own, or an item of their plan. */
export interface Candidate {
  id: string;
  feelings: readonly Feeling[];
  keywords: readonly string[];
  needsNothing: boolean;
  /** The feelings it is matched to first. */
  firstFor?: readonly Feeling[];
  /** The needs it can meet instead of self-harm. */
  meets?: readonly Need[];
  /** Only for calmer moments. */
  calmerMomentsOnly?: true;
  /** An item of the person's own plan ("Things I can do on my own"). */
  fromPlan?: boolean;
}

/** The highest urge (0–10) at which a skill for calmer moments may be suggested. */
export const CALMER_MOMENT_MAX_URGE = 3;

export interface RankContext {
  feelings: readonly Feeling[];
  /** Earlier episodes, for what has helped before. */
  history: readonly Episode[];
  /** The plan's coping items, in the person's words. */
  planItems: readonly string[];
  hidden: ReadonlySet<string>;
  favourites: ReadonlySet<string>;
  /** What self-harm does for the person, as needs (from their plan: needsFromPlan). */
  needs: readonly Need[];
  /** The latest urge rating, 0–10, or null when not rated. */
  urge: number | null;
}

/** The needs a person's own words about what self-harm does for them point to ("relief", "feel something" …). */
export function needsFromWords(answers: readonly string[]): Need[] {
  const text = answers.join(' \n ').toLowerCase();
  return (Object.keys(needWords) as Need[]).filter((need) => needWords[need].some((word) => text.includes(word)));
}

/** How much each skill has lowered the urge on average, over the tries rated before and after. */
export function averageDrops(history: readonly Episode[]): Map<string, number> {
  const sums = new Map<string, { total: number; count: number }>();
  for (const episode of history) {
    for (const t of episode.skills) {
      if (t.before === null || t.after === null) continue;
      const s = sums.get(t.skillId) ?? { total: 0, count: 0 };
      sums.set(t.skillId, { total: s.total + (t.before - t.after), count: s.count + 1 });
    }
  }
  return new Map([...sums].map(([id, s]) => [id, s.total / s.count]));
}

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

/** Whether the person's own words point to a skill, by its keywords ("put on a song" → self-soothe). */
export function mentionsSkill(text: string, keywords: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return keywords.some((k) => lower.includes(k.toLowerCase()));
}

function inPlan(candidate: Candidate, planItems: readonly string[]): boolean {
  return candidate.fromPlan === true || planItems.some((item) => mentionsSkill(item, candidate.keywords));
}

export function scoreCandidate(candidate: Candidate, context: RankContext, drops: ReadonlyMap<string, number>): number {
  let score = 0;
  const matches = candidate.feelings.filter((f) => context.feelings.includes(f)).length;
  if (matches > 0) score += 3 + (matches - 1);
  // Matched first to a feeling named: above every skill merely tagged with it.
  score += 4 * (candidate.firstFor ?? []).filter((f) => context.feelings.includes(f)).length;
  if ((candidate.meets ?? []).some((need) => context.needs.includes(need))) score += 1.5;
  const drop = drops.get(candidate.id);
  if (drop !== undefined) score += 1.5 * clamp(drop, -3, 5);
  if (inPlan(candidate, context.planItems)) score += 2;
  if (context.favourites.has(candidate.id)) score += 1.5;
  if (candidate.needsNothing) score += 0.25;
  return score;
}

/** Every suggestible candidate, best first; ties keep the library's order. Hidden ones are left out. */
export function rankSkills<C extends Candidate>(candidates: readonly C[], context: RankContext): C[] {
  const drops = averageDrops(context.history);
  return candidates
    .filter((c) => !context.hidden.has(c.id))
    .filter((c) => !c.calmerMomentsOnly || (context.urge !== null && context.urge <= CALMER_MOMENT_MAX_URGE))
    .map((c, index) => ({ c, index, score: scoreCandidate(c, context, drops) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ c }) => c);
}

/** The stages a guided skill goes through: its cautions first whenever it has any, then the guide. */
export function skillStages(skill: { cautions: readonly string[] }): Array<'caution' | 'guide'> {
  return skill.cautions.length > 0 ? ['caution', 'guide'] : ['guide'];
}
