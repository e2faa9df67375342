// The wrong-try record (how many wrong passcodes in a row, and when the last was), kept in the `keys` store
// sealed under the device secret: someone with a copy of the database cannot read when the passcode was last
// tried. A record that no longer opens (its device secret was replaced by a key change) counts as none:
// a key change clears wrong tries anyway. Loaded with the passcode tries.
import { NO_FAILURES, importDeviceKey, openValueUnderDevice, sealValueUnderDevice, type DeviceSealed, type UnlockFailures } from '@ebb/core';
import { BrowserDeviceSecrets } from './device-secret.ts';
import type { EbbDatabase } from './idb-backend.ts';
import { FAILURES_ID } from './key-entries.ts';

const isFailures = (value: unknown): value is UnlockFailures =>
  typeof value === 'object' && value !== null && typeof (value as UnlockFailures).count === 'number' && typeof (value as UnlockFailures).lastAt === 'number';

const isSealed = (value: unknown): value is DeviceSealed => typeof value === 'object' && value !== null && (value as DeviceSealed).sealed instanceof Uint8Array;

export class SealedFailures {
  constructor(private readonly db: EbbDatabase) {}

  private async deviceKey(): Promise<CryptoKey> {
    const { current } = await new BrowserDeviceSecrets(this.db).read();
    if (!current) throw new Error('No device secret to seal the wrong-try record under');
    return importDeviceKey(current);
  }

  async loadFailures(): Promise<UnlockFailures> {
    const stored: unknown = await this.db.get('keys', FAILURES_ID);
    // Written before wrong tries were sealed: read as it is, and sealed on the next write.
    if (isFailures(stored)) return stored;
    if (!isSealed(stored)) return NO_FAILURES;
    try {
      const opened = await openValueUnderDevice(await this.deviceKey(), stored, 'unlock-failures');
      return isFailures(opened) ? opened : NO_FAILURES;
    } catch {
      return NO_FAILURES;
    }
  }

  async saveFailures(failures: UnlockFailures): Promise<void> {
    if (failures.count === 0) {
      await this.db.delete('keys', FAILURES_ID);
      return;
    }
    await this.db.put('keys', await sealValueUnderDevice(await this.deviceKey(), failures, 'unlock-failures'), FAILURES_ID);
  }
}
