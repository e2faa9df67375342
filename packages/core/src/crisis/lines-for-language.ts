// Crisis lines in the person's language: the one ordering every list of lines uses (Help now, the page without
// JavaScript, the plan, the support card, the supporter guide, About), so no two places can disagree; the
// note naming a line's languages; and a line's own way in for this language (988 in Spanish).
import { crisisLineLanguages, type CountryHelp, type CrisisLine, type Language, type LineLanguage, type Reach } from '@ebb/content';

/** Whether the line answers in `language` (a line with no record is taken to answer only in other languages). */
export const answersIn = (lineId: string, language: Language): boolean => crisisLineLanguages[lineId]?.languages.includes(language) ?? false;

/** The lines that answer in `language` first, then the others; each group keeps the order it was given in. */
export function linesForLanguage<L extends { id: string }>(lines: readonly L[], language: Language): L[] {
  return [...lines.filter((l) => answersIn(l.id, language)), ...lines.filter((l) => !answersIn(l.id, language))];
}

/**
 * The languages to name beside a line: all of them when the line does not answer in `language`, or when it answers
 * in more than one (so "English and French" tells a reader of either that theirs is one); nothing when the line
 * answers only in `language`, where a note would say what the reader already assumes.
 */
export function languagesToSay(lineId: string, language: Language): readonly LineLanguage[] | undefined {
  const record = crisisLineLanguages[lineId];
  return record && (record.languages.length > 1 || !record.languages.includes(language)) ? record.languages : undefined;
}

/** A call or a text to the same number is the same way in, whatever its menu key or keyword. */
const wayKey = (r: Reach) => (r.kind === 'chat' ? `chat:${r.url}` : `${r.kind}:${r.number}`);

/**
 * How to reach a line in `language`: the line's own way in for that language first (it replaces the plain call or
 * text to the same number), then the line's other ways as they are. Without a way in, the line's ways unchanged.
 */
export function reachIn(line: Pick<CrisisLine, 'id' | 'reach'>, language: Language): readonly Reach[] {
  const wayIn = crisisLineLanguages[line.id]?.inLanguage?.[language]?.reach;
  if (!wayIn) return line.reach;
  const replaced = new Set(wayIn.map(wayKey));
  return [...wayIn, ...line.reach.filter((r) => !replaced.has(wayKey(r)))];
}

/** A country's help as a person reading `language` should see it: lines in that language first, each with its way in. */
export const helpInLanguage = (help: CountryHelp, language: Language): CountryHelp => ({
  ...help,
  lines: linesForLanguage(help.lines, language).map((line) => ({ ...line, reach: reachIn(line, language) })),
});
