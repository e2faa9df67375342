// PLACEHOLDER until the translation lands.
import type { Skill } from '../skills.ts';
import { skills } from '../skills.ts';

export const skillsFr: readonly Skill[] = skills;
