// "I've already hurt myself": when and where to get medical help, and nothing more (docs/clinical-rules.md rule 10).
// Written in Ebb's own words from the sources listed; each source names the parts it supports. No method
// detail, no harm-minimisation instructions: only when and where to get help and basic first aid.
import type { Source } from './types.ts';

export type MedicalHelpPart = 'reassurance' | 'emergencyNow' | 'poisoning' | 'urgentCare' | 'stitches' | 'woundCare' | 'burns' | 'infectionSigns';

export interface MedicalSource extends Source {
  title: string;
  /** The parts of the text this page supports. */
  supports: readonly MedicalHelpPart[];
}

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
  /** Where a cut that may need stitches is treated, in the country's own words (only where checked). */
  stitchesWhere: Readonly<Record<string, string>>;
  infectionSigns: string;
  /** Basic first aid while getting help. */
  woundCare: string;
  burns: string;
  firstAidGuide: { name: string; url: string };
}

const checked = '2026-11-30';

export const medicalHelp: MedicalHelp = {
  reassurance: "You're not in trouble, and you deserve care. Medical staff are there to help you, not to judge.",
  emergencyNowIntro: 'Call the emergency number now if:',
  emergencyNow: [
    "bleeding hasn't stopped after 10 minutes of firm pressure",
    'you feel faint, very drowsy or confused, find it hard to breathe, or are in a lot of pain',
    'a wound is large or deep, or you can’t feel or move part of your body',
    'a burn is large or deep, or is on your face or hands',
    'you have swallowed too much of any medicine or anything harmful, even if you feel fine',
  ],
  poisoning:
    'There is no safe way to take too much of a medicine or to swallow something harmful. The damage can be delayed and hidden, so any overdose needs urgent medical help, even if you feel fine.',
  urgentCareIntro: 'If it is not an emergency, still get it checked soon, especially if it might need stitches.',
  stitchesWhere: {
    GB: 'A cut that might need stitches can be treated at an urgent treatment centre or a minor injuries unit, without an appointment. NHS 111 can tell you the nearest one.',
  },
  infectionSigns: 'Get it looked at if it becomes more red, hot, swollen or painful, or you feel feverish: these can be signs of infection.',
  woundCare: 'While you get help: press firmly on bleeding with something clean, keep the area clean, and cover it with a clean dressing.',
  burns:
    'For a burn: cool it under cool running water for 20 minutes, then cover it loosely with cling film or a clean plastic bag. Don’t put ice, creams or oils on it.',
  firstAidGuide: { name: 'St John Ambulance first aid advice', url: 'https://www.sja.org.uk/get-advice/first-aid-advice/' },
};

/** Where each part of the text comes from (kept apart from the text so the app does not ship it). */
export const medicalHelpSources: readonly MedicalSource[] = [
  {
    title: 'NHS: Self-harm, getting help',
    url: 'https://www.nhs.uk/mental-health/conditions/self-harm/getting-help/',
    verifiedOn: checked,
    supports: ['emergencyNow', 'poisoning', 'urgentCare'],
  },
  {
    title: 'NHS: Cuts and grazes',
    url: 'https://www.nhs.uk/conditions/cuts-and-grazes/',
    verifiedOn: checked,
    supports: ['emergencyNow', 'woundCare', 'infectionSigns', 'urgentCare'],
  },
  {
    title: 'Hull University Teaching Hospitals NHS Trust: alternatives to A&E (cuts including those needing stitching)',
    url: 'https://www.hey.nhs.uk/patients-and-visitors/alternatives/',
    verifiedOn: checked,
    supports: ['stitches'],
  },
  {
    title: 'NHS South West London: what is an urgent treatment centre (a cut that needs stitches)',
    url: 'https://www.improvinghealthcaretogether.org.uk/faq/what-is-an-urgent-treatment-centre/',
    verifiedOn: checked,
    supports: ['stitches'],
  },
  {
    title: 'British Red Cross: Burns, learn first aid',
    url: 'https://www.redcross.org.uk/first-aid/learn-first-aid/burns',
    verifiedOn: checked,
    supports: ['burns', 'emergencyNow'],
  },
  {
    title: 'Centre for Children’s Burns and Trauma Research (Australia): first aid for burns',
    url: 'https://research.qut.edu.au/btr/first-aid-for-burns/',
    verifiedOn: checked,
    supports: ['burns'],
  },
  {
    title: 'Somerset children and young people’s health: self-harm and physical safety',
    url: 'https://www.cypsomersethealth.org/?page=sh_further_help',
    verifiedOn: checked,
    supports: ['emergencyNow', 'infectionSigns'],
  },
  {
    title: 'NICE NG225: Self-harm, assessment, management and preventing recurrence (respect and non-judgement)',
    url: 'https://www.nice.org.uk/guidance/ng225',
    verifiedOn: checked,
    supports: ['reassurance'],
  },
];
