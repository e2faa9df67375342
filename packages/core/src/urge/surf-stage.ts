// Where an urge-surfing wave is, from the clock and the person's answers. The wave rises and peaks with
// time, but it only falls when the person says the urge has eased: time running out, or "not yet", keeps
// it going (docs/clinical-rules.md rule 19).
export interface SurfAnswers {
  /** Time since the wave started, and the minutes chosen (plus any added). */
  elapsedMs: number;
  totalMs: number;
  /** The person said the urge has eased. */
  eased: boolean;
  /** The person has said "not yet" at least once. */
  saidNotYet: boolean;
  /** The last whole minute the person answered the check in. */
  answeredMinute: number;
}

export type SurfStage = 'rising' | 'peak' | 'staying' | 'time-up' | 'eased';

export interface SurfView {
  stage: SurfStage;
  /** Where the dot is along the wave, 0–1: never past the peak (0.5) until the person says it eased. */
  dot: number;
  /** Ask "Has it eased?" now. */
  asking: boolean;
}

export function surfView({ elapsedMs, totalMs, eased, saidNotYet, answeredMinute }: SurfAnswers): SurfView {
  if (eased) return { stage: 'eased', dot: 1, asking: false };
  const progress = Math.min(1, Math.max(0, elapsedMs / totalMs));
  const dot = Math.min(progress, 0.5);
  const minute = Math.floor(elapsedMs / 60_000);
  if (progress >= 1) return { stage: 'time-up', dot, asking: true };
  const asking = minute >= 1 && minute > answeredMinute;
  const stage: SurfStage = saidNotYet || progress >= 0.6 ? 'staying' : progress < 0.4 ? 'rising' : 'peak';
  return { stage, dot, asking };
}
