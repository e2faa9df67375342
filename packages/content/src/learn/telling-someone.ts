// Learn page: telling someone about self-harm for the first time — who, how, and what may happen.
import type { LearnPage } from './learn-page.ts';

export const tellingSomeone: LearnPage = {
  id: 'telling-someone',
  title: 'Telling someone for the first time',
  summary: 'Who to tell, how to start, and what to do if it does not go as you hoped.',
  written: '2026-11-30',
  topic: 'support',
  blocks: [
    {
      kind: 'paragraph',
      text: 'Telling someone can feel scary. You may worry about being judged, or about upsetting them. Many people keep self-harm to themselves for a long time. But sharing it can take some of the weight off you, and open the way to help.',
    },
    { kind: 'heading', text: 'Who to tell' },
    {
      kind: 'paragraph',
      text: 'Think about what you need. If you want someone to listen, choose a person who has been kind and calm before. If you want treatment, a doctor or a school nurse may be the best start. You do not have to tell everyone.',
    },
    { kind: 'heading', text: 'How to start' },
    {
      kind: 'list',
      items: [
        'Pick a time when you will not be rushed, and a place that feels private.',
        'If saying it out loud is hard, write it down, or send a message first.',
        'Say why you are telling them, and what would help. For example: "I just need you to listen."',
        'You choose how much to share. You do not have to give details.',
      ],
    },
    { kind: 'tool', to: { screen: 'support-card' }, text: 'Show them my support card' },
    { kind: 'heading', text: 'What may happen' },
    {
      kind: 'paragraph',
      text: 'People often feel shock, worry or sadness at first. That is usually because they care. Give them a little time. If you are under 18, a therapist, doctor or teacher may need to tell a parent or carer. You can ask them first what they would have to share.',
    },
    {
      kind: 'paragraph',
      text: 'If it does not go well, it does not mean you were wrong to tell. You still deserve support. Try someone else, or a helpline.',
    },
    { kind: 'tool', to: { screen: 'help' }, text: 'Find a helpline' },
    { kind: 'tool', to: { screen: 'plan-part', section: 'people-to-ask' }, text: 'Add people I can ask for help' },
  ],
  sources: ['sirr-reaching-out', 'sirr-recovery', 'bettis-2023'],
};
