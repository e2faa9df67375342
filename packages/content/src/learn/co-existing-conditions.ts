// Learn page: conditions that often come with self-harm, a few lines each, why treating them matters and where to get help.
import type { LearnPage } from './learn-page.ts';

export const coExistingConditions: LearnPage = {
  id: 'other-conditions',
  title: 'Other conditions that can come with self-harm',
  summary: 'Depression, anxiety, BPD, PTSD, eating disorders and substance use: what they are and why treating them helps.',
  written: '2026-11-30',
  topic: 'conditions',
  blocks: [
    {
      kind: 'paragraph',
      text: 'Self-harm often comes along with other mental health conditions. Treating them matters. When the condition gets better, self-harm can get easier to manage too. A diagnosis is a name for a pattern. It is not who you are.',
    },
    { kind: 'heading', text: 'Depression' },
    {
      kind: 'paragraph',
      text: 'Depression is more than a bad day. You may feel very low most of the time, stop enjoying things, and find it hard to look after yourself. Talking therapy helps, and sometimes medicine too.',
    },
    { kind: 'heading', text: 'Anxiety' },
    {
      kind: 'paragraph',
      text: 'Anxiety is worry or fear that does not go away and gets in the way of life. It can come as panic, fear of other people, or thoughts you cannot stop. CBT is often used, and it works well for many people.',
    },
    { kind: 'heading', text: 'Borderline personality disorder' },
    {
      kind: 'paragraph',
      text: 'This is also called emotionally unstable personality disorder. It means feelings come very strong and are hard to cope with, and relationships can feel hard. Talking therapies help most, such as DBT. Guidance in the UK says you should never be turned away from a service because of this diagnosis, or because you self-harm.',
    },
    { kind: 'heading', text: 'PTSD' },
    {
      kind: 'paragraph',
      text: 'Post-traumatic stress disorder can follow something frightening or painful. The memory comes back as flashbacks or nightmares. You may avoid reminders and find it hard to relax. Trauma-focused CBT and EMDR can help a lot.',
    },
    { kind: 'heading', text: 'Eating disorders' },
    {
      kind: 'paragraph',
      text: 'An eating disorder is when worry about food, weight or shape takes over your life. Eating disorders can be treated, and people do recover. If you have one, read the cautions before any body-based skill, and talk to your doctor.',
    },
    { kind: 'heading', text: 'Alcohol and drugs' },
    {
      kind: 'paragraph',
      text: 'Some people use alcohol or drugs to cope. Alcohol is often part of the moment before self-harm. It narrows your thinking, so other ways to cope are harder to see. Help for alcohol and drug use is there, and it can be part of your care.',
    },
    { kind: 'heading', text: 'Where to get help' },
    {
      kind: 'list',
      items: [
        'Start with your doctor. Tell them about everything you are facing, not only self-harm.',
        'Ask about a talking therapy. In England, NHS Talking Therapies can help with depression, anxiety and PTSD.',
        'For eating disorders in the UK, the charity Beat offers helplines and online support.',
      ],
    },
    { kind: 'tool', to: { screen: 'learn', id: 'getting-treatment' }, text: 'Read: asking for help' },
    { kind: 'tool', to: { screen: 'help' }, text: 'Get help now' },
  ],
  sources: [
    'nice-cg133-ifp',
    'nhs-scotland-self-harm',
    'nhs-self-harm-treatment',
    'mind-antidepressants',
    'mind-bpd-treatment',
    'nice-cg78',
    'nihr-emdr-ptsd',
    'health-in-mind-emdr',
    'nhs-talking-therapies',
    'beat-guide',
    'alcohol-self-harm-2019',
  ],
};
