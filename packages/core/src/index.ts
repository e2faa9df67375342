// Ebb's core: pure domain logic, usable in the browser, a worker or Node.
export * from './crypto/bytes.ts';
export * from './crypto/envelope.ts';
export * from './crypto/vault-key.ts';
export * from './records/define-record.ts';
export * from './records/settings.ts';
export * from './records/help-contact.ts';
export * from './store/store.ts';
export { EncryptedStore } from './store/encrypted-store.ts';
export { MemoryBackend } from './store/memory-backend.ts';
export { guessCountry, countryFromTimeZone } from './country/guess-country.ts';
export { findUnsafeLanguage, collectStrings, type UnsafeMatch } from './safe-language/find-unsafe-language.ts';
export * from './crypto/passcode-kdf.ts';
export * from './crypto/recovery-key.ts';
export * from './crypto/vault-lock.ts';
export * from './lock/passcode-rules.ts';
export * from './records/all-records.ts';
export * from './backup/backup-file.ts';
export * from './backup/restore.ts';
