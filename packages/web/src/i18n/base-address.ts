// Where this language's addresses live: English at "/", the others under "/<language>/" (vite.config.ts `base`).
// The router and the screens use paths without it; only the address bar carries it.
const base = import.meta.env.BASE_URL.replace(/\/$/, '');

/** "/plan" → "/es/plan" in the Spanish build; "/" → "/es/". Unchanged in English. */
export const withBase = (path: string): string => (base === '' ? path : path === '/' ? `${base}/` : `${base}${path}`);

/** "/es/plan" → "/plan"; an address outside the base (it cannot happen under the worker's scope) is kept. */
export const withoutBase = (address: string): string =>
  base !== '' && (address === base || address.startsWith(`${base}/`)) ? address.slice(base.length) || '/' : address;
