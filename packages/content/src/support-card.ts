// The "How to support me" card: what a supporter can say and what to avoid, as suggestions the person
// picks from or rewrites, and short guidance for supporters that is always printed with the card.
// Written in Ebb's own words from the cited sources; nothing here describes a way of self-harming.
import type { ReferenceId } from './references.ts';

export interface SupportText {
  text: string;
  source: ReferenceId;
}

/** Things the person would like to hear, in their voice. */
export const sayToMe: readonly SupportText[] = [
  { text: 'Ask me how I am, and listen without trying to fix it straight away', source: 'mind-friends-family' },
  { text: '“I’m here, and I’m not going anywhere.”', source: 'mind-friends-family' },
  { text: '“Do you want to talk, or shall I just stay with you for a bit?”', source: 'mind-friends-family' },
  { text: '“What would help right now?”', source: 'mind-friends-family' },
  { text: 'Remind me of my plan and the things that help me', source: 'stanley-brown-2012' },
];

/** Things the person would rather a supporter did not say or do, in their voice. */
export const dontSayToMe: readonly SupportText[] = [
  { text: 'Please don’t tell me to just stop', source: 'mind-friends-family' },
  { text: 'Please don’t make me promise never to do it again', source: 'mind-friends-family' },
  { text: 'Please don’t panic or get angry, even if you feel scared', source: 'mind-friends-family' },
  { text: 'Please don’t talk about it with other people before talking to me', source: 'mind-friends-family' },
  { text: 'Please don’t take over: ask me what I want to happen', source: 'nice-ng225' },
];

/** For supporters, always on the card. */
export const supporterGuidance: readonly SupportText[] = [
  { text: 'Stay calm and kind. How you react makes it easier, or harder, for them to talk to you again.', source: 'mind-friends-family' },
  { text: 'Listen more than you talk. You don’t need to have the answers.', source: 'mind-friends-family' },
  { text: 'Don’t expect them to stop all at once. Recovery takes time, and a slip is not a failure.', source: 'nhs-self-harm' },
  { text: 'It’s OK to ask plainly about suicide. Asking does not put the idea in their head.', source: 'dazzi-2014' },
  { text: 'If they are hurt and need medical help, or their life is in danger, call the emergency number.', source: 'nice-ng225' },
  { text: 'Look after yourself too. Talk to someone you trust, or to a support line for family and friends.', source: 'mind-friends-family' },
];
