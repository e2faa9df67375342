// Test support for the clinician summary: one known week of records (built in whatever time zone the test
// has set), and a card or episode with only what a test cares about.
import type { CheckIn } from '../diary/checkin-record.ts';
import { emptyCheckIn } from '../diary/checkin-record.ts';
import { emptyReflection, type Reflection } from '../diary/reflection-record.ts';
import { newEpisode, type Episode } from '../urge/episode-record.ts';
import type { SummarySource } from './summary.ts';

/** A local time: month is 1–12. */
export const at = (y: number, month: number, d: number, h = 12, min = 0) => new Date(y, month - 1, d, h, min).getTime();

export const card = (day: string, fields: Partial<CheckIn> = {}): CheckIn => ({
  ...emptyCheckIn(day, at(...(day.split('-').map(Number) as [number, number, number]), 21)),
  ...fields,
});

export const episode = (id: string, startedAt: number, fields: Partial<Episode> = {}): Episode => ({ ...newEpisode(id, startedAt), ...fields });

export const reflection = (slip: Episode, fields: Partial<Reflection> = {}): Reflection => ({
  ...emptyReflection(slip.id, slip.endedAt ?? slip.startedAt),
  ...fields,
});

/** The week of Monday 2 November 2026: two cards, a ridden-out episode, a noted slip with a reflection, and records outside it. */
export function knownWeek(): SummarySource {
  const ridden = episode('e1', at(2026, 11, 3, 21, 15), {
    endedAt: at(2026, 11, 3, 21, 40),
    ratings: [
      { at: at(2026, 11, 3, 21, 15), value: 7 },
      { at: at(2026, 11, 3, 21, 40), value: 3 },
    ],
    feelings: ['anger'],
    trigger: 'an argument',
    skills: [{ skillId: 'tip', startedAt: at(2026, 11, 3, 21, 20), before: 7, after: 4 }],
    outcome: 'eased',
  });
  const slip = episode('e2', at(2026, 11, 5, 23), { endedAt: at(2026, 11, 5, 23), outcome: 'slipped' });
  const later = episode('e3', at(2026, 11, 10, 9), { endedAt: at(2026, 11, 10, 9, 30), outcome: 'slipped' });
  return {
    checkIns: [
      card('2026-11-02', {
        urge: 3,
        acted: false,
        suicidalThoughts: 2,
        emotions: [
          { name: 'Sad', value: 4 },
          { name: 'Angry', value: 1 },
        ],
        skills: [
          { skillId: 'tip', score: 5 },
          { skillId: 'own-1', score: 2 },
        ],
        selfCare: { sleepHours: 6.5, ateRegularly: true, moved: false, connected: null, medication: null, therapy: null },
        note: '=SUM(A1) a hard day, "ok" in the end',
      }),
      card('2026-11-04', { urge: 1, emotions: [{ name: 'Calm', value: 2 }] }),
      card('2026-11-09', { urge: 5, acted: true }),
    ],
    episodes: [ridden, slip, later],
    reflections: [
      reflection(slip, { promptingEvent: 'a message from school', vulnerabilities: ['sleep'], finishedAt: at(2026, 11, 7, 10) }),
      reflection(later),
    ],
    planVersions: [
      { savedAt: at(2026, 9, 1), changedAt: at(2026, 9, 1), reason: '' },
      { savedAt: at(2026, 10, 1), changedAt: at(2026, 10, 2), reason: 'with my therapist' },
      { savedAt: at(2026, 8, 1), changedAt: at(2026, 8, 1), reason: '' },
    ],
    skillNames: new Map([
      ['tip', 'TIP'],
      ['own-1', 'Walk the dog'],
    ]),
    emotionRows: ['Sad', 'Shame'],
  };
}
