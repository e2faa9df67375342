// Crisis lines by country: sourced data, re-verified before each release (docs/clinical-rules.md rules 2 and 15).
// Every fact is checked against the service's own page, the body that runs it, or a government or health
// page. Each entry's source and its own check date are in crisis-line-sources.ts (kept apart so the first
// screen does not ship them); `checkedOn` is the oldest check of a country's entries, which Help now shows.
import type { CountryHelp, Directory } from './types.ts';

export const crisisHelp: readonly CountryHelp[] = [
  {
    code: 'US',
    name: 'United States',
    checkedOn: '2026-11-22',
    emergency: [{ number: '911', display: '911' }],
    urgentCare: 'an urgent care clinic, your doctor, or the emergency room',
    lines: [
      {
        id: 'us-988',
        country: 'US',
        name: '988 Suicide & Crisis Lifeline',
        about: 'Free, confidential support from a trained counselor.',
        reach: [
          { kind: 'call', number: '988', display: '988' },
          { kind: 'text', number: '988', display: '988' },
          { kind: 'chat', url: 'https://988lifeline.org/chat/' },
        ],
        hours: '24/7',
        audience: 'Anyone',
      },
      {
        id: 'us-crisis-text-line',
        country: 'US',
        name: 'Crisis Text Line',
        about: 'Text with a trained volunteer. Any first word works; HOME is filled in for you.',
        reach: [{ kind: 'text', number: '741741', display: '741741', keyword: 'HOME' }],
        hours: '24/7',
        audience: 'Anyone',
      },
    ],
  },
  {
    code: 'CA',
    name: 'Canada',
    checkedOn: '2026-11-22',
    emergency: [{ number: '911', display: '911' }],
    urgentCare: 'a walk-in clinic, your doctor, a provincial health advice line, or the emergency department',
    lines: [
      {
        id: 'ca-988',
        country: 'CA',
        name: '9-8-8 Suicide Crisis Helpline',
        about: 'Free support from trained responders.',
        reach: [
          { kind: 'call', number: '988', display: '988' },
          { kind: 'text', number: '988', display: '988' },
        ],
        hours: '24/7',
        audience: 'Anyone',
      },
      {
        id: 'ca-kids-help-phone',
        country: 'CA',
        name: 'Kids Help Phone',
        about: 'Free support for young people, by phone or text.',
        reach: [
          { kind: 'call', number: '18006686868', display: '1-800-668-6868' },
          { kind: 'text', number: '686868', display: '686868', keyword: 'CONNECT' },
        ],
        hours: '24/7',
        audience: 'Young people',
      },
    ],
  },
  {
    code: 'GB',
    name: 'United Kingdom',
    checkedOn: '2026-11-22',
    emergency: [{ number: '999', display: '999' }],
    urgentCare: 'NHS 111, an urgent treatment centre, a pharmacy or your GP',
    lines: [
      {
        id: 'gb-samaritans',
        country: 'GB',
        name: 'Samaritans',
        about: 'Free, confidential listening, whatever you are going through.',
        reach: [{ kind: 'call', number: '116123', display: '116 123' }],
        hours: '24/7',
        audience: 'Anyone',
      },
      {
        id: 'gb-shout',
        country: 'GB',
        name: 'Shout',
        about: 'Free, confidential text support.',
        reach: [{ kind: 'text', number: '85258', display: '85258', keyword: 'SHOUT' }],
        hours: '24/7',
        audience: 'Anyone',
      },
      {
        id: 'gb-nhs-111',
        country: 'GB',
        name: 'NHS 111, mental health option',
        about: 'Urgent mental health help in England: call 111 and choose the mental health option.',
        reach: [{ kind: 'call', number: '111', display: '111, then the mental health option' }],
        hours: '24/7',
        audience: 'Anyone in England',
      },
      {
        id: 'gb-childline',
        country: 'GB',
        name: 'Childline',
        about: 'Free, confidential support for children and young people.',
        reach: [{ kind: 'call', number: '08001111', display: '0800 1111' }],
        hours: '24/7',
        audience: 'Under-19s',
      },
    ],
  },
  {
    code: 'IE',
    name: 'Ireland',
    checkedOn: '2026-11-22',
    emergency: [
      { number: '112', display: '112' },
      { number: '999', display: '999' },
    ],
    urgentCare: 'your GP, a GP out-of-hours service, an injury unit, or the emergency department',
    lines: [
      {
        id: 'ie-samaritans',
        country: 'IE',
        name: 'Samaritans',
        about: 'Free, confidential listening, whatever you are going through.',
        reach: [{ kind: 'call', number: '116123', display: '116 123' }],
        hours: '24/7',
        audience: 'Anyone',
      },
      {
        id: 'ie-50808',
        country: 'IE',
        name: '50808',
        about: 'Free, anonymous text support.',
        reach: [{ kind: 'text', number: '50808', display: '50808' }],
        hours: '24/7',
        audience: 'Anyone',
      },
    ],
  },
  {
    code: 'AU',
    name: 'Australia',
    checkedOn: '2026-11-22',
    emergency: [{ number: '000', display: '000' }],
    urgentCare: 'your GP, an urgent care clinic, healthdirect, or the emergency department',
    lines: [
      {
        id: 'au-lifeline',
        country: 'AU',
        name: 'Lifeline',
        about: 'Crisis support from a trained supporter, by phone or text.',
        reach: [
          { kind: 'call', number: '131114', display: '13 11 14' },
          { kind: 'text', number: '0477131114', display: '0477 13 11 14' },
        ],
        hours: '24/7',
        audience: 'Anyone',
      },
      {
        id: 'au-kids-helpline',
        country: 'AU',
        name: 'Kids Helpline',
        about: 'Free, private counselling for young people.',
        reach: [{ kind: 'call', number: '1800551800', display: '1800 55 1800' }],
        hours: '24/7',
        audience: 'Ages 5 to 25',
      },
    ],
  },
  {
    code: 'NZ',
    name: 'New Zealand',
    checkedOn: '2026-11-22',
    emergency: [{ number: '111', display: '111' }],
    urgentCare: 'your GP, an urgent care clinic, Healthline, or the emergency department',
    lines: [
      {
        id: 'nz-1737',
        country: 'NZ',
        name: 'Need to talk? 1737',
        about: 'Free support from a trained counsellor, by phone or text.',
        reach: [
          { kind: 'call', number: '1737', display: '1737' },
          { kind: 'text', number: '1737', display: '1737' },
        ],
        hours: '24/7',
        audience: 'Anyone',
      },
    ],
  },
  {
    code: 'DE',
    name: 'Germany',
    checkedOn: '2026-11-30',
    emergency: [{ number: '112', display: '112' }],
    urgentCare:
      'your family doctor (Hausarzt), the out-of-hours doctor service (ärztlicher Bereitschaftsdienst), or a hospital emergency department (Notaufnahme)',
    lines: [
      {
        id: 'de-telefonseelsorge',
        country: 'DE',
        name: 'TelefonSeelsorge',
        about: 'Free, anonymous listening, whatever is weighing on you, thoughts of suicide too.',
        reach: [
          { kind: 'call', number: '08001110111', display: '0800 111 0 111' },
          { kind: 'call', number: '08001110222', display: '0800 111 0 222' },
        ],
        hours: '24/7',
        audience: 'Anyone',
      },
    ],
  },
  {
    code: 'FR',
    name: 'France',
    checkedOn: '2026-11-30',
    emergency: [
      { number: '15', display: '15' },
      { number: '112', display: '112' },
    ],
    urgentCare: 'your doctor, an on-call doctor or pharmacy (de garde), or a hospital emergency department (urgences)',
    lines: [
      {
        id: 'fr-3114',
        country: 'FR',
        name: '3114, national suicide prevention line',
        about: 'Free support from trained health professionals, for you or for someone you are worried about.',
        reach: [{ kind: 'call', number: '3114', display: '3114' }],
        hours: '24/7',
        audience: 'Anyone in France, including overseas',
      },
    ],
  },
  {
    code: 'NL',
    name: 'Netherlands',
    checkedOn: '2026-11-30',
    emergency: [{ number: '112', display: '112' }],
    urgentCare: 'your GP (huisarts), the out-of-hours GP service (huisartsenpost), or a hospital emergency department',
    lines: [
      {
        id: 'nl-113',
        country: 'NL',
        name: '113 Zelfmoordpreventie',
        about: 'Free, anonymous support with thoughts of suicide, by phone or chat.',
        reach: [
          { kind: 'call', number: '113', display: '113' },
          { kind: 'call', number: '08000113', display: '0800-0113' },
          { kind: 'chat', url: 'https://www.113.nl/' },
        ],
        hours: '24/7',
        audience: 'Anyone in the Netherlands',
      },
    ],
  },
  {
    code: 'SG',
    name: 'Singapore',
    checkedOn: '2026-11-30',
    emergency: [{ number: '995', display: '995' }],
    urgentCare: 'your family doctor or a nearby clinic, or a hospital emergency department',
    lines: [
      {
        id: 'sg-mindline-1771',
        country: 'SG',
        name: 'national mindline 1771',
        about: "Singapore's national mental health line: talk to a trained counsellor by phone or webchat, anonymously if you like.",
        reach: [
          { kind: 'call', number: '1771', display: '1771' },
          { kind: 'chat', url: 'https://mindline.sg/fsmh' },
        ],
        hours: '24/7',
        audience: 'Anyone in Singapore',
      },
    ],
  },
];

/** For anyone outside the countries above, or travelling: a directory of verified helplines worldwide. */
export const internationalDirectory: Directory = {
  name: 'Find A Helpline',
  url: 'https://findahelpline.com/',
  about: 'Free, confidential helplines in many countries, searchable by country and topic.',
  source: { url: 'https://findahelpline.com/', verifiedOn: '2026-11-22' },
};
