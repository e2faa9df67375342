// Learn page: triggers and what self-harm does for a person, with links to the plan's triggers and what-it-does parts.
import type { LearnPage } from './learn-page.ts';

export const triggersAndWhatItDoes: LearnPage = {
  id: 'triggers-and-what-it-does',
  title: 'Triggers, and what self-harm does for you',
  summary: 'Knowing what sets off an urge, and what need it meets, helps you find other ways through.',
  written: '2026-11-30',
  topic: 'understanding',
  blocks: [
    {
      kind: 'paragraph',
      text: 'Self-harm usually makes sense when you look closely. It often starts as a way to get through feelings that seem too big. Knowing your own pattern is not about blame. It helps you plan.',
    },
    { kind: 'heading', text: 'Triggers' },
    {
      kind: 'paragraph',
      text: 'A trigger is something that makes an urge more likely. It can be hard to spot at first. Triggers often come in four kinds:',
    },
    {
      kind: 'list',
      items: [
        'Feelings, like shame, anger, loneliness or feeling empty.',
        'Situations, like a date that is hard, being alone at night, or stress at school or work.',
        'People, like a fight, being left out, or a hard message.',
        'Your body, like being tired, hungry, unwell or in pain.',
      ],
    },
    {
      kind: 'paragraph',
      text: 'Once you know a trigger, you can plan for it. You might avoid it for a while, get ready for it, or ask someone to be with you.',
    },
    { kind: 'tool', to: { screen: 'plan-part', section: 'triggers' }, text: 'Write down my triggers' },
    { kind: 'heading', text: 'What it does for you' },
    {
      kind: 'paragraph',
      text: 'Research finds that self-harm most often brings quick relief from strong, painful feelings. For some people it is a way to punish themselves. Others use it to feel something when they feel numb, to feel in control, or to show pain they cannot put into words.',
    },
    {
      kind: 'paragraph',
      text: 'The relief is real, but it is short. The need behind it is real too, and it deserves care. The aim is to meet that same need in a way that does not hurt you.',
    },
    {
      kind: 'list',
      items: [
        'If you need relief from a feeling that is too much, try slow breathing, or a TIP skill (read its cautions first).',
        'If you feel numb, try a strong taste or smell, or holding ice in a cloth.',
        'If you want to punish yourself, try being kind to yourself for one minute.',
        'If you need to show how bad it is, try writing, drawing, or telling one person.',
      ],
    },
    { kind: 'tool', to: { screen: 'plan-part', section: 'what-it-does' }, text: 'Write what it does for me' },
    { kind: 'tool', to: { screen: 'skills' }, text: 'Find a skill for how I feel' },
  ],
  sources: ['klonsky-2007', 'nhs-self-harm', 'mind-helping-yourself', 'stanley-brown-2012', 'linehan-2015'],
};
