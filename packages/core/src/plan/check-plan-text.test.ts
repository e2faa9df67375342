// What the plan's forms accept: required text, length limits and dialable numbers.
import { describe, expect, it } from 'vitest';
import { checkPlanText } from './check-plan-text.ts';

describe('checkPlanText', () => {
  it('asks for required text and lets optional text be empty', () => {
    expect(checkPlanText('   ', { max: 10, required: true })).toBe('required');
    expect(checkPlanText('', { max: 10 })).toBeUndefined();
  });

  it('measures the trimmed text against the limit', () => {
    expect(checkPlanText('  abc  ', { max: 3, required: true })).toBeUndefined();
    expect(checkPlanText('abcd', { max: 3 })).toBe('too-long');
  });

  it('accepts numbers people write and refuses text that cannot be dialled', () => {
    expect(checkPlanText('+44 7700 900-123', { max: 32, phone: true })).toBeUndefined();
    expect(checkPlanText('call mum', { max: 32, phone: true })).toBe('not-a-number');
    expect(checkPlanText('12', { max: 32, phone: true })).toBe('not-a-number');
  });
});
