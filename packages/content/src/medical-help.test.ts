// "I've already hurt myself" must say when and where to get help, that no overdose is safe, and cite a source
// for every part it says.
import { describe, expect, it } from 'vitest';
import { medicalHelp, medicalHelpSources, type MedicalHelpPart } from './index.ts';

const parts: readonly MedicalHelpPart[] = ['reassurance', 'emergencyNow', 'poisoning', 'urgentCare', 'stitches', 'woundCare', 'burns', 'infectionSigns'];

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

  it('gives first aid beyond bleeding: cooling a burn for 20 minutes under running water', () => {
    expect(medicalHelp.burns).toMatch(/cool running water for 20 minutes/);
  });

  it('says where in the UK a cut that may need stitches is treated', () => {
    expect(medicalHelp.stitchesWhere.GB).toMatch(/urgent treatment centre/);
  });

  it('never uses wording that describes a wound', () => {
    const text = JSON.stringify(medicalHelp);
    expect(text).not.toMatch(/gaping/i);
  });

  it('cites a source for every part, each supporting something', () => {
    for (const part of parts)
      expect(
        medicalHelpSources.some((s) => s.supports.includes(part)),
        part,
      ).toBe(true);
    for (const s of medicalHelpSources) {
      expect(new URL(s.url).protocol).toBe('https:');
      expect(s.supports.length).toBeGreaterThan(0);
    }
  });
});
