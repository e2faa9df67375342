// Writes records of any version straight into the browser's database the way Ebb itself stores them
// (docs/crypto-format.md), through raw-idb.ts with the vault key unsealed from the device secret (no passcode
// set): far faster than typing them, the same bytes, and the only way to put an older Ebb's records on a device.
import type { Page } from '@playwright/test';
import { seal, utf8 } from '@ebb/core';
import { writeRawRecords } from './raw-idb.ts';

export interface RawRecord {
  type: string;
  id: string;
  /** What is sealed: the record's version and data, as that version wrote it. */
  stored: { v: number; data: unknown };
}

export function putSealedRecords(page: Page, records: readonly RawRecord[]): Promise<void> {
  return writeRawRecords(page, (key) =>
    Promise.all(records.map(async ({ type, id, stored }) => ({ type, id, envelope: await seal(key, { type, id }, utf8(JSON.stringify(stored))) }))),
  );
}
