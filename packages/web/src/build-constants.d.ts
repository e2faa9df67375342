// Values fixed when the app is built (vite.config.ts `define`); each language is a build of its own.
declare const __EBB_LANGUAGE__: import('@ebb/content').Language;
