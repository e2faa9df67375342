// Crisis lines by country: sourced data, re-verified before each release (CLINICAL.md rule 2).
// Numbers are checked against each service's own public page; `verifiedOn` is the date of that check.
import type { CountryHelp, Directory } from './types.ts';

const checked = '2026-11-22';

export const crisisHelp: readonly CountryHelp[] = [
  {
    code: 'US',
    name: 'United States',
    emergency: [{ number: '911', display: '911', source: { url: 'https://www.911.gov/', verifiedOn: checked } }],
    urgentCare: 'an urgent care clinic, your doctor, or the emergency room',
    lines: [
      {
        id: 'us-988',
        country: 'US',
        name: '988 Suicide & Crisis Lifeline',
        about: 'Free, confidential support from a trained counselor. Spanish available.',
        reach: [
          { kind: 'call', number: '988', display: '988' },
          { kind: 'text', number: '988', display: '988' },
          { kind: 'chat', url: 'https://988lifeline.org/chat/' },
        ],
        hours: '24/7',
        audience: 'Anyone',
        source: { url: 'https://988lifeline.org/', verifiedOn: checked },
      },
      {
        id: 'us-crisis-text-line',
        country: 'US',
        name: 'Crisis Text Line',
        about: 'Text with a trained volunteer. Any first word works; HOME is filled in for you.',
        reach: [{ kind: 'text', number: '741741', display: '741741', keyword: 'HOME' }],
        hours: '24/7',
        audience: 'Anyone',
        source: { url: 'https://www.crisistextline.org/', verifiedOn: checked },
      },
    ],
  },
  {
    code: 'CA',
    name: 'Canada',
    emergency: [{ number: '911', display: '911', source: { url: 'https://www.canada.ca/en/public-health/services/mental-health-services/mental-health-get-help.html', verifiedOn: checked } }],
    urgentCare: 'a walk-in clinic, your doctor, a provincial health advice line, or the emergency department',
    lines: [
      {
        id: 'ca-988',
        country: 'CA',
        name: '9-8-8 Suicide Crisis Helpline',
        about: 'Free support from trained responders, in English and French.',
        reach: [
          { kind: 'call', number: '988', display: '988' },
          { kind: 'text', number: '988', display: '988' },
        ],
        hours: '24/7',
        audience: 'Anyone',
        source: { url: 'https://988.ca/', verifiedOn: checked },
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
        source: { url: 'https://kidshelpphone.ca/', verifiedOn: checked },
      },
    ],
  },
  {
    code: 'GB',
    name: 'United Kingdom',
    emergency: [{ number: '999', display: '999', source: { url: 'https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-go-to-ae/', verifiedOn: checked } }],
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
        source: { url: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/', verifiedOn: checked },
      },
      {
        id: 'gb-shout',
        country: 'GB',
        name: 'Shout',
        about: 'Free, confidential text support.',
        reach: [{ kind: 'text', number: '85258', display: '85258', keyword: 'SHOUT' }],
        hours: '24/7',
        audience: 'Anyone',
        source: { url: 'https://giveusashout.org/', verifiedOn: checked },
      },
      {
        id: 'gb-nhs-111',
        country: 'GB',
        name: 'NHS 111, mental health option',
        about: 'Urgent mental health help in England: call 111 and choose option 2.',
        reach: [{ kind: 'call', number: '111', display: '111, then option 2' }],
        hours: '24/7',
        audience: 'Anyone in England',
        source: { url: 'https://www.nhs.uk/nhs-services/mental-health-services/where-to-get-urgent-help-for-mental-health/', verifiedOn: checked },
      },
      {
        id: 'gb-childline',
        country: 'GB',
        name: 'Childline',
        about: 'Free, confidential support for children and young people.',
        reach: [{ kind: 'call', number: '08001111', display: '0800 1111' }],
        hours: '24/7',
        audience: 'Under-19s',
        source: { url: 'https://www.childline.org.uk/get-support/contacting-childline/', verifiedOn: checked },
      },
    ],
  },
  {
    code: 'IE',
    name: 'Ireland',
    emergency: [
      { number: '112', display: '112', source: { url: 'https://www.gov.ie/en/department-of-the-environment-climate-and-communications/services/emergency-call-answering-service/', verifiedOn: checked } },
      { number: '999', display: '999', source: { url: 'https://www.gov.ie/en/department-of-the-environment-climate-and-communications/services/emergency-call-answering-service/', verifiedOn: checked } },
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
        source: { url: 'https://www.samaritans.org/ireland/how-we-can-help/contact-samaritan/', verifiedOn: checked },
      },
      {
        id: 'ie-50808',
        country: 'IE',
        name: '50808',
        about: 'Free, anonymous text support.',
        reach: [{ kind: 'text', number: '50808', display: '50808' }],
        hours: '24/7',
        audience: 'Anyone',
        source: { url: 'https://text50808.ie/', verifiedOn: checked },
      },
    ],
  },
  {
    code: 'AU',
    name: 'Australia',
    emergency: [{ number: '000', display: '000', source: { url: 'https://www.triplezero.gov.au/', verifiedOn: checked } }],
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
        source: { url: 'https://www.lifeline.org.au/', verifiedOn: checked },
      },
      {
        id: 'au-kids-helpline',
        country: 'AU',
        name: 'Kids Helpline',
        about: 'Free, private counselling for young people.',
        reach: [{ kind: 'call', number: '1800551800', display: '1800 55 1800' }],
        hours: '24/7',
        audience: 'Ages 5 to 25',
        source: { url: 'https://kidshelpline.com.au/', verifiedOn: checked },
      },
    ],
  },
  {
    code: 'NZ',
    name: 'New Zealand',
    emergency: [{ number: '111', display: '111', source: { url: 'https://www.police.govt.nz/contact-us/emergency-111', verifiedOn: checked } }],
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
        source: { url: 'https://1737.org.nz/', verifiedOn: checked },
      },
    ],
  },
];

/** For anyone outside the countries above, or travelling: a directory of verified helplines worldwide. */
export const internationalDirectory: Directory = {
  name: 'Find A Helpline',
  url: 'https://findahelpline.com/',
  about: 'Free, confidential helplines in many countries, searchable by country and topic.',
  source: { url: 'https://findahelpline.com/', verifiedOn: checked },
};
