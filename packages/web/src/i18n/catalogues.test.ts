/// <reference types="vite/client" />
// Every catalogue of the screens' words is written in Spanish and French: es-<name>.ts exports `es<Name>` with the
// shape of en-<name>.ts's `en<Name>` (the type check holds the keys; this holds the words), fr- likewise.
import { describe, expect, it } from 'vitest';
import { mirrorProblems, noDataKeys } from '@ebb/content';

type Modules = Record<string, Record<string, unknown>>;

const english: Modules = import.meta.glob(['./en.ts', './en-*.ts'], { eager: true });
const translated: Record<'es' | 'fr', Modules> = {
  es: import.meta.glob(['./es.ts', './es-*.ts', '!./**/*.test.ts'], { eager: true }),
  fr: import.meta.glob(['./fr.ts', './fr-*.ts', '!./**/*.test.ts'], { eager: true }),
};

describe.each(['es', 'fr'] as const)('catalogues in %s', (language) => {
  const modules = translated[language];
  const sameAllowed = new Set((modules[`./${language}-same-as-english.ts`]?.sameAsEnglish as readonly string[] | undefined) ?? []);

  it.each(Object.keys(english))('has a translation of %s', (file) => {
    const name = file.replace('./en', `./${language}`);
    expect(modules[name], `${name} is missing`).toBeDefined();
  });

  const pairs = Object.entries(english).flatMap(([file, module]) =>
    Object.entries(module)
      .filter(([name]) => name.startsWith('en'))
      .map(([name, source]) => [`${file}: ${name}`, source, modules[file.replace('./en', `./${language}`)]?.[language + name.slice(2)]] as const),
  );

  it.each(pairs)('%s is mirrored', (label, source, translation) => {
    expect(translation, `${label} has no ${language} version`).toBeDefined();
    expect(mirrorProblems(source, translation, sameAllowed, label, '', noDataKeys)).toEqual([]);
  });
});
