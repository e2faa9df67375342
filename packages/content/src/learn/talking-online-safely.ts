// Learn page: talking about self-harm online safely, after the #chatsafe guidelines (Orygen) and Samaritans' advice.
import type { LearnPage } from './learn-page.ts';

export const talkingOnlineSafely: LearnPage = {
  id: 'talking-online-safely',
  title: 'Talking about self-harm online, safely',
  summary: 'How to share your story, help a friend and protect yourself online, from the #chatsafe guidelines.',
  written: '2026-11-30',
  topic: 'support',
  blocks: [
    {
      kind: 'paragraph',
      text: 'Talking online can help you feel less alone. It can also be upsetting, for you or for others. The #chatsafe guidelines were made by Orygen, together with young people, to help everyone talk about self-harm and suicide more safely online.',
    },
    { kind: 'heading', text: 'Before you post' },
    {
      kind: 'list',
      items: [
        'Pause and ask yourself why you want to post, and how it could affect the people who see it.',
        'Remember that posts can spread far, and can stay online for good.',
        'Only share personal details you are happy for anyone to know.',
      ],
    },
    { kind: 'heading', text: 'Sharing your own story' },
    {
      kind: 'list',
      items: [
        'Put a content warning at the start, so people can choose whether to read on.',
        'Never share pictures of injuries or details of how you hurt yourself. They can upset others and make it harder for them to stay safe.',
        'Talk about how you feel and what helps you get through.',
        'Add where people can get help, such as a crisis line.',
      ],
    },
    { kind: 'heading', text: 'If you are worried about someone' },
    {
      kind: 'list',
      items: [
        'Talk to them directly, by message or in person, before you post about them.',
        'If they may be in danger right now, urge them to call the emergency number, or contact someone close to them. If you cannot reach anyone, call the emergency number yourself.',
        'Tell an adult or a friend you trust, and report the post to the site.',
        'Set limits on the help you can give, and do not put yourself in danger.',
      ],
    },
    { kind: 'heading', text: 'Looking after yourself online' },
    {
      kind: 'paragraph',
      text: 'You can mute words, unfollow or block accounts, and report posts that upset you. Take a break when you need one. Seeing a lot of hard posts can affect how you feel, even if you are doing well.',
    },
    { kind: 'tool', to: { screen: 'help' }, text: 'Crisis lines near me' },
    { kind: 'tool', to: { screen: 'learn', id: 'support-groups' }, text: 'Read: finding a safe group' },
  ],
  sources: ['orygen-chatsafe', 'orygen-chatsafe-responding', 'samaritans-online-safely'],
};
