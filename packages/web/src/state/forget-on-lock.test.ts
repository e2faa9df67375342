// Locking forgets what was decrypted, everywhere: every signal a state module exports goes back to its empty
// value (unless it is listed below as kept on purpose), and no computed value keeps the person's own words.
import { Signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { emptySkillPrefs } from '@ebb/core';
import { lockHere, passcodeKind, vaultStatus } from './vault-state.ts';
import { allSkills, skillPrefs } from './skills-state.ts';

const modules = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./*.test.ts'], { eager: true });

/** Kept on locking, and why: none of them holds what the person wrote or recorded. */
const kept: Record<string, string> = {
  'vault-state.ts:vaultStatus': 'whether Ebb is locked is what the lock screen shows',
  'vault-state.ts:storeProblem': 'a storage problem in plain words, never content',
  'vault-state.ts:passcodeKind': 'how the passcode is typed, needed to unlock',
  'vault-state.ts:openedWithRecoveryKey': 'a flag for the privacy screen, no content',
  'vault-state.ts:resealedCount': 'how many records a key change has re-sealed, no content',
  'vault-state.ts:deviceSecretHome': 'where the device secret is kept (a file or the database), no content',
  'settings-state.ts:settings': 'presentation: discreet name, theme and text size on the lock screen, Help now country',
  'settings-state.ts:guessedCountry': 'a guess from the time zone, not stored content',
  'settings-state.ts:settingsRead': 'whether this visit has read the settings, which are kept (above)',
  'settings-state.ts:appName': 'the shown name (discreet or not), from settings',
  'settings-state.ts:shownCountry': 'Help now’s country works while locked',
  'help-now-state.ts:helpNow': 'Help now stays open over the lock screen',
  'world-state.ts:worldHelp': 'the public table of emergency numbers and time zones, which Help now needs while locked',
  'world-state.ts:worldHelpFailed': 'whether the public region tables failed to load, no content',
};

const leftover = { words: 'Walk to the river with Ana' };

function exportedSignals(): Array<[string, Signal<unknown>]> {
  return Object.entries(modules).flatMap(([path, exports]) =>
    Object.entries(exports)
      .filter((entry): entry is [string, Signal<unknown>] => entry[1] instanceof Signal)
      .map(([name, value]): [string, Signal<unknown>] => [`${path.slice(2)}:${name}`, value]),
  );
}

const isComputed = (s: Signal<unknown>) => Object.getOwnPropertyDescriptor(Object.getPrototypeOf(s), 'value')?.set === undefined;

function lock(): void {
  vaultStatus.value = 'open';
  passcodeKind.value = 'pin';
  expect(lockHere()).toBe(true);
}

describe('locking forgets decrypted state', () => {
  it('finds the state modules and their signals', () => {
    expect(Object.keys(modules)).toEqual(expect.arrayContaining(['./skills-state.ts', './plan-state.ts', './diary-state.ts']));
    expect(exportedSignals().length).toBeGreaterThan(15);
  });

  it('brings every exported signal back to its empty value', () => {
    const signals = exportedSignals();
    const initial = new Map(signals.map(([name, s]) => [name, structuredClone(s.peek())]));
    const writable = signals.filter(([name, s]) => !(name in kept) && !isComputed(s));
    expect(writable.map(([name]) => name)).toEqual(expect.arrayContaining(['skills-state.ts:skillPrefs', 'plan-state.ts:plan']));
    for (const [, s] of writable) s.value = leftover;
    lock();
    for (const [name, s] of signals) if (!(name in kept)) expect({ name, value: s.peek() }).toEqual({ name, value: initial.get(name) });
  });

  it('drops a computed value that held an own skill name without waiting for it to be read', () => {
    lock(); // from a clean state
    skillPrefs.value = { ...emptySkillPrefs(), own: [{ id: 'own-1', name: 'Walk to the river with Ana', steps: ['Shoes on'], feelings: [] }] };
    const cached = allSkills.value;
    expect(cached.some((s) => s.name === 'Walk to the river with Ana')).toBe(true);
    lock();
    // The computed signal's own fields hold its last result: after locking it is no longer the old list.
    expect(Object.values(allSkills)).not.toContain(cached);
    expect(allSkills.value.some((s) => s.origin === 'own')).toBe(false);
  });
});
