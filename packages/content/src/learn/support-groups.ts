// Learn page: support groups and peer support — what they are, how to find safe ones, and national services a source confirms.
import type { LearnPage } from './learn-page.ts';

export const supportGroups: LearnPage = {
  id: 'support-groups',
  title: 'Support groups and peer support',
  summary: 'Talking with people who understand can help. Here is how to find a safe group.',
  written: '2026-11-30',
  topic: 'support',
  blocks: [
    {
      kind: 'paragraph',
      text: 'Peer support means help from people who have been through something like you. It can be a group that meets in person, or an online forum. Many people say it helps them feel less alone, and gives them hope and new ideas.',
    },
    { kind: 'heading', text: 'How to find a safe group' },
    {
      kind: 'paragraph',
      text: 'Some spaces help, and some can make urges worse. The main worry people name is seeing things that set off their own urges. A safer group has these things:',
    },
    {
      kind: 'list',
      items: [
        'It is run or moderated by trained people, who remove harmful posts.',
        'It has clear rules, such as no pictures of injuries and no details of how people hurt themselves.',
        'It is focused on recovery and coping, not on keeping self-harm going.',
        'It says what to do in a crisis, and does not pretend to be a crisis service.',
        'It lets you stay private, and lets you mute or hide what upsets you.',
      ],
    },
    {
      kind: 'paragraph',
      text: 'Notice how you feel after you visit. If a space leaves you feeling worse, or more drawn to self-harm, it is fine to leave it.',
    },
    { kind: 'heading', text: 'Some national services' },
    {
      kind: 'list',
      items: [
        'UK: Side by Side, an online community run by the charity Mind. It is moderated every day from morning until midnight.',
        'UK: the selfharmUK community, where posts are moderated to keep the focus on recovery.',
        'Australia: the Beyond Blue forums, where you can post without your name and all posts are checked by moderators.',
        'United States: NAMI Connection, free weekly groups led by trained peers who live with a mental health condition.',
      ],
    },
    {
      kind: 'paragraph',
      text: 'In other places, your doctor or a local mental health charity may know of a group near you. Peer support works best alongside your plan and your care, not instead of them.',
    },
    { kind: 'tool', to: { screen: 'contacts' }, text: 'Add a group to my people' },
    { kind: 'tool', to: { screen: 'help' }, text: 'Crisis lines near me' },
    { kind: 'tool', to: { screen: 'learn', id: 'talking-online-safely' }, text: 'Read: talking online safely' },
  ],
  sources: ['abou-seif-2022', 'mind-side-by-side', 'selfharmuk-moderation', 'beyond-blue-forums', 'nami-connection', 'samaritans-online-safely'],
};
