// Sizes in the hope box's messages read the way files show them.
import { describe, expect, it } from 'vitest';
import { describeSize } from './describe-size.ts';

describe('describeSize', () => {
  it('says kilobytes under a megabyte, rounding up so nothing reads as 0', () => {
    expect(describeSize(0)).toBe('1 kB');
    expect(describeSize(850_000)).toBe('850 kB');
    expect(describeSize(1_500_000)).toBe('1.5 MB');
    expect(describeSize(12_000_000)).toBe('12 MB');
  });
});
