// PLACEHOLDER until the translation lands.
// What the restore screen says while and after restoring a backup, in English. Loaded with the Privacy
// screen, not with the first screen: what changed is counted as a person counts (days, urges, entries).
import type { BackupMessages } from './en-backup.ts';

export const frBackup: BackupMessages = {
  restoreWorking: 'Restoring… A large backup can take a minute. Please keep Ebb open.',
  restoreProgress: 'Restoring',
  restoreAdded: 'Restored. Added {items}.',
  restoreAddedUpdated: 'Restored. Added {items}. Updated {updated}.',
  restoreUpdated: 'Restored. Updated {updated}.',
  restoreUnchanged: 'Restored. Everything in this backup was already here, so nothing changed.',
  restoreReplaced: 'Restored. This device now holds what the backup holds: {items}.',
  restoreReplacedEmpty: 'Restored. The backup was empty, so this device now holds nothing.',
  restoreLeftOut: 'Some lists were full, so {count} items from the backup didn’t fit and were left out.',
  restoreAnd: '{first} and {last}',
  restoreCounted: {
    checkInDays: { one: '1 day of check-ins', other: '{count} days of check-ins' },
    urges: { one: '1 urge', other: '{count} urges' },
    journalEntries: { one: '1 journal entry', other: '{count} journal entries' },
    people: { one: '1 person', other: '{count} people' },
    goals: { one: '1 goal', other: '{count} goals' },
    reflections: { one: '1 reflection', other: '{count} reflections' },
    planVersions: { one: '1 earlier version of your plan', other: '{count} earlier versions of your plan' },
    hopeItems: { one: '1 thing that helps you', other: '{count} things that help you' },
  },
  restoreSingle: {
    plan: 'your plan',
    supportCard: 'your support card',
    skills: 'your skills',
    diaryCard: 'your check-in setup',
    settings: 'your settings',
  },
};
