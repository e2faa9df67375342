// Values fixed when the app is built (vite.config.ts `define`; vitest.config.ts for unit tests). Each language
// is a build of its own; the union is Language (packages/content/src/language.ts).
declare const __EBB_LANGUAGE__: 'en' | 'es' | 'fr';
