// Learn pages on treatment: DBT, other talking therapies, medication, getting treatment and what to do while waiting.
import type { LearnPage } from './learn-page.ts';

export const dbt: LearnPage = {
  id: 'dbt',
  title: 'DBT: skills for strong feelings',
  summary: 'Dialectical behaviour therapy teaches skills in four areas, in a group, one to one and by phone.',
  written: '2026-11-30',
  topic: 'treatment',
  blocks: [
    {
      kind: 'paragraph',
      text: 'DBT stands for dialectical behaviour therapy. It was made for people whose feelings get very strong, very fast, and who hurt themselves to cope. It is about two things at once: accepting yourself as you are, and learning to change.',
    },
    { kind: 'heading', text: 'Four kinds of skills' },
    {
      kind: 'list',
      items: [
        'Mindfulness: noticing what is going on, right now, without judging it.',
        'Distress tolerance: getting through a crisis without making it worse.',
        'Emotion regulation: understanding your feelings and making them less intense.',
        'Interpersonal effectiveness: asking for what you need and saying no, while keeping your self-respect.',
      ],
    },
    {
      kind: 'paragraph',
      text: 'Many of the skills in Ebb come from DBT, such as STOP, ACCEPTS, opposite action and radical acceptance.',
    },
    { kind: 'tool', to: { screen: 'skills' }, text: 'Open the skills' },
    { kind: 'heading', text: 'How it is given' },
    {
      kind: 'list',
      items: [
        'A skills group, most often once a week, where you learn and practise the skills.',
        'One-to-one sessions with your own therapist, to use the skills in your life.',
        'Phone coaching, so you can get help to use a skill in a hard moment.',
      ],
    },
    {
      kind: 'paragraph',
      text: 'Full DBT often lasts many months and asks a lot of you. Some services offer a shorter skills course. For young people who self-harm often and have very strong feelings, NICE in the UK says a version of DBT for teenagers can be considered.',
    },
    { kind: 'tool', to: { screen: 'learn', id: 'getting-treatment' }, text: 'Read: how to ask for treatment' },
  ],
  sources: ['linehan-2015', 'nice-ng225', 'mind-bpd-treatment', 'nhs-self-harm-treatment'],
};

export const talkingTherapies: LearnPage = {
  id: 'talking-therapies',
  title: 'Other talking therapies',
  summary: 'CBT, compassion-focused therapy, and trauma therapies such as EMDR: what each one does.',
  written: '2026-11-30',
  topic: 'treatment',
  blocks: [
    {
      kind: 'paragraph',
      text: 'Talking therapy has the best evidence of any treatment for self-harm. NICE in the UK recommends a talking therapy made for self-harm and fitted to the person. Here are some you may hear about.',
    },
    { kind: 'heading', text: 'CBT' },
    {
      kind: 'paragraph',
      text: 'Cognitive behavioural therapy looks at how your thoughts, feelings and actions link up. You and your therapist find the patterns that keep you stuck. Then you try new ways to think and act, and see what changes. It often has a set number of sessions.',
    },
    { kind: 'heading', text: 'Compassion-focused therapy' },
    {
      kind: 'paragraph',
      text: 'Compassion-focused therapy, or CFT, is for people who feel a lot of shame or are very hard on themselves. It helps you build a kinder voice inside, one that can calm you down instead of attacking you.',
    },
    { kind: 'tool', to: { screen: 'skill', id: 'self-compassion-break' }, text: 'Try a self-compassion break' },
    { kind: 'heading', text: 'Therapy for trauma' },
    {
      kind: 'paragraph',
      text: 'If hard things from the past keep coming back, as memories, nightmares or fear, trauma therapy can help. Two kinds are recommended for this by NICE: trauma-focused CBT and EMDR.',
    },
    {
      kind: 'paragraph',
      text: 'In EMDR, you bring a memory to mind while your eyes follow a moving light or hand, or while you feel taps. Over time the memory can feel less upsetting. You still remember it, but it does not hurt in the same way.',
    },
    {
      kind: 'paragraph',
      text: 'Trauma work is done at a pace you agree with your therapist. It often starts with skills to feel safe and steady first.',
    },
    { kind: 'tool', to: { screen: 'learn', id: 'getting-treatment' }, text: 'Read: how to ask for treatment' },
  ],
  sources: ['nice-ng225', 'nice-cg133-ifp', 'nhs-self-harm-treatment', 'cft-kennedy-pearson', 'health-in-mind-emdr'],
};

export const medication: LearnPage = {
  id: 'medication',
  title: 'Medication',
  summary: 'No medicine treats self-harm itself, but medicine can help with a condition that comes with it.',
  written: '2026-11-30',
  topic: 'treatment',
  blocks: [
    {
      kind: 'paragraph',
      text: 'There is no medicine that treats self-harm itself. Guidance in the UK says doctors should not offer medicine just to reduce self-harm.',
    },
    {
      kind: 'paragraph',
      text: 'But medicine can help with a condition that often comes with self-harm, such as depression or anxiety. When that condition gets better, self-harm can get easier to manage too.',
    },
    { kind: 'heading', text: 'What to expect' },
    {
      kind: 'list',
      items: [
        'Your doctor should tell you what the medicine is for, how long it may take to help, and what side effects to look out for.',
        'Medicines for depression most often take one to two weeks to start working.',
        'Talk to your doctor before you stop a medicine, even if you feel better.',
        'Tell your doctor if you feel worse, or if you have thoughts of ending your life.',
      ],
    },
    { kind: 'heading', text: 'Questions you can ask' },
    {
      kind: 'list',
      items: [
        'What is this medicine for, and how will I know it is working?',
        'What side effects are common, and what should I do if I get them?',
        'Can I have a talking therapy as well?',
        'How often will you check in with me?',
      ],
    },
    { kind: 'tool', to: { screen: 'learn', id: 'getting-treatment' }, text: 'Read: talking to a doctor' },
  ],
  sources: ['nice-ng225', 'nice-cg133-ifp', 'nhs-self-harm-treatment', 'mind-antidepressants', 'hse-antidepressants'],
};

export const gettingTreatment: LearnPage = {
  id: 'getting-treatment',
  title: 'Asking for help: doctors and therapists',
  summary: 'How to talk to a doctor, what they may ask, and how to find a therapist.',
  written: '2026-11-30',
  topic: 'treatment',
  blocks: [
    {
      kind: 'paragraph',
      text: 'Asking for help takes courage. A family doctor, called a GP in the UK, is often a good place to start. They will listen and talk with you about what could help.',
    },
    { kind: 'heading', text: 'Getting ready' },
    {
      kind: 'list',
      items: [
        'Write down what you want to say. You can read it out, or hand it over.',
        'Say what you want: someone to talk to, a therapy, or help with an injury.',
        'You can bring someone you trust with you.',
        'If the first answer is not right for you, you can ask again or see someone else.',
      ],
    },
    { kind: 'heading', text: 'What they may ask' },
    {
      kind: 'paragraph',
      text: 'They may ask what has led to self-harm, how you feel after, who you live with, what you have tried, and whether you have thoughts of ending your life. These questions are to find the right help for you. You can take your time, and say if something is hard to talk about.',
    },
    {
      kind: 'paragraph',
      text: 'Together you may make a care plan. It says what help you will get and how. It can include a talking therapy, medicine for another condition, or a support group.',
    },
    { kind: 'heading', text: 'Finding a therapist' },
    {
      kind: 'list',
      items: [
        'Your doctor can refer you to a mental health team or a therapy service.',
        'In England, adults can get free talking therapy for anxiety and depression from NHS Talking Therapies. You can find your local service on the NHS website.',
      ],
    },
    { kind: 'tool', to: { screen: 'learn', id: 'while-you-wait' }, text: 'Read: while you wait' },
    { kind: 'tool', to: { screen: 'support-card' }, text: 'Show my support card' },
  ],
  sources: ['nhs-self-harm-treatment', 'nice-ng225', 'nhs-talking-therapies'],
};

export const whileYouWait: LearnPage = {
  id: 'while-you-wait',
  title: 'While you wait for treatment',
  summary: 'Waiting lists are common. Here is what you can do in the meantime.',
  written: '2026-11-30',
  topic: 'treatment',
  blocks: [
    {
      kind: 'paragraph',
      text: 'Waiting for help can feel hard, especially once you have found the courage to ask. You are not forgotten, and there are things you can do now.',
    },
    {
      kind: 'list',
      items: [
        'Ask the service how long the wait may be, and what to do while you wait.',
        'Ask to go on a list for cancelled appointments, if they have one.',
        'Keep in touch with your doctor. Tell them if things get worse, or if you have thoughts of ending your life.',
        'Make or update your plan for hard moments, so it is ready when you need it.',
        'Practise one or two skills on calmer days, so they are easier to use in a hard moment.',
        'Let one person you trust know you are waiting, and how they can help.',
      ],
    },
    { kind: 'tool', to: { screen: 'plan' }, text: 'Open my plan' },
    { kind: 'tool', to: { screen: 'skills' }, text: 'Practise a skill' },
    {
      kind: 'paragraph',
      text: 'If you cannot keep yourself safe while you wait, do not wait. Get help now.',
    },
    { kind: 'tool', to: { screen: 'help' }, text: 'Get help now' },
  ],
  sources: ['west-coast-while-you-wait', 'stanley-brown-2012', 'nhs-self-harm-treatment'],
};
