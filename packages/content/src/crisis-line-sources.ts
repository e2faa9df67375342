// Where each crisis line, its languages, and each emergency number in crisis-lines.ts was checked, and when: one
// source per entry, each with its own date (docs/clinical-rules.md rules 2 and 15). Kept apart from the lines so the
// first screen, which shows the lines, does not ship the sources; About lists them and the content tests hold them to date.
import type { Source } from './types.ts';

/** Each crisis line's source, by the line's id. */
export const crisisLineSources: Readonly<Record<string, Source>> = {
  'us-988': { url: 'https://988lifeline.org/get-help/what-to-expect/', verifiedOn: '2026-11-30' },
  'us-crisis-text-line': { url: 'https://www.crisistextline.org/', verifiedOn: '2026-11-22' },
  'ca-988': { url: 'https://988.ca/', verifiedOn: '2026-11-22' },
  'ca-kids-help-phone': { url: 'https://kidshelpphone.ca/', verifiedOn: '2026-11-22' },
  'gb-samaritans': { url: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/', verifiedOn: '2026-11-22' },
  'gb-shout': { url: 'https://giveusashout.org/about-us/faq/', verifiedOn: '2026-11-30' },
  'gb-nhs-111': { url: 'https://www.lpft.nhs.uk/contact-us/need-help-now', verifiedOn: '2026-11-30' },
  'gb-childline': { url: 'https://www.childline.org.uk/get-support/contacting-childline/', verifiedOn: '2026-11-22' },
  'ie-samaritans': { url: 'https://www.samaritans.org/ireland/how-we-can-help/contact-samaritan/', verifiedOn: '2026-11-22' },
  'ie-50808': { url: 'https://text50808.ie/', verifiedOn: '2026-11-22' },
  'au-lifeline': { url: 'https://www.lifeline.org.au/', verifiedOn: '2026-11-22' },
  'au-kids-helpline': { url: 'https://kidshelpline.com.au/', verifiedOn: '2026-11-22' },
  'nz-1737': { url: 'https://1737.org.nz/', verifiedOn: '2026-11-22' },
  'de-telefonseelsorge': { url: 'https://undenheim-friesenheim-evangelisch.ekhn.de/startseite/hilfsangebote/telefonseelsorge.html', verifiedOn: '2026-11-30' },
  'fr-3114': { url: 'https://3114.fr/que-se-passe-t-il-quand-je-contacte-le-3114/', verifiedOn: '2026-11-30' },
  'nl-113': { url: 'https://www.113.nl/schoolopdracht', verifiedOn: '2026-11-30' },
  'sg-mindline-1771': {
    url: 'https://www.moh.gov.sg/newsroom/national-mindline-1771-to-provide--round-the-clock-support-for-mental-health',
    verifiedOn: '2026-11-30',
  },
};

/**
 * Where each line's languages beyond its country's main one, and any way in (crisis-line-languages.ts), were
 * checked, and when, by line id. A line not here records its main language only, resting on its own source above.
 */
export const crisisLineLanguageSources: Readonly<Record<string, Source>> = {
  'us-988': { url: 'https://988lifeline.org/get-help/what-to-expect/', verifiedOn: '2026-11-30' },
  // "To be connected to a Spanish speaking volunteer Crisis Counselor anyone can text AYUDA to 741741."
  'us-crisis-text-line': { url: 'https://crisistextline.org/blog/2021/10/15/hola-crisis-text-line-is-now-available-in-spanish', verifiedOn: '2026-11-30' },
  // The Government of Canada's news release for the launch: "available to call or text, in English and French".
  'ca-988': {
    url: 'https://www.newswire.ca/news-releases/government-of-canada-launches-three-digit-suicide-crisis-helpline-896472116.html',
    verifiedOn: '2026-11-30',
  },
  // "Canada's only 24/7 national service offering bilingual (English and French) professional counselling".
  'ca-kids-help-phone': { url: 'https://kidshelpphone.ca/get-involved/about-us/who-is-kids-help-phone/', verifiedOn: '2026-11-30' },
};

/** Each verified country's emergency number's source, by `<country>:<number>`. */
export const emergencyNumberChecks: Readonly<Record<string, Source>> = {
  'US:911': { url: 'https://www.911.gov/', verifiedOn: '2026-11-22' },
  'CA:911': { url: 'https://www.canada.ca/en/public-health/services/mental-health-services/mental-health-get-help.html', verifiedOn: '2026-11-22' },
  'GB:999': { url: 'https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-go-to-ae/', verifiedOn: '2026-11-22' },
  'IE:112': {
    url: 'https://www.gov.ie/en/department-of-the-environment-climate-and-communications/services/emergency-call-answering-service/',
    verifiedOn: '2026-11-22',
  },
  'IE:999': {
    url: 'https://www.gov.ie/en/department-of-the-environment-climate-and-communications/services/emergency-call-answering-service/',
    verifiedOn: '2026-11-22',
  },
  'AU:000': { url: 'https://www.triplezero.gov.au/', verifiedOn: '2026-11-22' },
  'NZ:111': { url: 'https://www.police.govt.nz/contact-us/emergency-111', verifiedOn: '2026-11-22' },
  'DE:112': { url: 'https://www.baden-baden.de/buergerservice/notlagen/unfaelle/feuerwehr-und-polizei/', verifiedOn: '2026-11-30' },
  'FR:15': { url: 'https://www.service-public.fr/particuliers/vosdroits/F33954', verifiedOn: '2026-11-30' },
  'FR:112': { url: 'https://www.service-public.fr/particuliers/vosdroits/F33954', verifiedOn: '2026-11-30' },
  'NL:112': { url: 'https://www.politie.nl/nieuws/2021/februari/11/08-als-elke-seconde-telt.html', verifiedOn: '2026-11-30' },
  'SG:995': { url: 'https://www.scdf.gov.sg/home/about-us/information-on-ems/scdf-emergency-medical-services', verifiedOn: '2026-11-30' },
};
