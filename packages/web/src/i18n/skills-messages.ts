// The active catalogue for Ride it out and the skills library (this build's language: language.ts).
import { enSkills, type SkillsMessages } from './en-skills.ts';
import { esSkills } from './es-skills.ts';
import { frSkills } from './fr-skills.ts';

export const ms: SkillsMessages = __EBB_LANGUAGE__ === 'es' ? esSkills : __EBB_LANGUAGE__ === 'fr' ? frSkills : enSkills;
