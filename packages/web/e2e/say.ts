// Words of the screens in any language, looked up by their English: a browser test names a control as the
// English spec does, and this finds the same words in the Spanish or French catalogue (the same key). So the
// tests in other languages stay true as wording changes, and read like the English ones.
import type { Language } from '@ebb/content';
import { enBackup } from '../src/i18n/en-backup.ts';
import { esBackup } from '../src/i18n/es-backup.ts';
import { frBackup } from '../src/i18n/fr-backup.ts';
import { enDiary } from '../src/i18n/en-diary.ts';
import { esDiary } from '../src/i18n/es-diary.ts';
import { frDiary } from '../src/i18n/fr-diary.ts';
import { enDrafts } from '../src/i18n/en-drafts.ts';
import { esDrafts } from '../src/i18n/es-drafts.ts';
import { frDrafts } from '../src/i18n/fr-drafts.ts';
import { enHope } from '../src/i18n/en-hope.ts';
import { esHope } from '../src/i18n/es-hope.ts';
import { frHope } from '../src/i18n/fr-hope.ts';
import { enLearn } from '../src/i18n/en-learn.ts';
import { esLearn } from '../src/i18n/es-learn.ts';
import { frLearn } from '../src/i18n/fr-learn.ts';
import { enLoading } from '../src/i18n/en-loading.ts';
import { esLoading } from '../src/i18n/es-loading.ts';
import { frLoading } from '../src/i18n/fr-loading.ts';
import { enNudge } from '../src/i18n/en-nudge.ts';
import { esNudge } from '../src/i18n/es-nudge.ts';
import { frNudge } from '../src/i18n/fr-nudge.ts';
import { enPatterns } from '../src/i18n/en-patterns.ts';
import { esPatterns } from '../src/i18n/es-patterns.ts';
import { frPatterns } from '../src/i18n/fr-patterns.ts';
import { enPlan } from '../src/i18n/en-plan.ts';
import { esPlan } from '../src/i18n/es-plan.ts';
import { frPlan } from '../src/i18n/fr-plan.ts';
import { enPrivacy } from '../src/i18n/en-privacy.ts';
import { esPrivacy } from '../src/i18n/es-privacy.ts';
import { frPrivacy } from '../src/i18n/fr-privacy.ts';
import { enReauth } from '../src/i18n/en-reauth.ts';
import { esReauth } from '../src/i18n/es-reauth.ts';
import { frReauth } from '../src/i18n/fr-reauth.ts';
import { enScreens } from '../src/i18n/en-screens.ts';
import { esScreens } from '../src/i18n/es-screens.ts';
import { frScreens } from '../src/i18n/fr-screens.ts';
import { enShare } from '../src/i18n/en-share.ts';
import { esShare } from '../src/i18n/es-share.ts';
import { frShare } from '../src/i18n/fr-share.ts';
import { enSkills } from '../src/i18n/en-skills.ts';
import { esSkills } from '../src/i18n/es-skills.ts';
import { frSkills } from '../src/i18n/fr-skills.ts';
import { enSummary } from '../src/i18n/en-summary.ts';
import { esSummary } from '../src/i18n/es-summary.ts';
import { frSummary } from '../src/i18n/fr-summary.ts';
import { en } from '../src/i18n/en.ts';
import { es } from '../src/i18n/es.ts';
import { fr } from '../src/i18n/fr.ts';

const enCatalogues: readonly unknown[] = [
  enBackup,
  enDiary,
  enDrafts,
  enHope,
  enLearn,
  enLoading,
  enNudge,
  enPatterns,
  enPlan,
  enPrivacy,
  enReauth,
  enScreens,
  enShare,
  enSkills,
  enSummary,
  en,
];
const esCatalogues: readonly unknown[] = [
  esBackup,
  esDiary,
  esDrafts,
  esHope,
  esLearn,
  esLoading,
  esNudge,
  esPatterns,
  esPlan,
  esPrivacy,
  esReauth,
  esScreens,
  esShare,
  esSkills,
  esSummary,
  es,
];
const frCatalogues: readonly unknown[] = [
  frBackup,
  frDiary,
  frDrafts,
  frHope,
  frLearn,
  frLoading,
  frNudge,
  frPatterns,
  frPlan,
  frPrivacy,
  frReauth,
  frScreens,
  frShare,
  frSkills,
  frSummary,
  fr,
];

const catalogues: Readonly<Record<Language, readonly unknown[]>> = { en: enCatalogues, es: esCatalogues, fr: frCatalogues };

/** The key path of `text` in a catalogue, depth first, or null. */
function pathOf(node: unknown, text: string, path: readonly (string | number)[] = []): (string | number)[] | null {
  if (node === text) return [...path];
  if (node === null || typeof node !== 'object') return null;
  for (const [key, value] of Object.entries(node)) {
    const found = pathOf(value, text, [...path, Array.isArray(node) ? Number(key) : key]);
    if (found) return found;
  }
  return null;
}

const at = (node: unknown, path: readonly (string | number)[]): unknown =>
  path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), node);

/** The words a screen in `language` shows where the English one shows `english` (a catalogue entry, with any values filled in). */
export function say(language: Language, english: string, values: Record<string, string | number> = {}): string {
  const index = catalogues.en.findIndex((catalogue) => pathOf(catalogue, english) !== null);
  const path = index < 0 ? null : pathOf(catalogues.en[index], english);
  const words = path === null ? undefined : at(catalogues[language][index], path);
  if (typeof words !== 'string') throw new Error(`No catalogue entry says "${english}"`);
  return words.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/**
 * An accessible name that begins with `words`: special characters taken literally, and any run of spaces
 * (French puts a no-break space before a colon; accessible names read it as a space) matching any space.
 */
export const startingWith = (words: string): RegExp => new RegExp(`^${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s\u00a0\u202f]+/g, '\\s+')}`);
