// What "I’ve already hurt myself" says, in this build's language (language.ts): the bundler keeps only that language's copy.
import { medicalHelp as medicalHelpEn, medicalHelpEs, medicalHelpFr, type MedicalHelp } from '@ebb/content';

export const medicalHelp: MedicalHelp = __EBB_LANGUAGE__ === 'es' ? medicalHelpEs : __EBB_LANGUAGE__ === 'fr' ? medicalHelpFr : medicalHelpEn;
