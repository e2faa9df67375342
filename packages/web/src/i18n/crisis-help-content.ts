// Crisis lines and emergency numbers by country, in this build's language (language.ts): the bundler keeps only that
// language's copy. Each country's lines come as the person should see them (helpInLanguage): those that answer in
// this language first, each with its own way in for it, so every list of lines in Ebb shows the same order.
import {
  crisisHelp as crisisHelpEn,
  crisisHelpEs,
  crisisHelpFr,
  internationalDirectory as internationalDirectoryEn,
  internationalDirectoryEs,
  internationalDirectoryFr,
  type CountryHelp,
  type Directory,
} from '@ebb/content';
import { helpInLanguage } from '@ebb/core';
import { language } from './language.ts';

const crisisHelpAsWritten: readonly CountryHelp[] = __EBB_LANGUAGE__ === 'es' ? crisisHelpEs : __EBB_LANGUAGE__ === 'fr' ? crisisHelpFr : crisisHelpEn;
export const crisisHelp: readonly CountryHelp[] = crisisHelpAsWritten.map((help) => helpInLanguage(help, language));
export const internationalDirectory: Directory =
  __EBB_LANGUAGE__ === 'es' ? internationalDirectoryEs : __EBB_LANGUAGE__ === 'fr' ? internationalDirectoryFr : internationalDirectoryEn;
