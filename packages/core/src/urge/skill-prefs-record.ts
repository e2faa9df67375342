// The person's own relationship with the skills library: favourites, hidden skills, their own skills
// (which join the suggestions) and their pros and cons, written while calm.
import * as v from 'valibot';
import { feelings } from '@ebb/content';
import { defineRecord } from '../records/define-record.ts';

export const SKILL_LIMITS = { name: 80, step: 300, steps: 12, ownSkills: 50, proCon: 300, proCons: 20 } as const;

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(80));
const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));

const ownSkillSchema = v.object({
  id,
  name: text(SKILL_LIMITS.name),
  steps: v.pipe(v.array(text(SKILL_LIMITS.step)), v.minLength(1), v.maxLength(SKILL_LIMITS.steps)),
  feelings: v.array(v.picklist(feelings)),
});
export type OwnSkill = v.InferOutput<typeof ownSkillSchema>;

const list = v.pipe(v.array(text(SKILL_LIMITS.proCon)), v.maxLength(SKILL_LIMITS.proCons));

const prefsSchema = v.object({
  favourites: v.array(id),
  hidden: v.array(id),
  own: v.pipe(v.array(ownSkillSchema), v.maxLength(SKILL_LIMITS.ownSkills)),
  prosCons: v.object({ actingPros: list, actingCons: list, resistingPros: list, resistingCons: list }),
});
export type SkillPrefs = v.InferOutput<typeof prefsSchema>;
export type ProsCons = SkillPrefs['prosCons'];

export const SKILL_PREFS_ID = 'current';
export const emptySkillPrefs = (): SkillPrefs => ({
  favourites: [],
  hidden: [],
  own: [],
  prosCons: { actingPros: [], actingCons: [], resistingPros: [], resistingCons: [] },
});

export const skillPrefsRecord = defineRecord<SkillPrefs>({ type: 'skill-prefs', version: 1, schema: prefsSchema, migrations: {} });
