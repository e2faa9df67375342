// What the gentle note on Home says, in Spanish (mirror of en-nudge.ts).
import type { NudgeMessages } from './en-nudge.ts';
export const esNudge: NudgeMessages = {
  note: 'Parece que las cosas están un poco más difíciles últimamente. Quizá te ayude mirar tu plan o hablar con alguien.',
  planLink: 'Mirar tu plan',
  noteNoPlan:
    'Parece que las cosas están un poco más difíciles últimamente. Quizá te ayude escribir lo que puedes hacer en un momento difícil, o hablar con alguien.',
  startPlanLink: 'Empezar tu plan',
  peopleLink: 'Tu gente',
};
