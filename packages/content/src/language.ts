// The languages Ebb is written in. English is the source every other catalogue and content set mirrors.
export const languages = ['en', 'es', 'fr'] as const;
export type Language = (typeof languages)[number];

export const isLanguage = (value: unknown): value is Language => typeof value === 'string' && (languages as readonly string[]).includes(value);
