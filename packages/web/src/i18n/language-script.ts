// The inline script at the top of each language's index.html, run before anything paints: it opens the
// language the person chose, or on a first visit to "/" their device's language, so nobody sees a flash of
// another language. English lives at "/", the others under "/es/" and "/fr/".
//
// A choice made in Settings (or on first open) is remembered in the plain hint `language`, kept only when it
// differs from the device's own language (language-choice.ts): it is the one thing readable before the vault
// opens, and says which language, nothing more. Without a hint, an address under a language stays in that
// language (a shared link), and "/" follows the device; a server that reads Accept-Language (packages/server)
// has already done the same, and `?lang=en` asks it for English.
import type { Language } from '@ebb/content';

/** The script's source for the build of `here`: plain ES5 in one line, so its hash in the CSP stays simple. */
export function languageScript(here: Language, all: readonly Language[]): string {
  const list = JSON.stringify(all);
  return (
    `try{var L=${list},h="${here}",s=localStorage.getItem("language"),w=L.indexOf(s)>=0?s:null;` +
    `if(!w&&h==="en"&&!/[?&]lang=en(&|$)/.test(location.search))for(var n=navigator.languages||[navigator.language],i=0;!w&&i<n.length;i++){var c=String(n[i]).slice(0,2).toLowerCase();if(L.indexOf(c)>=0)w=c}` +
    `if(w&&w!==h){var p=location.pathname;if(h!=="en")p=p.slice(3)||"/";location.replace((w==="en"?"":"/"+w)+p+(w==="en"?"?lang=en":"")+location.hash)}}catch(e){}`
  );
}
