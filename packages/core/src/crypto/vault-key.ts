// The vault key: one random AES-256-GCM key that seals every record. Where it is kept is behind the
// KeyVault seam: today the device's own storage; with a passcode, a key derived from it wraps this one.

/** Keeps the vault key. Implementations: the device's IndexedDB now, a passcode-wrapped key later. */
export interface KeyVault {
  load(): Promise<CryptoKey | undefined>;
  /**
   * Stores `key` only if no key is stored yet, atomically, and returns the key that is stored.
   * Two tabs opening Ebb for the first time at once must end up with one key, never two.
   */
  saveIfAbsent(key: CryptoKey): Promise<CryptoKey>;
}

export function generateVaultKey(): Promise<CryptoKey> {
  // Extractable so that a later passcode (or backup) can wrap it; it never leaves the device unwrapped.
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']) as Promise<CryptoKey>;
}

export function importVaultKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  if (raw.length !== 32) throw new Error('A vault key is 32 bytes');
  return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, true, ['encrypt', 'decrypt']);
}

/** The vault key from the KeyVault, or a new one saved there on first use, before any record is written. */
export async function loadOrCreateVaultKey(vault: KeyVault): Promise<CryptoKey> {
  const existing = await vault.load();
  if (existing) return existing;
  return vault.saveIfAbsent(await generateVaultKey());
}
