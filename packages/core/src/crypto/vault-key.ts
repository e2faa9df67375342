// The vault key: one random AES-256-GCM key that seals every record. It is kept only sealed under the
// device secret (no passcode) or wrapped in the passcode lock, and replaced by key rotation.

export function generateVaultKey(): Promise<CryptoKey> {
  // Extractable so that a lock, a rotation's journal or the device secret can wrap it; never stored unwrapped.
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']) as Promise<CryptoKey>;
}

export function importVaultKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  if (raw.length !== 32) throw new Error('A vault key is 32 bytes');
  return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, true, ['encrypt', 'decrypt']);
}
