// PLACEHOLDER until the translation lands.
import type { Skill } from '../skills.ts';
import { skills } from '../skills.ts';

export const skillsEs: readonly Skill[] = skills;
