// PLACEHOLDER until the translation lands.
// What the gentle note on Home says, in English. Loaded with the note after the vault opens, never with the first
// screen (its setting's words are with Settings'). No number, score, level or prediction (docs/clinical-rules.md rule 5).
import type { NudgeMessages } from './en-nudge.ts';

export const frNudge: NudgeMessages = {
  note: 'Things seem a bit harder lately. It might help to look at your plan, or to reach out to someone.',
  planLink: 'Look at your plan',
  /** When there is no plan yet: the way to start one instead. */
  noteNoPlan: 'Things seem a bit harder lately. It might help to write down what you can do in a hard moment, or to reach out to someone.',
  startPlanLink: 'Start your plan',
  peopleLink: 'Your people',
};
