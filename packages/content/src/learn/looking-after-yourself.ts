// Learn page: everyday self-care that makes hard moments less likely — sleep, food, movement, connection, alcohol and drugs.
import type { LearnPage } from './learn-page.ts';

export const lookingAfterYourself: LearnPage = {
  id: 'looking-after-yourself',
  title: 'Looking after yourself',
  summary: 'Sleep, food, movement and people make strong feelings easier to handle.',
  written: '2026-11-30',
  topic: 'self-care',
  blocks: [
    {
      kind: 'paragraph',
      text: 'When your body is tired, hungry or unwell, feelings hit harder. Small, steady care for your body and mind can make hard moments less likely, and easier to get through. Start with one small thing.',
    },
    { kind: 'heading', text: 'Sleep' },
    {
      kind: 'paragraph',
      text: 'Try to go to bed and get up at about the same time each day. Put screens away a while before bed, since their light can make it harder to fall asleep.',
    },
    { kind: 'heading', text: 'Food and drink' },
    {
      kind: 'paragraph',
      text: 'Eat regular meals and drink water through the day. It gives you steady energy and helps you focus. Notice how coffee and fizzy drinks with caffeine affect your mood.',
    },
    { kind: 'heading', text: 'Movement' },
    {
      kind: 'paragraph',
      text: 'Moving your body can lift your mood. A walk counts, and a few short walks add up. Find something you enjoy, like dancing, a game or time outside.',
    },
    { kind: 'heading', text: 'People' },
    {
      kind: 'paragraph',
      text: 'Time with people who are good for you helps. Send a message, share a meal or join a group. Doing something kind for someone else can help you feel better too.',
    },
    { kind: 'tool', to: { screen: 'contacts' }, text: 'See my people' },
    { kind: 'heading', text: 'Alcohol and drugs' },
    {
      kind: 'paragraph',
      text: 'Alcohol and drugs can seem to help for a moment, but they often make low moods and urges worse. Alcohol makes it harder to think of other ways to cope. If you want to drink less, your doctor can help.',
    },
    { kind: 'heading', text: 'Calm moments' },
    {
      kind: 'paragraph',
      text: 'Make room each day for something calming, like breathing, music or a hobby. Skills are easier to use in a crisis if you have practised them on calmer days.',
    },
    { kind: 'tool', to: { screen: 'skill', id: 'paced-breathing' }, text: 'Try paced breathing' },
    { kind: 'tool', to: { screen: 'check-in' }, text: 'Check in with myself' },
  ],
  sources: ['nimh-caring-mental-health', 'nhs-five-steps', 'linehan-2015', 'alcohol-self-harm-2019'],
};
