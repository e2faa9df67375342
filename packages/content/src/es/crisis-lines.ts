// PLACEHOLDER until the translation lands.
import type { CountryHelp } from '../types.ts';
import type { Directory } from '../types.ts';
import { crisisHelp, internationalDirectory } from '../crisis-lines.ts';

export const crisisHelpEs: readonly CountryHelp[] = crisisHelp;
export const internationalDirectoryEs: Directory = internationalDirectory;
