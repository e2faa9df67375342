// PLACEHOLDER until the translation lands.
// What Ebb says when it asks for the current passcode again before exposing or removing everything, in
// English. Loaded with the Privacy screen, not with the first screen.
import type { ReauthMessages } from './en-reauth.ts';

export const frReauth: ReauthMessages = {
  why: 'To keep your space safe, please enter your current passcode first. Your recovery key works too.',
  labelPin: 'Your PIN or recovery key',
  labelPassphrase: 'Your passphrase or recovery key',
  checking: 'Checking…',
  continue: 'Continue',
  cancel: 'Cancel',
  waitOrRecovery: 'Your recovery key works now, without waiting.',
};
