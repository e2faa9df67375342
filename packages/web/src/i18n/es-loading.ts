// PLACEHOLDER until the translation lands.
// What Ebb says when a screen's data can't be read or a change can't be saved, in English, never naming Ebb
// (discreet mode may be on). Loaded with the screens that read and save records, not with the first screen.
import type { LoadingMessages } from './en-loading.ts';

export const esLoading: LoadingMessages = {
  loadFailed: 'This couldn’t be opened just now: {reason}. Nothing has been changed.',
  tryAgain: 'Try again',
  notKept: 'That change couldn’t be saved: {reason}. It lasts only until the app is closed.',
};
