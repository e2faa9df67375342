// What makes an acceptable new passcode. A PIN is digits only; a passphrase is any text. Short PINs can be
// guessed by someone who copies the device's files, so the screen suggests a passphrase (see the threat model).
import type { PasscodeKind } from '../crypto/vault-lock.ts';

export const PASSCODE_RULES = { pinMin: 4, pinMax: 12, passphraseMin: 8, passphraseMax: 200 } as const;

export type PasscodeProblem = 'pin-digits-only' | 'pin-too-short' | 'pin-too-long' | 'passphrase-too-short' | 'passphrase-too-long' | 'mismatch';

export function checkNewPasscode(kind: PasscodeKind, passcode: string, confirmation: string): PasscodeProblem | undefined {
  if (kind === 'pin') {
    if (!/^\d*$/.test(passcode)) return 'pin-digits-only';
    if (passcode.length < PASSCODE_RULES.pinMin) return 'pin-too-short';
    if (passcode.length > PASSCODE_RULES.pinMax) return 'pin-too-long';
  } else {
    if ([...passcode].length < PASSCODE_RULES.passphraseMin) return 'passphrase-too-short';
    if ([...passcode].length > PASSCODE_RULES.passphraseMax) return 'passphrase-too-long';
  }
  return passcode === confirmation ? undefined : 'mismatch';
}
