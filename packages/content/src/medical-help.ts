// "I've already hurt myself": when and where to get medical help, and nothing more (CLINICAL.md rule 10).
// Written in Ebb's own words from the sources listed; no method detail, no harm-minimisation instructions.
import type { Source } from './types.ts';

export interface MedicalHelp {
  /** Said first: no judgement. */
  reassurance: string;
  /** Reasons to call the emergency number now. */
  emergencyNowIntro: string;
  emergencyNow: readonly string[];
  /** Swallowing too much of anything: always urgent. */
  poisoning: string;
  /** Non-emergency care: where, with the country's own places filled in. */
  urgentCareIntro: string;
  infectionSigns: string;
  /** Basic first aid signposting while getting help. */
  woundCare: string;
  firstAidGuide: { name: string; url: string };
  sources: readonly Source[];
}

export const medicalHelp: MedicalHelp = {
  reassurance: "You're not in trouble, and you deserve care. Medical staff are there to help you, not to judge.",
  emergencyNowIntro: 'Call the emergency number now if:',
  emergencyNow: [
    "bleeding hasn't stopped after 10 minutes of firm pressure",
    'you feel faint, dizzy, confused or very unwell',
    'an injury is deep, large or gaping, or you can’t feel or move part of your body',
    'you have swallowed too much of any medicine or anything harmful, even if you feel fine',
  ],
  poisoning:
    'There is no safe way to take too much of a medicine or to swallow something harmful. The damage can be delayed and hidden, so any overdose needs urgent medical help, even if you feel fine.',
  urgentCareIntro: 'If it is not an emergency, still get it checked soon, especially if it might need stitches.',
  infectionSigns: 'Get it looked at if it becomes more red, hot, swollen or painful, or you feel feverish: these can be signs of infection.',
  woundCare: 'While you get help: press firmly on bleeding with something clean, keep the area clean, and cover it with a clean dressing.',
  firstAidGuide: { name: 'St John Ambulance first aid advice', url: 'https://www.sja.org.uk/get-advice/first-aid-advice/' },
  sources: [
    { url: 'https://www.nhs.uk/mental-health/conditions/self-harm/getting-help/', verifiedOn: '2026-11-22' },
    { url: 'https://www.nice.org.uk/guidance/ng225', verifiedOn: '2026-11-22' },
    { url: 'https://www.sja.org.uk/get-advice/first-aid-advice/', verifiedOn: '2026-11-22' },
  ],
};
