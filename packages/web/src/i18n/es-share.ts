// PLACEHOLDER until the translation lands.
// What the share-or-save controls say (under the plan, the support card and the summary), in English. Loaded
// with those screens, not with the first screen.
import type { ShareMessages } from './en-share.ts';

export const esShare: ShareMessages = {
  title: 'Share or save',
  /** Said before anything is shared: exactly what goes, and that nothing leaves until the person picks an app. */
  wayFile:
    'Share sends {what}, exactly as on this page, to the app you pick (a message, an email, a drive) as a file: {file}. Nothing leaves this device until you choose.',
  wayText:
    'Share sends {what}, exactly as on this page, to the app you pick (a message, an email, a note) as text. Nothing leaves this device until you choose.',
  wayNone: 'This browser can’t pass things to other apps. You can save {what} as a file, {file}, and send it yourself.',
  /** Honest about what sharing cannot undo. */
  once: 'Once shared, the copy is with the app and the people you send it to, and can’t be taken back from here.',
  share: 'Share…',
  save: 'Save as a file',
  copy: 'Copy the text',
  shared: 'Passed to the app you picked.',
  cancelled: 'Nothing was shared.',
  failed: 'Sharing didn’t work: {reason}. You can save it as a file instead.',
  reasons: {
    NotAllowedError: 'the browser didn’t allow it',
    DataError: 'the app couldn’t take this file',
    other: 'the browser stopped it',
  },
  saved: 'Saved to your downloads as {file}.',
  saveFailed: 'The file couldn’t be saved: {reason}.',
  copied: 'Copied. Paste it wherever you want it.',
  copyFailed: 'This browser didn’t allow copying. You can save it as a file instead.',
  /** File names: neutral words, never what Ebb is for; in discreet mode nothing about Ebb either. */
  files: { plan: 'ebb-plan-{day}.txt', card: 'ebb-card-{day}.txt' },
  discreetFiles: { plan: 'notes-{day}.txt', card: 'card-{day}.txt' },
};
