// The skills library: DBT-informed skills practice for riding out an urge (docs/clinical-rules.md, "Skills"). Each has
// plain steps, why it helps, cautions where a skill involves the body, tags, how Ebb guides it, and its
// source. Written in Ebb's own words; the DBT handouts are paraphrased, never copied. No skill uses pain,
// and none names or describes a way of self-harming.
import type { Need } from './needs.ts';
import type { ReferenceId } from './references.ts';

/** The feelings a person can name when an urge comes (several allowed). */
export const feelings = ['anger', 'sadness', 'emptiness', 'anxiety', 'shame', 'loneliness', 'overwhelm', 'other'] as const;
export type Feeling = (typeof feelings)[number];

export const skillModules = ['distress-tolerance', 'mindfulness', 'emotion-regulation', 'reaching-out'] as const;
export type SkillModule = (typeof skillModules)[number];

/** The paced out-breath Ebb lets a person choose: never shorter than 5 seconds, so it stays longer than the in-breath. */
export const breathingLimits = { outMin: 5, outMax: 10 } as const;

/** How Ebb leads a skill in the moment. */
export type SkillGuide =
  /** Breathing paced by a timer; seconds for in, hold, out, hold. */
  | { kind: 'breathing'; pattern: readonly [number, number, number, number]; adjustable: boolean }
  /** 5-4-3-2-1: tap each thing as it is noticed. */
  | { kind: 'grounding' }
  /** A wave that rises, peaks and passes over 5, 10 or 15 minutes, with a gentle check each minute. */
  | { kind: 'urge-surf' }
  /** One timed stretch (temperature, intense exercise). */
  | { kind: 'timer'; seconds: number }
  /** The steps one at a time, each for a set time (paired muscle relaxation). */
  | { kind: 'timed-steps'; secondsEach: number }
  /** The steps one at a time, moved on by the person. */
  | { kind: 'steps' }
  /** Ideas to go through one card at a time. */
  | { kind: 'deck'; cards: ReadonlyArray<{ title: string; text: string }> }
  /** The person's own pros and cons, written while calm. */
  | { kind: 'pros-cons' }
  /** "Wait 5, 10 or 15 minutes." */
  | { kind: 'delay' }
  /** A message to someone from the plan. */
  | { kind: 'reach-out' };

export interface Skill {
  id: string;
  name: string;
  /** One line, shown on a suggestion card. */
  summary: string;
  whyItHelps: string;
  steps: readonly string[];
  /** Shown before the skill starts, until the person says they have read them (docs/clinical-rules.md rule 8). */
  cautions: readonly string[];
  feelings: readonly Feeling[];
  /**
   * The feelings this skill is matched to first (docs/clinical-rules.md, "Emotion-matched distraction"): anger → intense
   * movement and release; sadness → comfort and reaching out; emptiness → strong safe sensations; anxiety →
   * paced breathing and grounding; shame → self-compassion, opposite action, someone safe; loneliness →
   * reaching out. Always a subset of `feelings`.
   */
  firstFor: readonly Feeling[];
  /** The needs it can meet instead of self-harm (Calm Harm's kinds of activity: see needs.ts). */
  meets: readonly Need[];
  /** For calmer moments only: never suggested while an urge is strong (docs/clinical-rules.md, "Check the Facts …"). */
  calmerMomentsOnly?: true;
  module: SkillModule;
  /** Best somewhere private (it would be noticed in public). */
  needsPrivacy: boolean;
  /** Needs nothing but the person: no water, no objects, no other people. */
  needsNothing: boolean;
  /** Words that, in a person's own plan, point to this skill. */
  keywords: readonly string[];
  guide: SkillGuide;
  source: ReferenceId;
}

const temperatureCautions = [
  'Check with a doctor first if you have a heart condition, a slow resting heart rate, take medicine that slows the heart (such as beta-blockers), have an allergy to cold, have an eating disorder, or are pregnant.',
  'Use cool water, not colder than 10 °C (50 °F), for about 30 seconds at a time.',
  'Cold is for calming your body, never for causing pain.',
];

const exerciseCautions = [
  'Check with a doctor first if you have a heart condition or another health problem that makes hard exercise unsafe.',
  'If exercise has become compulsive, something you feel you must do or do to punish yourself, choose a different skill.',
  'Stop if you feel pain, dizziness or chest tightness.',
];

export const skills: readonly Skill[] = [
  {
    id: 'paced-breathing',
    name: 'Paced breathing',
    summary: 'Breathe out more slowly than you breathe in.',
    whyItHelps:
      'A long, slow out-breath tells your body it is safe, which slows your heart and takes the edge off strong feelings. With paired muscle relaxation, it is the “P” of the TIP skills.',
    steps: [
      'Breathe in gently through your nose for about 4 seconds.',
      'Breathe out slowly through your mouth for about 6 seconds.',
      'Keep going for a few minutes, about five or six breaths a minute.',
    ],
    cautions: [],
    feelings: ['anxiety', 'anger', 'overwhelm', 'other'],
    firstFor: ['anxiety'],
    meets: ['breathe'],
    module: 'distress-tolerance',
    needsPrivacy: false,
    needsNothing: true,
    keywords: ['breath', 'breathe', 'breathing'],
    guide: { kind: 'breathing', pattern: [4, 0, 6, 0], adjustable: true },
    source: 'linehan-2015',
  },
  {
    id: 'box-breathing',
    name: 'Box breathing',
    summary: 'In for 4, hold for 4, out for 4, hold for 4.',
    whyItHelps: 'Counting evenly gives your mind one simple thing to follow and steadies your breathing.',
    steps: ['Breathe in for a count of 4.', 'Hold for 4.', 'Breathe out for 4.', 'Hold for 4, then start again.'],
    cautions: [],
    feelings: ['anxiety', 'overwhelm', 'anger'],
    firstFor: [],
    meets: ['breathe'],
    module: 'distress-tolerance',
    needsPrivacy: false,
    needsNothing: true,
    keywords: ['breath', 'breathe', 'box'],
    guide: { kind: 'breathing', pattern: [4, 4, 4, 4], adjustable: false },
    source: 'cleveland-box-breathing',
  },
  {
    id: 'grounding-54321',
    name: '5-4-3-2-1 grounding',
    summary: 'Notice 5 things you see, 4 you can touch, 3 you hear, 2 you smell, 1 you taste.',
    whyItHelps: 'Turning your attention to your senses brings you back to the room you are in, away from the storm in your head.',
    steps: [
      'Name 5 things you can see.',
      'Name 4 things you can touch.',
      'Name 3 things you can hear.',
      'Name 2 things you can smell (or like the smell of).',
      'Name 1 thing you can taste (or like the taste of).',
    ],
    cautions: [],
    feelings: ['anxiety', 'emptiness', 'overwhelm', 'other'],
    firstFor: ['anxiety'],
    meets: ['distract'],
    module: 'mindfulness',
    needsPrivacy: false,
    needsNothing: true,
    keywords: ['five things', 'grounding', 'senses', '5 things'],
    guide: { kind: 'grounding' },
    source: 'mayo-grounding',
  },
  {
    id: 'urge-surfing',
    name: 'Urge surfing',
    summary: 'Ride the urge like a wave: it rises, peaks and, in its own time, falls.',
    whyItHelps:
      'Urges rise, peak and fall whether or not you act on them. Each time you ride one out without acting, the next one tends to be weaker: many people find urges get easier to ride with practice.',
    steps: [
      'Sit or stand comfortably and notice where you feel the urge in your body.',
      'Breathe with it. Notice it getting stronger, without doing what it says.',
      'Stay with the wave as it peaks. It will not stay this strong.',
      'When it starts to fall, notice that too. If it hasn’t yet, keep breathing with it; you can add more time.',
    ],
    cautions: [],
    feelings: ['anger', 'emptiness', 'overwhelm', 'anxiety', 'other'],
    firstFor: [],
    meets: ['breathe'],
    module: 'mindfulness',
    needsPrivacy: false,
    needsNothing: true,
    keywords: ['surf', 'wave', 'ride'],
    guide: { kind: 'urge-surf' },
    source: 'bowen-mbrp-2011',
  },
  {
    id: 'tip-temperature',
    name: 'Cool water on your face',
    summary: 'Cool water on your face for about 30 seconds, to calm your body fast.',
    whyItHelps:
      'Cool water on the face while holding your breath slows your heart within seconds. It is the “T” of the TIP skills: Temperature, Intense exercise, Paced breathing and Paired muscle relaxation.',
    steps: [
      'Fill a bowl with cool water, or wet a cloth or cold pack.',
      'Lean forward, take a breath and hold it.',
      'Put your face in the water, or hold the cold pack over your eyes and cheeks, for about 30 seconds.',
      'Breathe out slowly and notice your body calming.',
    ],
    cautions: temperatureCautions,
    feelings: ['anger', 'anxiety', 'overwhelm'],
    firstFor: [],
    meets: ['release'],
    module: 'distress-tolerance',
    needsPrivacy: true,
    needsNothing: false,
    keywords: ['cold water', 'face', 'cold pack'],
    guide: { kind: 'timer', seconds: 30 },
    source: 'linehan-2015',
  },
  {
    id: 'intense-exercise',
    name: 'A short burst of exercise',
    summary: 'Move hard for a minute or two to use up the energy of a strong feeling.',
    whyItHelps: 'Strong feelings fill your body with energy. A short burst of hard movement uses it up. It is the “I” of the TIP skills.',
    steps: [
      'Choose something you can do where you are: running on the spot, star jumps, fast stairs, dancing hard.',
      'Go as hard as feels safe for a minute or two.',
      'Slow down, and breathe out slowly.',
    ],
    cautions: exerciseCautions,
    feelings: ['anger', 'anxiety', 'overwhelm'],
    firstFor: ['anger'],
    meets: ['release'],
    module: 'distress-tolerance',
    needsPrivacy: true,
    needsNothing: true,
    keywords: ['exercise', 'run', 'dance', 'walk', 'jump'],
    guide: { kind: 'timer', seconds: 120 },
    source: 'linehan-2015',
  },
  {
    id: 'paired-muscle-relaxation',
    name: 'Paired muscle relaxation',
    summary: 'Tense as you breathe in, let go as you breathe out.',
    whyItHelps:
      'Pairing letting go of your muscles with a slow out-breath teaches your body to relax on cue. With paced breathing, it is the “P” of the TIP skills.',
    steps: [
      'Hands and arms: make fists and tense your arms as you breathe in. Breathe out, say “relax” and let go.',
      'Face: scrunch your face as you breathe in. Breathe out, say “relax” and let go.',
      'Shoulders: lift them to your ears as you breathe in. Breathe out, say “relax” and let them drop.',
      'Stomach: tighten it as you breathe in. Breathe out, say “relax” and let go.',
      'Legs and feet: tense them as you breathe in. Breathe out, say “relax” and let go.',
      'Whole body: notice how it feels now.',
    ],
    cautions: [],
    feelings: ['anxiety', 'anger', 'overwhelm'],
    firstFor: [],
    meets: ['release', 'breathe'],
    module: 'distress-tolerance',
    needsPrivacy: false,
    needsNothing: true,
    keywords: ['relax', 'muscle', 'tense'],
    guide: { kind: 'timed-steps', secondsEach: 15 },
    source: 'linehan-2015',
  },
  {
    id: 'stop',
    name: 'STOP',
    summary: 'Stop, take a step back, observe, then go on mindfully.',
    whyItHelps: 'Pausing before you act gives the thinking part of you time to catch up with the feeling.',
    steps: [
      'Stop: freeze for a moment. Don’t act yet.',
      'Take a step back: breathe, and step away from the situation if you can.',
      'Observe: what is happening around you and inside you?',
      'Proceed mindfully: what would help you most right now?',
    ],
    cautions: [],
    feelings: ['anger', 'overwhelm', 'shame', 'other'],
    firstFor: [],
    meets: [],
    module: 'distress-tolerance',
    needsPrivacy: false,
    needsNothing: true,
    keywords: ['stop', 'pause'],
    guide: { kind: 'steps' },
    source: 'linehan-2015',
  },
  {
    id: 'self-soothe',
    name: 'Soothe your five senses',
    summary: 'Something kind for each sense: sight, sound, smell, taste, touch.',
    whyItHelps: 'Being gentle with your senses is a way of being gentle with yourself when you feel low or alone.',
    steps: [
      'Sight: look at something you find calming or beautiful, a photo, the sky, a candle.',
      'Sound: put on music you love, or listen to rain or birds.',
      'Smell: a favourite soap, fresh air, a hot drink.',
      'Taste: something warm or comforting, slowly.',
      'Touch: a soft blanket, a warm shower, a pet.',
    ],
    cautions: [],
    feelings: ['sadness', 'loneliness', 'shame', 'emptiness'],
    firstFor: ['sadness'],
    meets: ['comfort'],
    module: 'distress-tolerance',
    needsPrivacy: false,
    needsNothing: false,
    keywords: ['music', 'song', 'blanket', 'shower', 'bath', 'tea', 'soothe'],
    guide: { kind: 'steps' },
    source: 'linehan-2015',
  },
  {
    id: 'strong-sensation',
    name: 'A strong, safe sensation',
    summary: 'Ice in a cloth, sour sweets or a cool shower, when you feel numb.',
    whyItHelps: 'When you feel numb or far away, a strong sensation that does no harm can bring you back into your body.',
    steps: [
      'Hold an ice cube wrapped in a cloth, or a cold can.',
      'Or taste something sour or strong: sour sweets, a lemon slice, mint.',
      'Or take a cool shower.',
      'Notice the sensation, and let it bring you back to now.',
    ],
    cautions: ['These are strong sensations, never painful ones. Keep ice wrapped in a cloth and stop if anything hurts.'],
    feelings: ['emptiness'],
    firstFor: ['emptiness'],
    meets: ['release'],
    module: 'distress-tolerance',
    needsPrivacy: false,
    needsNothing: false,
    keywords: ['ice', 'sour', 'cold', 'shower'],
    guide: { kind: 'steps' },
    source: 'mind-self-harm',
  },
  {
    id: 'let-it-out',
    name: 'Let the anger out safely',
    summary: 'Rip paper, punch a pillow, or shout into one.',
    whyItHelps: 'Anger wants to move. Giving it somewhere safe to go can take the pressure off.',
    steps: [
      'Tear up old paper or a newspaper, as much as you like.',
      'Punch or squeeze a pillow or cushion.',
      'Shout or scream into a pillow.',
      'When it eases, breathe out slowly.',
    ],
    cautions: [],
    feelings: ['anger'],
    firstFor: ['anger'],
    meets: ['release', 'express'],
    module: 'distress-tolerance',
    needsPrivacy: true,
    needsNothing: false,
    keywords: ['pillow', 'paper', 'shout', 'scream', 'rip'],
    guide: { kind: 'steps' },
    source: 'mind-helping-yourself',
  },
  {
    id: 'accepts',
    name: 'Distract with ACCEPTS',
    summary: 'Seven kinds of distraction to get through the next few minutes.',
    whyItHelps: 'Distraction is not avoiding the problem: it gets you through the peak of the feeling so you can deal with it later.',
    steps: ['Go through the ideas one at a time.', 'Pick one you can do now and do it fully.', 'If it stops working, try the next.'],
    cautions: [],
    feelings: ['sadness', 'emptiness', 'loneliness', 'overwhelm', 'other'],
    firstFor: [],
    meets: ['distract'],
    module: 'distress-tolerance',
    needsPrivacy: false,
    needsNothing: false,
    keywords: ['distract', 'game', 'tv', 'film', 'puzzle'],
    guide: {
      kind: 'deck',
      cards: [
        { title: 'Activities', text: 'Do something that takes your attention: a game, a puzzle, tidying a drawer, a walk, a show.' },
        { title: 'Contributing', text: 'Do something for someone else: send a kind message, help with a chore, feed a pet.' },
        { title: 'Comparisons', text: 'Remember a hard time you got through. You got through that; you can get through this.' },
        { title: 'Emotions', text: 'Make a different feeling: a funny video, an upbeat song, a comforting film.' },
        { title: 'Pushing away', text: 'Put the problem on a shelf for now. Imagine it in a box you will open later.' },
        { title: 'Thoughts', text: 'Fill your mind: count backwards from 100 in sevens, name an animal for every letter.' },
        { title: 'Sensations', text: 'A strong, safe sensation: ice in a cloth, a sour sweet, a cool shower.' },
      ],
    },
    source: 'linehan-2015',
  },
  {
    id: 'improve',
    name: 'IMPROVE the moment',
    summary: 'Seven ways to make this moment a little easier to bear.',
    whyItHelps: 'When you can’t change what is happening, you can still make the moment a little more bearable.',
    steps: ['Go through the ideas one at a time.', 'Pick one that fits, and give it a few minutes.'],
    cautions: [],
    feelings: ['sadness', 'shame', 'loneliness', 'overwhelm'],
    firstFor: [],
    meets: ['comfort', 'distract'],
    module: 'distress-tolerance',
    needsPrivacy: false,
    needsNothing: true,
    keywords: ['imagine', 'safe place', 'pray', 'kind words'],
    guide: {
      kind: 'deck',
      cards: [
        { title: 'Imagery', text: 'Picture a place where you feel safe and calm, in as much detail as you can.' },
        { title: 'Meaning', text: 'Look for anything that matters in this moment: what you are learning, who you are doing this for.' },
        { title: 'Prayer or reflection', text: 'If you have a faith or a belief, turn to it. Or ask for strength to get through this.' },
        { title: 'Relaxing', text: 'Do one small relaxing thing: loosen your shoulders, a warm drink, a slow breath.' },
        { title: 'One thing in the moment', text: 'Give all your attention to just one thing you are doing right now.' },
        { title: 'Vacation', text: 'Take a short break: five minutes under a blanket, a walk round the block.' },
        { title: 'Encouragement', text: 'Say to yourself what you would say to a friend: “This is hard, and I can get through it.”' },
      ],
    },
    source: 'linehan-2015',
  },
  {
    id: 'pros-and-cons',
    name: 'Pros and cons',
    summary: 'Read what you wrote, while calm, about acting on an urge and riding it out.',
    whyItHelps: 'When an urge is strong it is hard to think ahead. Your own words, written while calm, remind you what you really want.',
    steps: [
      'Write, while calm, the pros and cons of acting on the urge, and of riding it out.',
      'When an urge comes, read them slowly.',
      'Think about how you will feel tomorrow, not just now.',
    ],
    cautions: [],
    feelings: ['shame', 'overwhelm', 'other'],
    firstFor: [],
    meets: [],
    module: 'distress-tolerance',
    needsPrivacy: false,
    needsNothing: true,
    keywords: ['pros', 'cons', 'reasons'],
    guide: { kind: 'pros-cons' },
    source: 'linehan-2015',
  },
  {
    id: 'delay',
    name: 'Wait a few minutes',
    summary: 'Promise yourself to wait 5, 10 or 15 minutes, then decide again.',
    whyItHelps: 'Urges often pass if you give them time. Waiting a few minutes, and then a few more, is a real skill.',
    steps: [
      'Choose how long to wait: 5, 10 or 15 minutes.',
      'Do something else while the time passes.',
      'When the time is up, notice how the urge has changed. You can wait again.',
    ],
    cautions: [],
    feelings: ['anger', 'sadness', 'emptiness', 'anxiety', 'shame', 'loneliness', 'overwhelm', 'other'],
    firstFor: [],
    meets: ['distract'],
    module: 'distress-tolerance',
    needsPrivacy: false,
    needsNothing: true,
    keywords: ['wait', 'ten minutes', 'delay'],
    guide: { kind: 'delay' },
    source: 'marlatt-gordon-1985',
  },
  {
    id: 'reach-out',
    name: 'Reach out to someone',
    summary: 'Send a message you wrote in your plan to someone you trust.',
    whyItHelps: 'You don’t have to get through this alone. Even a short message can make you feel less alone.',
    steps: ['Choose someone from your plan.', 'Send the message you wrote, or call them.', 'You don’t have to explain everything.'],
    cautions: [],
    feelings: ['loneliness', 'sadness', 'shame', 'overwhelm'],
    firstFor: ['sadness', 'shame', 'loneliness'],
    meets: ['comfort', 'express'],
    module: 'reaching-out',
    needsPrivacy: false,
    needsNothing: false,
    keywords: ['text', 'call', 'message', 'friend', 'mum', 'dad'],
    guide: { kind: 'reach-out' },
    source: 'stanley-brown-2012',
  },
  {
    id: 'self-compassion-break',
    name: 'A self-compassion break',
    summary: 'Three kind things to say to yourself when you feel ashamed or low.',
    whyItHelps:
      'Shame and guilt often come with a harsh inner voice. Speaking to yourself as you would to a friend softens it, and reminds you that you are not the only one who feels this way.',
    steps: [
      'Notice how this feels, and name it plainly: “This is really hard right now.”',
      'Remind yourself you are not the only one: “Other people feel like this too. I’m not alone in it.”',
      'Put a hand on your chest, or somewhere that feels comforting, and feel its warmth.',
      'Say something kind to yourself, as you would to a friend: “May I be kind to myself right now”, or whatever you need to hear.',
    ],
    cautions: [],
    feelings: ['shame', 'sadness', 'loneliness', 'overwhelm'],
    firstFor: ['shame'],
    meets: ['comfort'],
    module: 'mindfulness',
    needsPrivacy: false,
    needsNothing: true,
    keywords: ['kind to myself', 'self-compassion', 'hand on my heart', 'what i would say to a friend'],
    guide: { kind: 'steps' },
    source: 'neff-self-compassion-break',
  },
  {
    id: 'opposite-action',
    name: 'Opposite action',
    summary: 'Notice what a feeling pushes you to do, then gently do the opposite.',
    whyItHelps:
      'Every feeling comes with a push to act: shame says hide, sadness says shut yourself away. When following that push would make things worse, doing the opposite, fully, can change the feeling itself.',
    steps: [
      'Name the feeling: shame, guilt, sadness, fear or anger.',
      'Notice what it pushes you to do, such as hiding, pulling away or lashing out.',
      'Ask yourself: would doing that help me right now?',
      'If not, choose the opposite. For shame, stay in touch with people and hold your head up; for sadness, get up and do one small thing; for anger, step away and be gentle.',
      'Do it all the way, in your body and your words, and notice how the feeling changes.',
    ],
    cautions: [],
    feelings: ['shame', 'sadness', 'anxiety', 'anger'],
    firstFor: ['shame'],
    meets: [],
    module: 'emotion-regulation',
    needsPrivacy: false,
    needsNothing: true,
    keywords: ['opposite'],
    guide: { kind: 'steps' },
    source: 'dbt-opposite-action',
  },
  {
    id: 'check-the-facts',
    name: 'Check the facts',
    summary: 'For calmer moments: does the feeling fit what actually happened?',
    whyItHelps:
      'Strong feelings often come from how we read an event, not only the event itself. Checking the facts when you feel calmer shows whether a feeling, and how strong it is, fits, and what could help next.',
    steps: [
      'Name the feeling you would like to change.',
      'What happened? Describe just the facts, as a camera would have seen them.',
      'What are you telling yourself about it? Could there be other ways to see it?',
      'Are you expecting something bad to happen? How likely is it, really?',
      'If the worst did happen, how could you cope with it?',
      'Does the feeling, and its strength, fit the facts? If it does, think about what could help. If not, try opposite action.',
    ],
    cautions: [],
    feelings: ['shame', 'anxiety', 'anger', 'sadness'],
    firstFor: [],
    meets: [],
    calmerMomentsOnly: true,
    module: 'emotion-regulation',
    needsPrivacy: false,
    needsNothing: true,
    keywords: ['check the facts', 'the facts'],
    guide: { kind: 'steps' },
    source: 'dbt-check-the-facts',
  },
  {
    id: 'radical-acceptance',
    name: 'Radical acceptance',
    summary: 'For calmer moments: stop fighting what you can’t change right now.',
    whyItHelps:
      'Fighting a painful fact you cannot change adds suffering on top of the pain. Accepting it, which is not the same as approving of it, frees your energy for what you can change.',
    steps: [
      'Notice when you are fighting how things are: thoughts like “this shouldn’t be happening” or “it’s not fair”.',
      'Remind yourself that this is how things are right now, even if you don’t like it.',
      'Remember that accepting something is not agreeing with it, and not giving up.',
      'Let your body accept too: loosen your hands, soften your face, breathe out slowly.',
      'Notice any feelings that come, such as sadness, and let them be there.',
      'Ask yourself: given how things are, what is one thing I can do next?',
    ],
    cautions: [],
    feelings: ['sadness', 'anger', 'overwhelm', 'other'],
    firstFor: [],
    meets: [],
    calmerMomentsOnly: true,
    module: 'distress-tolerance',
    needsPrivacy: false,
    needsNothing: true,
    keywords: ['accept', 'acceptance'],
    guide: { kind: 'steps' },
    source: 'dbt-radical-acceptance',
  },
  {
    id: 'express',
    name: 'Draw it, write it, play it',
    summary: 'Draw, write or play music to put the feeling somewhere outside you.',
    whyItHelps:
      'Sometimes a feeling needs to be shown, not held in. Putting it into a drawing, words or music gives it somewhere to go, and afterwards you can keep it, share it or throw it away.',
    steps: [
      'Pick one way that suits you now.',
      'Let the feeling out into it, however messy. It doesn’t have to be good.',
      'When you’re done, keep it, share it, or scrunch it up and throw it away.',
    ],
    cautions: [],
    feelings: ['sadness', 'anger', 'shame', 'loneliness', 'overwhelm', 'other'],
    firstFor: ['sadness'],
    meets: ['express'],
    module: 'distress-tolerance',
    needsPrivacy: false,
    needsNothing: false,
    keywords: ['draw', 'journal', 'diary', 'paint', 'poem', 'write it'],
    guide: {
      kind: 'deck',
      cards: [
        { title: 'Draw it', text: 'Scribble, colour or draw how the feeling looks, as big and messy as you like.' },
        { title: 'Write it', text: 'Write what you feel or what happened, to yourself, or to someone you won’t send it to.' },
        { title: 'Play it', text: 'Put on music that matches how you feel, loud if you need to, and sing along if you can.' },
        { title: 'Say it', text: 'Say out loud what is bothering you: to yourself, to a pet, or into a voice note.' },
      ],
    },
    source: 'mind-helping-yourself',
  },
];
