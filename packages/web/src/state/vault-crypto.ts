// The heavy parts of the vault — Argon2id (WebAssembly), key wrapping, backups — loaded only when they are
// first needed (unlocking, passcode changes, backups), so the first screen stays light.
export { createBackup, plainExport, restoreBackup, unlockWithRecoveryKey } from '@ebb/core';
