// Which language's app answers an address. English lives at "/", each other language under "/<language>/"
// (each is a build of its own). An address under a language is that language; any other address follows
// the browser's Accept-Language, so a Spanish device is sent to "/es/…" before anything is shown (no flash
// of English, and no JavaScript needed: the crisis help inside <noscript> is in Spanish too). `?lang=en`
// asks for English whatever the browser says: the app uses it when the person chose English on a device
// set to another language. The same rule for a static host is in docs/deploy-static.md.
import Negotiator from 'negotiator';

/** The languages built under their own prefix, beside English at "/". */
export const prefixedLanguages = ['es', 'fr'] as const;
export type PrefixedLanguage = (typeof prefixedLanguages)[number];

/** The language an address belongs to by its prefix ("/es", "/es/plan"), or null for English's addresses. */
export function languageOfPath(path: string): PrefixedLanguage | null {
  return prefixedLanguages.find((code) => path === `/${code}` || path.startsWith(`/${code}/`)) ?? null;
}

/** The language to send an English address to, from the request's Accept-Language and query, or null to stay. */
export function languageToRedirectTo(acceptLanguage: string | undefined, query: string): PrefixedLanguage | null {
  if (/(^|&)lang=en(&|$)/.test(query)) return null;
  const [best] = new Negotiator({ headers: { 'accept-language': acceptLanguage } }).languages(['en', ...prefixedLanguages]);
  return prefixedLanguages.find((code) => code === best) ?? null;
}
