// Learn page: after a slip — a signal to adjust the plan, not a failure; links to the slip flow and the plan.
import type { LearnPage } from './learn-page.ts';

export const afterASlip: LearnPage = {
  id: 'after-a-slip',
  title: 'After a slip',
  summary: 'A slip is a signal to adjust your plan, not a sign of failure.',
  written: '2026-11-30',
  topic: 'recovery',
  blocks: [
    {
      kind: 'paragraph',
      text: 'If you have hurt yourself again, first look after your body. If you are hurt, or not sure, get medical help now.',
    },
    { kind: 'tool', to: { screen: 'help' }, text: 'Get help now' },
    { kind: 'heading', text: 'A slip is not the end' },
    {
      kind: 'paragraph',
      text: 'Slips are a common part of recovery. A slip does not wipe out the days, the skills or the progress that came before it. You have not gone back to the start.',
    },
    {
      kind: 'paragraph',
      text: 'After a slip, many people think "I have blown it, so what is the point?" That thought is common, and it is not true. It is the thought that turns one hard moment into many. You can stop and start again from here.',
    },
    { kind: 'heading', text: 'A signal, not a failure' },
    {
      kind: 'paragraph',
      text: 'A slip can show you what your plan is missing. When you feel calmer, it can help to look back, kindly, at what happened.',
    },
    {
      kind: 'list',
      items: [
        'What was going on before it? Was there a trigger?',
        'What were you feeling, and what did you need?',
        'Which part of your plan did you try, and what got in the way?',
        'What could you try next time, or who could you reach out to?',
      ],
    },
    { kind: 'tool', to: { screen: 'slip' }, text: 'Note a slip, if you want to' },
    {
      kind: 'paragraph',
      text: 'Then change your plan to fit what you learned. Plans work best when they grow with you.',
    },
    { kind: 'tool', to: { screen: 'plan' }, text: 'Look at my plan' },
    { kind: 'heading', text: 'Be kind to yourself' },
    {
      kind: 'paragraph',
      text: 'Blaming yourself tends to make the next hard moment harder, not easier. Try to talk to yourself as you would talk to a friend who slipped. You are still in recovery.',
    },
    { kind: 'tool', to: { screen: 'skill', id: 'self-compassion-break' }, text: 'Try a self-compassion break' },
  ],
  sources: ['sirr-recovery', 'marlatt-gordon-1985', 'stanley-brown-2012', 'nhs-self-harm'],
};
