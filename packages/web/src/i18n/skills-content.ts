// The skills and their guides, in this build's language (language.ts): the bundler keeps only that language's copy.
import { skills as skillsEn, skillsEs, skillsFr, type Skill } from '@ebb/content';

export const skills: readonly Skill[] = __EBB_LANGUAGE__ === 'es' ? skillsEs : __EBB_LANGUAGE__ === 'fr' ? skillsFr : skillsEn;
