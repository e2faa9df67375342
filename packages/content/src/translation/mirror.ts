// Checks that a translation mirrors its English source: the same keys in the same places, the same lists of the
// same length, the same numbers and flags, the same ids, links and phone numbers, and every sentence
// written afresh. Used by the tests of the content sets (../translations.test.ts) and of the screens' catalogues
// (packages/web/src/i18n/catalogues.test.ts).

/** Keys whose text is data, not words: ids, kinds, sources, links, numbers, dates. They must equal the English. */
const dataKeys = new Set([
  'id',
  'kind',
  'source',
  'sources',
  'feelings',
  'firstFor',
  'meets',
  'module',
  'use',
  'screen',
  'section',
  'written',
  'topic',
  'code',
  'country',
  'number',
  'display',
  'keyword',
  'url',
  'checkedOn',
  'verifiedOn',
  'supports',
]);

/** Text a translation may keep as it is: no letters at all (a number, a time), or a placeholder alone. */
const needsNoTranslation = (text: string) => !/\p{L}/u.test(text.replace(/\{\w+\}/g, ''));

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

/**
 * Every way `translation` fails to mirror `english`, as readable paths. `sameAllowed` lists English texts the
 * language keeps unchanged (names of services, of apps, words the language borrows).
 */
export function mirrorProblems(english: unknown, translation: unknown, sameAllowed: ReadonlySet<string>, path = '', key = ''): string[] {
  if (typeof english === 'string') {
    if (typeof translation !== 'string') return [`${path}: not text`];
    if (dataKeys.has(key)) return translation === english ? [] : [`${path}: is data and must stay "${english}"`];
    if (translation.trim() === '') return [`${path}: empty`];
    const problems: string[] = [];
    if (placeholders(translation).join() !== placeholders(english).join()) problems.push(`${path}: placeholders differ from "${english}"`);
    if (translation === english && !needsNoTranslation(english) && !sameAllowed.has(english)) problems.push(`${path}: still English ("${english}")`);
    return problems;
  }
  if (Array.isArray(english)) {
    if (!Array.isArray(translation)) return [`${path}: not a list`];
    // A data list (a skill's feelings, a page's sources) is compared whole; a list of words may differ in length
    // only where it is a list of search words (keywords), which each language chooses for itself.
    if (dataKeys.has(key)) return JSON.stringify(english) === JSON.stringify(translation) ? [] : [`${path}: is data and must stay ${JSON.stringify(english)}`];
    if (key === 'keywords' || path.includes('needWords'))
      return translation.every((word) => typeof word === 'string' && word.trim() !== '') ? [] : [`${path}: empty word`];
    if (english.length !== translation.length) return [`${path}: ${translation.length} items, English has ${english.length}`];
    return english.flatMap((item, index) => mirrorProblems(item, translation[index], sameAllowed, `${path}[${index}]`, key));
  }
  if (english !== null && typeof english === 'object') {
    if (translation === null || typeof translation !== 'object' || Array.isArray(translation)) return [`${path}: not an object`];
    const englishKeys = Object.keys(english).sort();
    const translatedKeys = Object.keys(translation).sort();
    if (englishKeys.join() !== translatedKeys.join()) return [`${path}: keys ${translatedKeys.join(',')} differ from ${englishKeys.join(',')}`];
    return englishKeys.flatMap((name) =>
      mirrorProblems(
        (english as Record<string, unknown>)[name],
        (translation as Record<string, unknown>)[name],
        sameAllowed,
        path ? `${path}.${name}` : name,
        name,
      ),
    );
  }
  if (typeof english === 'function') return typeof translation === 'function' ? [] : [`${path}: not a function`];
  return Object.is(english, translation) ? [] : [`${path}: ${String(translation)} differs from ${String(english)}`];
}
