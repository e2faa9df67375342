// Crisis lines and emergency numbers by country, in this build's language (language.ts): the bundler keeps only that language's copy.
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

export const crisisHelp: readonly CountryHelp[] = __EBB_LANGUAGE__ === 'es' ? crisisHelpEs : __EBB_LANGUAGE__ === 'fr' ? crisisHelpFr : crisisHelpEn;
export const internationalDirectory: Directory =
  __EBB_LANGUAGE__ === 'es' ? internationalDirectoryEs : __EBB_LANGUAGE__ === 'fr' ? internationalDirectoryFr : internationalDirectoryEn;
