// The Spanish and French reading-ease measures, on words whose syllables are known and texts plainly easy or hard.
import { describe, expect, it } from 'vitest';
import { countSyllablesEs, countSyllablesFr, readingEase } from './reading-ease.ts';

describe('syllables', () => {
  it('are counted right in everyday Spanish words, diphthongs, hiatus and a silent "u" included', () => {
    const known: Record<string, number> = {
      ciudad: 2,
      poeta: 3,
      día: 2,
      que: 1,
      guitarra: 3,
      hoy: 1,
      autolesión: 4,
      pensamientos: 4,
      cuenta: 2,
      leer: 2,
      y: 1,
      pingüino: 3,
      ayuda: 3,
    };
    expect(Object.fromEntries(Object.keys(known).map((w) => [w, countSyllablesEs(w)]))).toEqual(known);
  });

  it('are counted right in everyday French words, a silent final "e" and a diaeresis included', () => {
    const known: Record<string, number> = {
      pensée: 2,
      idées: 2,
      oiseau: 2,
      automutilation: 6,
      naïf: 2,
      eau: 1,
      parle: 1,
      une: 1,
      moi: 1,
      suicidaires: 3,
      aide: 1,
      respirer: 3,
    };
    expect(Object.fromEntries(Object.keys(known).map((w) => [w, countSyllablesFr(w)]))).toEqual(known);
  });
});

describe('readingEase', () => {
  it('puts short plain sentences above the bar of 60 and long learned ones far below it', () => {
    expect(readingEase(['Respira despacio. Cuenta hasta cuatro. Estás a salvo ahora.'], 'es')).toBeGreaterThanOrEqual(60);
    expect(
      readingEase(
        ['La intervención psicoterapéutica interdisciplinaria contemporánea fundamenta sistemáticamente metodologías individualizadas e institucionalizadas.'],
        'es',
      ),
    ).toBeLessThan(30);
    expect(readingEase(['Respire doucement. Compte jusqu’à quatre. Tu es en sécurité.'], 'fr')).toBeGreaterThanOrEqual(60);
    expect(
      readingEase(
        ['L’intervention psychothérapeutique interdisciplinaire contemporaine institutionnalise systématiquement des méthodologies individualisées.'],
        'fr',
      ),
    ).toBeLessThan(30);
  });
});
