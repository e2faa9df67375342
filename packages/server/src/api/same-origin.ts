// The API answers only the app's own pages: a browser names the page's origin in `Origin` (on every POST and
// DELETE, and on cross-origin GETs) and says in `Sec-Fetch-Site` where a request comes from. Any other origin
// is refused, and no CORS header is ever sent, so another site can neither call the API nor read an answer.
import type { IncomingHttpHeaders } from 'node:http';

const hostOf = (origin: string): string | undefined => {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
};

/** True when the request plainly comes from a page of another origin than the server's own, `host` being the
 *  request's Host (or, behind a trusted proxy, its X-Forwarded-Host). */
export function isCrossOrigin(headers: IncomingHttpHeaders, host: string): boolean {
  const site = headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') return true;
  const origin = headers.origin;
  if (origin === undefined) return false;
  // The host, not the scheme: behind a TLS proxy the page is https while this server hears plain http.
  const originHost = hostOf(origin);
  return originHost === undefined || originHost === '' || originHost !== host;
}
