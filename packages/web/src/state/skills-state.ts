// The skills as the person has them: the library, their own skills and the coping items of their plan, with
// their favourites, hidden skills and pros and cons (kept encrypted). Loaded with the skill screens.
import { computed, signal } from '@preact/signals';
import { type Feeling, type Need, type SkillGuide } from '@ebb/content';
import { skills } from '../i18n/skills-content.ts';
import { emptySkillPrefs, skillPrefsRecord, SKILL_PREFS_ID, type SkillPrefs } from '@ebb/core';
import { getStore } from './vault-state.ts';
import { forgetOnLock } from './forget-on-lock.ts';
import { updateRecord } from './update-record.ts';
import { plan } from './plan-state.ts';

/** Any skill Ebb can suggest and guide: from the library, the person's own, or an item of their plan. */
export interface SkillView {
  id: string;
  name: string;
  summary: string;
  whyItHelps: string;
  steps: readonly string[];
  cautions: readonly string[];
  feelings: readonly Feeling[];
  keywords: readonly string[];
  needsNothing: boolean;
  needsPrivacy: boolean;
  guide: SkillGuide;
  origin: 'library' | 'own' | 'plan';
  /** Library skills only: the feelings it is matched to first, the needs it meets, and whether it is for calmer moments. */
  firstFor?: readonly Feeling[];
  meets?: readonly Need[];
  calmerMomentsOnly?: true;
}

export const skillPrefs = signal<SkillPrefs>(emptySkillPrefs());
let loaded: Promise<void> | undefined;

export function loadSkillPrefs(): Promise<void> {
  loaded ??= getStore()
    .then((store) => store.get(skillPrefsRecord, SKILL_PREFS_ID))
    .then((stored) => {
      skillPrefs.value = stored ?? emptySkillPrefs();
    })
    .finally(() => (loaded = undefined));
  return loaded;
}

/** Applies a change at once, then saves it read-modify-write under the write lock. */
export async function changeSkillPrefs(change: (draft: SkillPrefs) => void): Promise<void> {
  const draft = structuredClone(skillPrefs.value);
  change(draft);
  skillPrefs.value = draft;
  const next = await updateRecord(skillPrefsRecord, SKILL_PREFS_ID, (stored) => {
    const copy = structuredClone(stored ?? emptySkillPrefs());
    change(copy);
    return copy;
  });
  if (next) skillPrefs.value = next;
}

const toggle = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);
export const toggleFavourite = (id: string) => changeSkillPrefs((d) => void (d.favourites = toggle(d.favourites, id)));
export const toggleHidden = (id: string) => changeSkillPrefs((d) => void (d.hidden = toggle(d.hidden, id)));

const librarySkills: SkillView[] = skills.map((s) => ({ ...s, origin: 'library' }));

/** A skill that is just steps in the person's own words: one of their own skills, or an item of their plan. */
const ownWords = (id: string, name: string, steps: readonly string[], feelings: readonly Feeling[], origin: 'own' | 'plan'): SkillView => ({
  id,
  name,
  summary: steps[0] ?? '',
  whyItHelps: '',
  steps,
  cautions: [],
  feelings,
  keywords: [],
  needsNothing: false,
  needsPrivacy: false,
  guide: { kind: 'steps' },
  origin,
});

export const allSkills = computed<SkillView[]>(() => [
  ...librarySkills,
  ...skillPrefs.value.own.map((own) => ownWords(own.id, own.name, own.steps, own.feelings, 'own')),
  ...plan.value.sections['on-my-own'].map((item, index) => ownWords(`plan:${index}`, item.text, [item.text], [], 'plan')),
]);
// Locking forgets what was decrypted; the next screen that needs the preferences reads them again.
forgetOnLock(() => (skillPrefs.value = emptySkillPrefs()), allSkills);

export const findSkill = (id: string) => allSkills.value.find((s) => s.id === id);
