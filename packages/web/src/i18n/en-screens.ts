// What the screens opened from Home's list say (your people, settings, about, the lock screen, a page not
// found), in English. Loaded with those screens, not with the first screen, so the first screen's JavaScript
// stays within its budget.
import type { Widen } from './widen.ts';
export const enScreens = {
  contacts: {
    title: 'Your people',
    intro:
      'People you can call or text in a hard moment. They appear in Help now, and in your plan as the people you can ask for help. Only you can see this list.',
    empty: 'No one here yet.',
    addTitle: 'Add someone',
    editTitle: 'Change {name}',
    name: 'Name',
    phone: 'Phone number (optional)',
    phoneHint: 'Include the country code if you travel, for example +44.',
    note: 'Who they are to you (optional)',
    noteHint: 'For example, what they are good at helping with.',
    message: 'A message you could send (optional)',
    messageHint: 'Ready to send when you text them from Help now or your plan.',
    save: 'Save',
    add: 'Add',
    cancel: 'Cancel',
    edit: 'Change',
    remove: 'Remove',
    confirmRemove: 'Remove {name} from your people, your plan and Help now?',
    removeYes: 'Yes, remove',
    removeNo: 'Keep',
    saved: '{name} saved.',
    removed: '{name} removed.',
    problems: {
      nameRequired: 'Add a name, so you know who this is.',
      nameTooLong: 'Please keep the name under {max} characters.',
      phoneNotANumber: 'This doesn’t look like a phone number. Use digits, spaces and + only.',
      phoneTooLong: 'This number is too long.',
      noteTooLong: 'Please keep the note under {max} characters.',
      messageTooLong: 'Please keep the message under {max} characters.',
      full: 'Your list is full ({max} people). Remove someone to add another.',
    },
    noNumber: 'No number saved',
  },
  about: {
    title: 'About Ebb',
    what: 'Ebb is a private companion for recovery: for hard moments, and for the days in between.',
    notTreatment:
      'Ebb supports recovery alongside professional care. It does not diagnose or treat, and it is not an emergency service. If you can, talk to a doctor or therapist too.',
    privacyTitle: 'Your privacy',
    privacy: [
      'What you write stays on this device, encrypted before it is saved.',
      'There is no account, no tracking and no advertising. Ebb makes no requests to anyone else.',
      'Ebb keeps a single entry in your browser history, and quick exit replaces it.',
    ],
    sourcesTitle: 'Where the numbers come from',
    sourcesIntro: 'Each crisis line is checked against the service’s own page:',
    languagesIntro:
      'Each line also records the languages it answers in. A language beyond its country’s main one, or a way to reach a line in another language, is recorded only when the service, the body that runs it or a government says so; otherwise only the main language is recorded. These are those pages:',
  },
  lock: {
    /** {name} is Ebb's name as shown: neutral in discreet mode. */
    title: '{name} is locked',
    intro: 'Enter your passcode to open your space. Help now works without it.',
    pin: 'PIN',
    passphrase: 'Passphrase',
    unlock: 'Unlock',
    unlocking: 'Unlocking…',
    wrong: 'That didn’t match. Take your time and try again.',
    waitSeconds: 'To keep your space safe, please wait {seconds} seconds before trying again.',
    forgot: 'Forgot your passcode? Use your recovery key',
    recoveryLabel: 'Recovery key',
    recoveryHint: 'The 8 groups of letters and numbers you kept when you set your passcode.',
    recoveryUnlock: 'Unlock with recovery key',
    recoveryWrong: 'That recovery key doesn’t open this space. Check each group and try again.',
    recoveryMalformed: 'A recovery key has 8 groups of 4 letters or numbers.',
    backToPasscode: 'Use my passcode instead',
    recovered: 'Welcome back. You may want to choose a new passcode now.',
    lockNow: 'Lock now',
  },
  /** Settings' reminders section (Home's reminders themselves are in the first screen's catalogue). */
  reminders: {
    title: 'Gentle reminders',
    intro: 'Off unless you turn them on. They never say what Ebb is for, and never nag.',
    checkInOn: 'Remind me to check in each day',
    checkInTime: 'At',
    planReviewLegend: 'Remind me to look over my plan',
    planReviewOff: 'Never',
    planReviewEvery: 'Every {days} days',
    notify: 'Also as a notification, where this browser allows it',
    notifyDenied: 'This browser isn’t allowing notifications from Ebb, so reminders will show inside Ebb only.',
  },
  settings: {
    title: 'Settings',
    languageTitle: 'Language',
    languageAutomatic: 'Automatic ({language})',
    countryTitle: 'Country for Help now',
    countryAutomatic: 'Automatic ({guess})',
    countryAutomaticUnknown: 'Automatic (not sure where you are)',
    themeTitle: 'Theme',
    themes: { system: 'Match my device', light: 'Light', dark: 'Dark' },
    textSizeTitle: 'Text size',
    textSizes: { standard: 'Standard', large: 'Large', larger: 'Larger' },
    saved: 'Saved.',
    quickExitTitle: 'Quick exit',
    gentleNotesTitle: 'Gentle notes when things seem harder',
    gentleNotesOn: 'Show a gentle note on Home when things seem harder',
    gentleNotesHint:
      'Ebb looks only at what you have recorded, on this device. When your urges have been stronger or more often than your own usual for a couple of weeks, or your check-ins mention your warning signs, Home says so gently. Never a score, and never in discreet mode.',
  },
  notFound: {
    title: 'This page isn’t here',
    back: 'Go to the start',
  },
} as const;

export type ScreenMessages = Widen<typeof enScreens>;
