// The sections of "My plan", in the order they are used: the Stanley–Brown safety plan adapted for
// self-harm (docs/clinical-rules.md, "The plan"). A person moves down the steps only if the one above did not help.
// Each section has a plain title, why it helps, a prompt, and suggestions to tap or adapt, each with its
// source. Written in Ebb's own words. No suggestion names, ranks or describes a way of self-harming.
import type { ReferenceId } from './references.ts';
import type { PlanSectionId, TriggerKind } from './plan-section-ids.ts';

export interface Suggestion {
  text: string;
  source: ReferenceId;
  /** People I can ask: a suggestion of who to ask, or of a message to send them. */
  use?: 'who' | 'message';
  /** Triggers: which kind of trigger it is. */
  kind?: TriggerKind;
  /** What self-harm does for me: other ways to meet the same need. */
  otherWays?: string;
}

export interface PlanSection {
  id: PlanSectionId;
  /** Short, in the person's voice where it fits. */
  title: string;
  whyItHelps: string;
  prompt: string;
  /** A step of the safety plan that Ebb leads through in a hard moment (the others support them). */
  step: boolean;
  suggestions: readonly Suggestion[];
}

export const planSections: readonly PlanSection[] = [
  {
    id: 'warning-signs',
    title: 'My warning signs',
    whyItHelps: 'Knowing your own early signs tells you when to open your plan, before things get harder.',
    prompt: 'What thoughts, feelings, situations or things you do tell you a hard time is starting?',
    step: true,
    suggestions: [
      { text: 'Feeling numb or far away from everything', source: 'stanley-brown-2012' },
      { text: 'Not sleeping, or sleeping much more than usual', source: 'nhs-self-harm' },
      { text: 'Pulling away from people', source: 'nhs-self-harm' },
      { text: 'Thoughts like “I deserve this” or “nothing will help”', source: 'stanley-brown-2012' },
      { text: 'A build-up of tension I can’t put into words', source: 'mind-self-harm' },
      { text: 'Being alone at night with nothing to do', source: 'stanley-brown-2012' },
      { text: 'Hiding how I feel from people close to me', source: 'nhs-self-harm' },
    ],
  },
  {
    id: 'on-my-own',
    title: 'Things I can do on my own',
    whyItHelps: 'Having a few things ready that you can do alone, anywhere, helps you ride out an urge until it eases.',
    prompt: 'What helps you calm down or get through a few minutes, without needing anyone else?',
    step: true,
    suggestions: [
      { text: 'Hold an ice cube wrapped in a cloth', source: 'mind-self-harm' },
      { text: 'Breathe out more slowly than I breathe in, for two minutes', source: 'linehan-2015' },
      { text: 'Name five things I can see and four things I can touch', source: 'linehan-2015' },
      { text: 'Put on a song I love and sing along', source: 'mind-self-harm' },
      { text: 'Go for a brisk walk, or dance to one song', source: 'mind-self-harm' },
      { text: 'Write down what I feel, then tear the paper up', source: 'mind-self-harm' },
      { text: 'Draw on my skin with a washable marker', source: 'mind-self-harm' },
      { text: 'Wait ten minutes, then decide again', source: 'marlatt-gordon-1985' },
    ],
  },
  {
    id: 'people-and-places',
    title: 'People and places that take my mind off things',
    whyItHelps: 'Being around others can ease an urge even if you don’t tell them anything.',
    prompt: 'Who could you spend time with, and where could you go, just for company?',
    step: true,
    suggestions: [
      { text: 'Sit with someone at home, even without talking', source: 'stanley-brown-2012' },
      { text: 'Go to a café, library or park where other people are', source: 'stanley-brown-2012' },
      { text: 'Message a friend about something ordinary', source: 'stanley-brown-2012' },
      { text: 'Play a game online with people I know', source: 'stanley-brown-2012' },
      { text: 'Visit a neighbour, a relative or a friend', source: 'stanley-brown-2012' },
    ],
  },
  {
    id: 'people-to-ask',
    title: 'People I can ask for help',
    whyItHelps: 'Deciding now who to ask, and what to say, makes reaching out much easier when it is hard to find words.',
    prompt: 'Who could you tell that you are struggling? Add their number and a message you could send.',
    step: true,
    suggestions: [
      { text: 'A family member I trust', source: 'stanley-brown-2012', use: 'who' },
      { text: 'A friend who listens', source: 'stanley-brown-2012', use: 'who' },
      { text: 'A teacher, school nurse or counsellor', source: 'nice-ng225', use: 'who' },
      { text: 'A youth worker, coach or faith leader', source: 'stanley-brown-2012', use: 'who' },
      { text: 'I’m having a hard time. Can you call me?', source: 'stanley-brown-2012', use: 'message' },
      { text: 'Can you come over? I don’t want to be on my own right now.', source: 'stanley-brown-2012', use: 'message' },
      { text: 'I’m not okay. Can we talk?', source: 'stanley-brown-2012', use: 'message' },
    ],
  },
  {
    id: 'professionals',
    title: 'Professionals and crisis services',
    whyItHelps: 'If the steps above have not helped, trained people are there to help, day and night.',
    prompt: 'Add your own doctor, therapist or care team, and their out-of-hours number. The crisis lines for your country are included.',
    step: true,
    suggestions: [
      { text: 'My GP or family doctor', source: 'nice-ng225' },
      { text: 'My therapist, counsellor or key worker', source: 'nice-ng225' },
      { text: 'The out-of-hours number of my care team', source: 'stanley-brown-2012' },
      { text: 'The urgent care or walk-in centre near me', source: 'stanley-brown-2012' },
      { text: 'My school, college or university counselling service', source: 'nice-ng225' },
    ],
  },
  {
    id: 'safer-space',
    title: 'Making my space safer',
    whyItHelps: 'Putting time and distance between you and an urge gives it room to pass. This step is your choice, in your own words.',
    prompt: 'Is there anything you would like to do, or ask someone to do, to make your space safer for now? You can skip this.',
    step: true,
    suggestions: [
      { text: 'Ask someone I trust to look after some things for me for a while', source: 'stanley-brown-2012' },
      { text: 'Put things I might hurt myself with somewhere hard to get to', source: 'stanley-brown-2012' },
      { text: 'Go to a room where other people are', source: 'stanley-brown-2012' },
      { text: 'Keep the lights on and the door open', source: 'stanley-brown-2012' },
    ],
  },
  {
    id: 'reasons',
    title: 'My reasons for recovery',
    whyItHelps: 'Remembering what matters to you can carry you through a hard moment.',
    prompt: 'What matters most to you? What are you looking forward to, or working towards?',
    step: false,
    suggestions: [
      { text: 'The people and pets who love me', source: 'stanley-brown-2012' },
      { text: 'Things I still want to do and see', source: 'stanley-brown-2012' },
      { text: 'Feeling proud of getting through hard moments', source: 'marlatt-gordon-1985' },
      { text: 'Being kinder to my future self', source: 'stanley-brown-2012' },
      { text: 'My beliefs or my faith', source: 'stanley-brown-2012' },
    ],
  },
  {
    id: 'triggers',
    title: 'My triggers',
    whyItHelps: 'Knowing what tends to set off an urge lets you plan for it, or spot it early.',
    prompt: 'What tends to come before an urge? Think about feelings, situations, other people, and your body.',
    step: false,
    suggestions: [
      { text: 'Feeling rejected or not good enough', source: 'nhs-self-harm', kind: 'feeling' },
      { text: 'Shame after a mistake', source: 'nhs-self-harm', kind: 'feeling' },
      { text: 'Exams, deadlines or anniversaries', source: 'nhs-self-harm', kind: 'situation' },
      { text: 'Being alone late at night', source: 'nhs-self-harm', kind: 'situation' },
      { text: 'Arguments, being left out or bullied', source: 'nhs-self-harm', kind: 'people' },
      { text: 'Things I see online', source: 'nice-ng225', kind: 'people' },
      { text: 'Being exhausted, hungry or unwell', source: 'linehan-2015', kind: 'body' },
      { text: 'Alcohol or drugs', source: 'nice-ng225', kind: 'body' },
    ],
  },
  {
    id: 'what-it-does',
    title: 'What self-harm does for me, and other ways to meet that need',
    whyItHelps: 'Self-harm often meets a real need. Naming the need helps you find other ways to meet it.',
    prompt: 'What does self-harm give you in the moment? What else could give you some of that?',
    step: false,
    suggestions: [
      { text: 'Relief from overwhelming feelings', otherWays: 'A brisk walk, squeezing a stress ball, shouting into a pillow', source: 'mind-self-harm' },
      { text: 'Feeling something when I feel numb', otherWays: 'A strong taste like sour sweets, a cold shower, holding ice', source: 'mind-self-harm' },
      { text: 'Punishing myself', otherWays: 'Writing what I would say to a friend who felt this way', source: 'linehan-2015' },
      { text: 'Showing how bad things are', otherWays: 'Telling someone, or calling a crisis line', source: 'nhs-self-harm' },
      { text: 'Feeling in control', otherWays: 'Finishing one small task, or planning tomorrow', source: 'mind-self-harm' },
    ],
  },
  {
    id: 'first-step',
    title: 'When I can’t read much, do this first',
    whyItHelps: 'In the hardest moments, one short line is easier to follow than a whole plan. It is shown first.',
    prompt: 'One short thing to do first. You can change it any time.',
    step: false,
    suggestions: [
      { text: 'Breathe out slowly, then open Help now', source: 'linehan-2015' },
      { text: 'Go to where people are, then text someone', source: 'stanley-brown-2012' },
      { text: 'Hold something cold, then call someone', source: 'mind-self-harm' },
    ],
  },
];

/** What could get in the way of using the plan, each with an idea to get past it. */
export interface Barrier {
  barrier: string;
  idea: string;
  source: ReferenceId;
}

export const planBarriers: readonly Barrier[] = [
  {
    barrier: 'I won’t remember it when things are bad',
    idea: 'Keep your “do this first” line short, and add Ebb to your home screen.',
    source: 'stanley-brown-2012',
  },
  { barrier: 'I won’t feel like doing anything', idea: 'Start with the smallest step on the list. Doing one thing is enough.', source: 'stanley-brown-2012' },
  {
    barrier: 'I don’t want to bother anyone',
    idea: 'People who care usually want to be asked. Write the message now, so it is ready.',
    source: 'stanley-brown-2012',
  },
  { barrier: 'Someone might see it', idea: 'Set a passcode, and turn on discreet mode in Privacy and security.', source: 'stallard-2018' },
  {
    barrier: 'I don’t think it will work',
    idea: 'Try one step and notice what happens. Plans get better each time you change them.',
    source: 'marlatt-gordon-1985',
  },
];
