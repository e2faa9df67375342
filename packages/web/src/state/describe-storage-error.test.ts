// Storage failures are explained plainly: a full device, a browser that refuses storage, newer data.
import { describe, expect, it } from 'vitest';
import { RecordError } from '@ebb/core';
import { describeStorageError } from './describe-storage-error.ts';

describe('describeStorageError', () => {
  it('says plainly when the device is full', () => {
    expect(describeStorageError(new DOMException('x', 'QuotaExceededError'))).toBe('this device is out of storage space');
  });
  it('explains a browser that will not store anything', () => {
    expect(describeStorageError(new DOMException('x', 'InvalidStateError'))).toMatch(/private browsing/);
  });
  it('asks to update for data from a newer Ebb', () => {
    expect(describeStorageError(new RecordError('future-version', 'settings', 'newer'))).toMatch(/newer version of Ebb/);
  });
  it('says any other failure in plain words, never as a technical name', () => {
    expect(describeStorageError(new DOMException('x', 'UnknownError'))).toBe('an unknown problem');
  });
  it('never repeats an error message, which could hold content', () => {
    expect(describeStorageError(new Error('secret words'))).not.toContain('secret');
  });
});
