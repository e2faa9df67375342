// The keys a store uses: the current vault key seals every write; while a key rotation runs, the previous
// key still opens the records not yet re-sealed. The ring is shared, so a rotation switches every user of
// the store at once, and a write that raced a switch is sealed again (see EncryptedStore.put).
export interface KeyRing {
  current: CryptoKey;
  /** Only during a rotation: the key being rotated away from. */
  previous?: CryptoKey | undefined;
}
