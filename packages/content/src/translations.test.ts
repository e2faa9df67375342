/// <reference types="vite/client" />
// Every content set Ebb shows is written in Spanish and French, mirroring the English one (translation/mirror.ts):
// a file es/<path>.ts exports `<name>Es` for each English `<name>` in ./<path>.ts, and fr/ likewise.
import { describe, expect, it } from 'vitest';
import { mirrorProblems } from './translation/mirror.ts';

type Modules = Record<string, Record<string, unknown>>;

const english: Modules = import.meta.glob(['./**/*.ts', '!./**/*.test.ts', '!./es/**', '!./fr/**', '!./translation/**'], { eager: true });
const translated: Record<'es' | 'fr', Modules> = {
  es: import.meta.glob(['./es/**/*.ts', '!./**/*.test.ts'], { eager: true }),
  fr: import.meta.glob(['./fr/**/*.ts', '!./**/*.test.ts'], { eager: true }),
};

/** The English content every language must have: what a person reads anywhere in Ebb. */
const mustTranslate: Readonly<Record<string, readonly string[]>> = {
  './crisis-lines.ts': ['crisisHelp', 'internationalDirectory'],
  './medical-help.ts': ['medicalHelp'],
  './plan-sections.ts': ['planSections', 'planBarriers'],
  './support-card.ts': ['sayToMe', 'dontSayToMe', 'supporterGuidance'],
  './needs.ts': ['needWords'],
  './skills.ts': ['skills'],
  './learn/learn-pages.ts': ['learnPages'],
  './learn/for-supporters.ts': ['supporterGuide'],
};

const suffix = { es: 'Es', fr: 'Fr' } as const;

describe.each(['es', 'fr'] as const)('content in %s', (language) => {
  const modules = translated[language];
  const sameAllowed = new Set((modules[`./${language}/same-as-english.ts`]?.sameAsEnglish as readonly string[] | undefined) ?? []);

  it.each(Object.entries(mustTranslate))('translates %s', (file, names) => {
    const module = modules[file.replace('./', `./${language}/`)];
    expect(module, `${language}/${file.slice(2)} is missing`).toBeDefined();
    for (const name of names) expect(module?.[name + suffix[language]], `${name}${suffix[language]}`).toBeDefined();
  });

  const pairs = Object.entries(modules).flatMap(([file, module]) =>
    Object.entries(module)
      .filter(([name]) => name.endsWith(suffix[language]))
      .map(([name, value]) => [`${file}: ${name}`, english[file.replace(`./${language}/`, './')]?.[name.slice(0, -2)], value, name.slice(0, -2)] as const),
  );

  it.each(pairs)('%s mirrors the English', (_label, source, translation, name) => {
    expect(source, 'no English export of that name in the same path').toBeDefined();
    expect(mirrorProblems(source, translation, sameAllowed, name)).toEqual([]);
  });
});
