// What the Devices screen and the pairing screen say (sync between a person's own devices), in English.
// Loaded with those screens, not with the first screen.
import type { Widen } from './widen.ts';
export const enDevices = {
  title: 'Your devices',
  /** What sync does, in plain words, before anything is turned on. */
  intro: 'Sync keeps your plan, check-ins and everything else you keep in Ebb the same on your other phones and computers.',
  sealed:
    'Everything is sealed on this device before it leaves. The server keeps only sealed data it can’t read: not your words, not what kind of thing each one is.',
  server: 'The server is the one this app comes from: {address}',
  turnOn: 'Turn on sync',
  turningOn: 'Turning on sync…',
  turnOnFailed: 'Sync couldn’t be turned on: {reason}. Nothing here changed; try again when you’re online.',
  linkFailed: 'This device couldn’t be linked: {reason}. Nothing here changed; try again.',
  linkTitle: 'Link to a device that already syncs',
  linkHint: 'On that device, open Your devices and choose “Show the pairing link”. Paste the link here, or type its code.',
  codeLabel: 'Pairing link or code',
  link: 'Link this device',
  linking: 'Linking…',
  /** Each way a typed code or a pasted link can be wrong, said next to the field. */
  pairing: {
    empty: 'Type or paste the code from your other device first.',
    wrongLength: 'That’s {typed} letters and numbers; a code has {expected}. Check for a missing or extra group.',
    badCharacter: '“{character}” (in group {group}) isn’t in any code. Check that group against your other device.',
    mistyped: 'One of the characters doesn’t match. Check the code against your other device, group by group.',
    notALink: 'That isn’t a pairing link. Paste the whole link, or type the code.',
    noCode: 'The end of that link is missing. Copy the whole link again, or type the code instead.',
    inQuery: 'That link has its code in the wrong place, where a website may have seen it. Type the code from your other device instead.',
  },
  /** Sync's state, live. */
  status: {
    on: 'Sync is on.',
    syncing: 'Syncing…',
    justNow: 'Synced just now.',
    synced: 'Synced {when}.',
    never: 'Not synced yet.',
    off: 'Sync is off on this device.',
  },
  syncNow: 'Sync now',
  /** Why a sync didn’t finish, next to Sync now. Nothing typed is ever lost by a failed sync. */
  failed: {
    offline: 'Couldn’t reach the server. Your changes are kept here and will sync when it’s back.',
    server: 'The server had a problem. Your changes are kept here and will sync when it’s working again.',
    refused: 'The server didn’t accept this sync. Your changes are kept here. If this keeps happening, the server may need an update.',
    storage: 'This device couldn’t read or save its data ({reason}). Nothing was lost; sync will try again.',
    other: 'Sync didn’t finish. Your changes are kept here and sync will try again.',
  },
  /** The account was deleted from another device: said plainly, nothing here was deleted. */
  accountGone:
    'Sync was turned off on another of your devices, and the copy on the server was deleted, so your share links have stopped working too. Nothing on this device was deleted. You can turn sync on again to start a new copy.',
  addTitle: 'Add another device',
  addHint: 'Open this link on your other device, or type the code there, under Your devices.',
  showLink: 'Show the pairing link',
  hideLink: 'Hide the pairing link',
  /** Said with the link every time it is shown. */
  linkWarning: 'Anyone with this link or code can read everything you sync. Use it only on your own devices; never send it to another person.',
  linkLabel: 'Pairing link',
  copy: 'Copy the link',
  copied: 'Copied. Open it on your other device.',
  copyFailed: 'This browser didn’t allow copying. Select the link and copy it yourself, or type the code.',
  codeIntro: 'Or type this code on the other device:',
  codeKeep:
    'This code is also how you get your synced data back if you lose every device: you can keep it somewhere only you can reach, like your backup’s recovery key.',
  offTitle: 'Turn off sync on this device',
  offHint: 'Everything you keep here stays on this device. Your other devices keep their copies.',
  alsoDelete: 'Also delete the copy on the server (your other devices stop syncing, and your share links stop working; nothing on any device is deleted)',
  turnOff: 'Turn off sync',
  confirmOff: 'Turn off sync on this device? You can turn it on again later.',
  confirmDelete:
    'Turn off sync and delete the copy on the server? Your other devices will stop syncing, and every share link you made will stop working. Nothing on any device is deleted.',
  confirmYes: 'Yes, turn off sync',
  keep: 'Keep syncing',
  turnedOff: 'Sync is off. Everything you keep here stays here.',
  turnedOffDeleted: 'Sync is off and the copy on the server is deleted, so your share links have stopped working. Everything you keep here stays here.',
  deleteFailed: 'Sync is still on: the copy on the server couldn’t be deleted ({reason}). Try again when you’re online.',
  /** Reasons for the server failures above, short, inside another sentence. */
  reasons: {
    offline: 'the server couldn’t be reached',
    server: 'the server had a problem',
    other: 'the server didn’t accept it',
  },
  /** The screen a pairing link opens. */
  pair: {
    title: 'Link this device',
    intro: 'This link joins this device to your sync, so your plan, check-ins and everything else you keep in Ebb are here too.',
    keep: 'What’s already on this device is kept and combined with what your other devices have.',
    onlyYours: 'Use a pairing link only from your own devices. If someone else sent it to you, don’t link: they could read what you keep here.',
    removed: 'The code was taken out of the address bar, so it isn’t kept in this browser’s history.',
    replaces: 'This device already syncs with another account. Linking moves it to this one; what’s here is kept.',
    missing: 'This page opened without a code. Open the whole link again, or type the code under Your devices.',
    linked: 'Linked. This device now syncs with your other devices.',
    openDevices: 'Open Your devices',
  },
} as const;

export type DevicesMessages = Widen<typeof enDevices>;
