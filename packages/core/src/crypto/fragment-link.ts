// A link that carries a secret after `#` (pairing links, share links): browsers never send the fragment to a
// server, so the secret stays between devices. Reading one checks it is a web address ending in its path,
// and refuses a link whose query holds something that reads as the secret: that copy has been sent to a server.

export type FragmentLink = { readonly ok: true; readonly fragment: string } | { readonly ok: false; readonly kind: 'not-a-link' | 'in-query' };

/** The fragment (after `#`, without it) of a link to `…/<path>`, or why the text is not such a link. */
export function readFragmentLink(text: string, path: string, isSecret: (value: string) => boolean): FragmentLink {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, kind: 'not-a-link' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, kind: 'not-a-link' };
  let inQuery = false;
  url.searchParams.forEach((value, key) => (inQuery ||= isSecret(value) || isSecret(key)));
  if (inQuery) return { ok: false, kind: 'in-query' };
  if (!url.pathname.replace(/\/+$/, '').endsWith(`/${path}`)) return { ok: false, kind: 'not-a-link' };
  return { ok: true, fragment: url.hash.slice(1) };
}
