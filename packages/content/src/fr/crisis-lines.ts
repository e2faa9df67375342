// PLACEHOLDER until the translation lands.
import type { CountryHelp } from '../types.ts';
import type { Directory } from '../types.ts';
import { crisisHelp, internationalDirectory } from '../crisis-lines.ts';

export const crisisHelpFr: readonly CountryHelp[] = crisisHelp;
export const internationalDirectoryFr: Directory = internationalDirectory;
