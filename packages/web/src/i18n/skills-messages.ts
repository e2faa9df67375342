// The active catalogue for Ride it out and the skills library (English so far).
import { enSkills, type SkillsMessages } from './en-skills.ts';

export const ms: SkillsMessages = enSkills;
