// "I've already hurt myself" must say when and where to get help, that no overdose is safe, and cite sources.
import { describe, expect, it } from 'vitest';
import { medicalHelp } from './index.ts';

describe('medical help', () => {
  it('says there is no safe way to take too much and that any overdose needs urgent help', () => {
    expect(medicalHelp.poisoning).toMatch(/no safe way/i);
    expect(medicalHelp.poisoning).toMatch(/any overdose needs urgent medical help/i);
  });

  it('lists when to call the emergency number, including swallowing something harmful', () => {
    expect(medicalHelp.emergencyNow.length).toBeGreaterThanOrEqual(3);
    expect(medicalHelp.emergencyNow.some((s) => /swallowed/.test(s))).toBe(true);
  });

  it('opens without judgement', () => {
    expect(medicalHelp.reassurance).toMatch(/not in trouble/i);
  });

  it('cites its sources', () => {
    expect(medicalHelp.sources.length).toBeGreaterThan(0);
    for (const s of medicalHelp.sources) expect(new URL(s.url).protocol).toBe('https:');
  });
});
