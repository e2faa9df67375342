// The guide for the people who help: Learn pages for supporters, printed and shared with the "How to support
// me" card. In Ebb's own words from the cited sources; no method detail, no first aid beyond when and where to
// get help (as medical-help.ts), and no phone number beyond a verified crisis line's: a link to Help now stands
// for the numbers of the person's country, and on paper the card prints them in its place.
import type { LearnPage } from './learn-page.ts';

const written = '2026-11-30';

const whatItIs: LearnPage = {
  id: 'supporting-what-self-harm-is',
  title: 'What self-harm is, and what it is not',
  summary: 'Why people hurt themselves, and why there is real hope.',
  written,
  topic: 'for-supporters',
  blocks: [
    {
      kind: 'paragraph',
      text: 'Self-harm is when a person hurts themselves on purpose. For most people it is a way to cope with feelings that are too much to bear, like pain, anger, shame or feeling numb.',
    },
    {
      kind: 'paragraph',
      text: 'It is a sign that someone is struggling, and it deserves care. Anyone can self-harm, at any age. There is rarely one single reason.',
    },
    { kind: 'heading', text: 'What it is not' },
    {
      kind: 'list',
      items: [
        'It is not a sign that the person is bad, weak or broken.',
        'It is not your fault, and it is not theirs.',
        'It does not always mean they want to die. But self-harm can come with thoughts of suicide, so it is always right to ask how they are.',
      ],
    },
    {
      kind: 'paragraph',
      text: 'Many people keep it hidden because they feel ashamed or scared of how others will react. If someone has told you, they trust you.',
    },
    { kind: 'heading', text: 'There is hope' },
    {
      kind: 'paragraph',
      text: 'Recovery is possible, and it is common. It is rarely a straight line, and slips can happen along the way. With practice, urges get weaker and other ways of coping get stronger.',
    },
    { kind: 'tool', to: { screen: 'learn', id: 'recovery' }, text: 'Read: what recovery is' },
  ],
  sources: ['nhs-self-harm', 'mind-friends-family', 'nice-ng225'],
};

const responding: LearnPage = {
  id: 'supporting-responding-calmly',
  title: 'Responding without panic or judgement',
  summary: 'What to do when you find out, or when they tell you.',
  written,
  topic: 'for-supporters',
  blocks: [
    {
      kind: 'paragraph',
      text: 'Finding out can be a shock. You may feel scared, sad, angry or guilty. Those feelings are normal. How you react can make it easier, or harder, for them to talk to you again.',
    },
    { kind: 'heading', text: 'What helps' },
    {
      kind: 'list',
      items: [
        'Take a slow breath before you speak. Try to stay calm and kind.',
        'Listen more than you talk. You don’t need to have the answers or fix it.',
        'Ask what would help right now, and what they want to happen next.',
        'Show that you care about any injury, and see the whole person, not only the self-harm.',
        'Notice the good things about them and the things they are doing well.',
      ],
    },
    { kind: 'heading', text: 'What tends not to help' },
    {
      kind: 'list',
      items: [
        'Shouting, threats or punishment.',
        'Making rules about it, or checking up on them all the time.',
        'Telling other people before you have talked with them, unless their life is in danger.',
      ],
    },
    {
      kind: 'paragraph',
      text: 'Let them lead the choices about their own care where you can. Feeling in control is part of getting better.',
    },
    { kind: 'tool', to: { screen: 'support-card' }, text: 'Their “How to support me” card says what helps them to hear' },
  ],
  sources: ['mind-friends-family', 'nice-ng225'],
};

const noPromise: LearnPage = {
  id: 'supporting-no-promises',
  title: 'Why not to ask them to stop straight away',
  summary: 'Why a promise to stop can make things harder, and what to ask for instead.',
  written,
  topic: 'for-supporters',
  blocks: [
    {
      kind: 'paragraph',
      text: 'It is natural to want it to stop right now. But asking for a promise to stop often makes things harder.',
    },
    {
      kind: 'list',
      items: [
        'Self-harm is often how a person copes. Taking it away before they have other ways to cope can leave them with nothing.',
        'A promise they can’t keep can lead to hiding it, and to more shame.',
        'Fear of letting you down can stop them from asking for help when they need it most.',
      ],
    },
    { kind: 'heading', text: 'What to ask for instead' },
    {
      kind: 'list',
      items: [
        'Ask them to talk to you, or to someone else they trust, when things get hard.',
        'Help them find other ways to cope, and try the things in their plan together.',
        'Encourage each small step, even if the self-harm has not stopped yet.',
      ],
    },
    {
      kind: 'paragraph',
      text: 'Recovery takes time. A slip is not a failure, and it does not wipe out the progress they have made. Be patient with them, and with yourself.',
    },
    { kind: 'tool', to: { screen: 'learn', id: 'after-a-slip' }, text: 'Read: after a slip' },
  ],
  sources: ['mind-friends-family', 'nhs-self-harm'],
};

const askingAboutSuicide: LearnPage = {
  id: 'supporting-asking-about-suicide',
  title: 'Asking about suicide',
  summary: 'Asking plainly about thoughts of suicide does not put the idea in their head.',
  written,
  topic: 'for-supporters',
  blocks: [
    {
      kind: 'paragraph',
      text: 'Self-harm and suicide are not the same thing. But some people who self-harm also have thoughts of ending their life. If you are worried, ask.',
    },
    {
      kind: 'paragraph',
      text: 'Asking plainly about suicide does not put the idea in someone’s head. Studies have found that asking does not make those thoughts worse, and talking about them may even help.',
    },
    { kind: 'heading', text: 'How to ask' },
    {
      kind: 'list',
      items: ['“Are you having thoughts of suicide?”', '“Are you thinking about ending your life?”'],
    },
    {
      kind: 'paragraph',
      text: 'Use clear words like these. A plain question shows you can hear the answer.',
    },
    { kind: 'heading', text: 'If they say yes' },
    {
      kind: 'list',
      items: [
        'Stay calm and listen. Thank them for telling you.',
        'Ask if they feel safe right now.',
        'Help them use their plan, or contact a crisis line together.',
        'If they are not safe right now, call the emergency number and stay with them if you can.',
      ],
    },
    {
      kind: 'paragraph',
      text: 'If they say no, you have still shown them that they can talk to you about anything.',
    },
    { kind: 'tool', to: { screen: 'help' }, text: 'Crisis lines for this country are in Help now' },
  ],
  sources: ['dazzi-2014', 'polihronis-2020', 'nice-ng225'],
};

const medicalCare: LearnPage = {
  id: 'supporting-medical-care',
  title: 'Helping with medical care',
  summary: 'When an injury needs a doctor or nurse, and how to help them get there.',
  written,
  topic: 'for-supporters',
  blocks: [
    {
      kind: 'paragraph',
      text: 'If they are hurt, ask if they want help with it. Stay calm and kind: they may feel ashamed, and fear of your reaction can stop them from getting care.',
    },
    { kind: 'heading', text: 'When to get it checked' },
    {
      kind: 'list',
      items: [
        'Some injuries need a doctor or nurse, even if they look small. Get it checked soon if it might need stitches.',
        'Get it looked at if it becomes more red, hot, swollen or painful, or they feel feverish.',
        'A burn that is large, deep, or on the face or hands needs medical help.',
        'Swallowing too much of any medicine, or anything harmful, always needs urgent medical help, even if they feel fine. The harm can be hidden and come later.',
      ],
    },
    {
      kind: 'paragraph',
      text: 'You can offer to go with them. Staff should treat them with care and respect, and talk with them about how they feel and what help they want next.',
    },
    { kind: 'tool', to: { screen: 'help' }, text: 'Help now says when and where to get medical help' },
  ],
  sources: ['nhs-self-harm-getting-help', 'nice-ng225'],
};

const emergency: LearnPage = {
  id: 'supporting-emergency',
  title: 'In an emergency',
  summary: 'When to call the emergency number, and what to do while you wait.',
  written,
  topic: 'for-supporters',
  blocks: [
    { kind: 'heading', text: 'Call the emergency number now if' },
    {
      kind: 'list',
      items: [
        'they are badly hurt, or an injury won’t stop bleeding',
        'they are very drowsy or confused, or find it hard to breathe',
        'they have swallowed too much of any medicine or anything harmful',
        'their life is in danger, or they can’t keep themselves safe right now',
      ],
    },
    { kind: 'tool', to: { screen: 'help' }, text: 'The emergency number and crisis lines are in Help now' },
    { kind: 'heading', text: 'While you wait' },
    {
      kind: 'list',
      items: [
        'Stay with them if you can do so safely. If you can’t, ask someone else to.',
        'Tell them what you are doing and why.',
        'You don’t have to keep a secret when a life is in danger.',
      ],
    },
    {
      kind: 'paragraph',
      text: 'When it is not an emergency but you are worried, a crisis line can help you think about what to do next.',
    },
  ],
  sources: ['nhs-self-harm-getting-help', 'nice-ng225', 'mind-friends-family'],
};

const lookingAfterYourself: LearnPage = {
  id: 'supporting-looking-after-yourself',
  title: 'Looking after yourself',
  summary: 'Supporting someone is hard. Your own feelings matter too.',
  written,
  topic: 'for-supporters',
  blocks: [
    {
      kind: 'paragraph',
      text: 'Supporting someone who self-harms can be hard and tiring. You can’t make someone stop, and it is not your fault if they don’t. Your care still makes a real difference.',
    },
    {
      kind: 'list',
      items: [
        'Talk to someone you trust about how you feel, while keeping their private things private.',
        'Take breaks. Eat, sleep, and keep doing things you enjoy.',
        'Be honest about what you can and can’t do. It is fine to set limits kindly.',
        'Share the load. They can have more than one person to turn to, and professional help too.',
      ],
    },
    {
      kind: 'paragraph',
      text: 'If you feel low or can’t cope, talk to your own doctor, or to a support line. You deserve support too.',
    },
    { kind: 'tool', to: { screen: 'support-card' }, text: 'Their “How to support me” card says what helps, so you don’t have to guess' },
  ],
  sources: ['mind-friends-family'],
};

const whereToGetHelp: LearnPage = {
  id: 'supporting-where-to-get-help',
  title: 'Where you can get support',
  summary: 'Places that help family, friends and carers.',
  written,
  topic: 'for-supporters',
  blocks: [
    {
      kind: 'paragraph',
      text: 'You don’t have to work this out alone. These places help the people who care for someone:',
    },
    {
      kind: 'list',
      items: [
        'UK: the YoungMinds Parents Helpline gives free advice to parents and carers worried about a young person under 25 (youngminds.org.uk).',
        'US: the NAMI HelpLine supports family, friends and carers of people with mental health problems (nami.org).',
        'US: 988 is there to help you support someone you love, and to support you too.',
      ],
    },
    {
      kind: 'paragraph',
      text: 'Anywhere: your own doctor can help you, and you can contact a crisis line for yourself, too.',
    },
    { kind: 'tool', to: { screen: 'help' }, text: 'Crisis lines for each country are in Help now' },
  ],
  sources: ['youngminds-parents-helpline', 'nami-helpline', 'oregon-988', 'mind-friends-family'],
};

/** The guide, in reading order: what to do in an emergency first, then the rest. */
export const supporterGuide: readonly LearnPage[] = [
  // First, so a supporter holding the paper in a crisis finds it without reading the rest.
  emergency,
  whatItIs,
  responding,
  noPromise,
  askingAboutSuicide,
  medicalCare,
  lookingAfterYourself,
  whereToGetHelp,
];
