// Learn page: what recovery from self-harm is, why it is rarely a straight line, and that many people stop or cut down.
import type { LearnPage } from './learn-page.ts';

export const recovery: LearnPage = {
  id: 'recovery',
  title: 'What recovery is',
  summary: 'Recovery is possible and common. It takes time, and it is rarely a straight line.',
  written: '2026-11-30',
  topic: 'recovery',
  blocks: [
    {
      kind: 'paragraph',
      text: 'Recovery from self-harm is possible, and it is common. A large study followed young people for many years. Most of those who self-harmed as teenagers had stopped by the time they were young adults. Whatever your age, change is possible.',
    },
    { kind: 'heading', text: 'Recovery means different things' },
    {
      kind: 'paragraph',
      text: 'For some people, recovery means stopping. For others, it means doing it less, or less often, or finding it easier to wait. All of these count. You get to choose what recovery means for you, and it can change over time.',
    },
    {
      kind: 'paragraph',
      text: 'Recovery is also more than stopping. It is about finding other ways to cope with strong feelings, and building a life that feels worth looking after.',
    },
    { kind: 'heading', text: 'It is rarely a straight line' },
    {
      kind: 'paragraph',
      text: 'Most people have ups and downs along the way. There may be good weeks, then a hard day. A hard day is not a failure, and it does not send you back to the start. Everything you have learned is still yours.',
    },
    {
      kind: 'paragraph',
      text: 'A hard time can even teach you something. It can show you a trigger you had not seen, or a new skill worth trying, or a person you could reach out to.',
    },
    { kind: 'tool', to: { screen: 'learn', id: 'after-a-slip' }, text: 'Read: after a slip' },
    { kind: 'heading', text: 'Urges can get weaker' },
    {
      kind: 'paragraph',
      text: 'Urges rise, peak and fall, like a wave. Each time you ride one out, you learn that you can. With practice, many people find urges come less often and pass more quickly.',
    },
    { kind: 'tool', to: { screen: 'skill', id: 'urge-surfing' }, text: 'Try urge surfing' },
    { kind: 'heading', text: 'You do not have to do it alone' },
    {
      kind: 'paragraph',
      text: 'Change takes time, so be patient with yourself. A plan for hard moments, people you trust and help from a professional can all make the road easier.',
    },
    { kind: 'tool', to: { screen: 'plan' }, text: 'Open my plan' },
  ],
  sources: ['sirr-recovery', 'moran-2012', 'bowen-mbrp-2011', 'nice-ng225'],
};
