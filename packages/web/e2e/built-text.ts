// The text a built file can show a person: an HTML page's text and attribute values, a script's string and
// template literals, a manifest's strings. Code identifiers are never included, so a minified variable
// name cannot be mistaken for wording (and a word in a string cannot hide behind minification).
import ts from 'typescript';

/** The string and template-literal pieces of a script, parsed (not pattern-matched) so comments and regexes are skipped. */
export function scriptStrings(source: string): string[] {
  const file = ts.createSourceFile('chunk.js', source, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push(node.text);
    else if (ts.isTemplateExpression(node)) {
      // A template such as `Noted for ${time}` is read as a sentence with a value in it, as the catalogues' `{time}` are.
      found.push([node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join('{value}'));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  rsquo: '\u2019',
  lsquo: '\u2018',
  ldquo: '\u201c',
  rdquo: '\u201d',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return entities[name.toLowerCase()] ?? whole;
  });
}

/** Attributes whose values are read out or shown. */
const shownAttributes = /\s(?:alt|title|aria-label|aria-description|aria-roledescription|placeholder|content|label|value)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

/**
 * An HTML page's visible text (tags become spaces, so a phrase split by inline tags still reads as one),
 * its shown attribute values, and the strings of any inline script.
 */
export function htmlText(html: string): string[] {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, ' ');
  const inlineScripts = [...withoutComments.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1] ?? '').filter((code) => code.trim() !== '');
  const markup = withoutComments.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ');
  const attributes = [...markup.matchAll(/<[^>]+>/g)].flatMap((tag) => [...tag[0].matchAll(shownAttributes)].map((m) => decodeEntities(m[1] ?? m[2] ?? '')));
  const text = decodeEntities(markup.replace(/<[^>]+>/g, ' '));
  return [text, ...attributes, ...inlineScripts.flatMap(scriptStrings)];
}
