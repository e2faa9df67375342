// PLACEHOLDER until the translation lands.
import type { MedicalHelp } from '../medical-help.ts';
import { medicalHelp } from '../medical-help.ts';

export const medicalHelpEs: MedicalHelp = medicalHelp;
