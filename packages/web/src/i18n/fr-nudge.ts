// What the gentle note on Home says, in French (mirror of en-nudge.ts).
import type { NudgeMessages } from './en-nudge.ts';
export const frNudge: NudgeMessages = {
  note: 'Ça semble un peu plus difficile ces temps-ci. Ça pourrait t’aider de regarder ton plan, ou de parler à quelqu’un.',
  planLink: 'Voir ton plan',
  noteNoPlan:
    'Ça semble un peu plus difficile ces temps-ci. Ça pourrait t’aider de noter ce que tu peux faire dans un moment difficile, ou de parler à quelqu’un.',
  startPlanLink: 'Commencer ton plan',
  peopleLink: 'Tes proches',
};
