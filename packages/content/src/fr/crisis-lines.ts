// Crisis lines by country, in French (mirror of ../crisis-lines.ts): names of lines keep their official form,
// French where the service has an official French name.
import type { CountryHelp, Directory } from '../types.ts';

export const crisisHelpFr: readonly CountryHelp[] = [
  {
    code: 'US',
    name: 'États-Unis',
    checkedOn: '2026-11-22',
    emergency: [{ number: '911', display: '911' }],
    urgentCare: 'une clinique de soins urgents (urgent care), ton médecin ou les urgences d’un hôpital',
    lines: [
      {
        id: 'us-988',
        country: 'US',
        name: '988 Suicide & Crisis Lifeline',
        about: 'Soutien gratuit et confidentiel par une personne formée.',
        reach: [
          { kind: 'call', number: '988', display: '988' },
          { kind: 'text', number: '988', display: '988' },
          { kind: 'chat', url: 'https://988lifeline.org/chat/' },
        ],
        hours: '24 h/24, 7 j/7',
        audience: 'Tout le monde',
      },
      {
        id: 'us-crisis-text-line',
        country: 'US',
        name: 'Crisis Text Line',
        about: 'Échange par texto avec une personne bénévole formée. N’importe quel premier mot fonctionne ; HOME est déjà écrit pour toi.',
        reach: [{ kind: 'text', number: '741741', display: '741741', keyword: 'HOME' }],
        hours: '24 h/24, 7 j/7',
        audience: 'Tout le monde',
      },
    ],
  },
  {
    code: 'CA',
    name: 'Canada',
    checkedOn: '2026-11-22',
    emergency: [{ number: '911', display: '911' }],
    urgentCare: 'une clinique sans rendez-vous, ton médecin, une ligne provinciale de conseils santé ou l’urgence d’un hôpital',
    lines: [
      {
        id: 'ca-988',
        country: 'CA',
        name: '9-8-8 : Ligne d’aide en cas de crise de suicide',
        about: 'Soutien gratuit par des personnes formées.',
        reach: [
          { kind: 'call', number: '988', display: '988' },
          { kind: 'text', number: '988', display: '988' },
        ],
        hours: '24 h/24, 7 j/7',
        audience: 'Tout le monde',
      },
      {
        id: 'ca-kids-help-phone',
        country: 'CA',
        name: 'Jeunesse, J’écoute',
        about: 'Soutien gratuit pour les jeunes, par téléphone ou par texto.',
        reach: [
          { kind: 'call', number: '18006686868', display: '1-800-668-6868' },
          { kind: 'text', number: '686868', display: '686868', keyword: 'CONNECT' },
        ],
        hours: '24 h/24, 7 j/7',
        audience: 'Les jeunes',
      },
    ],
  },
  {
    code: 'GB',
    name: 'Royaume-Uni',
    checkedOn: '2026-11-22',
    emergency: [{ number: '999', display: '999' }],
    urgentCare: 'le NHS 111, un centre de soins urgents (urgent treatment centre), une pharmacie ou ton médecin généraliste (GP)',
    lines: [
      {
        id: 'gb-samaritans',
        country: 'GB',
        name: 'Samaritans',
        about: 'Une écoute gratuite et confidentielle, quoi que tu traverses.',
        reach: [{ kind: 'call', number: '116123', display: '116 123' }],
        hours: '24 h/24, 7 j/7',
        audience: 'Tout le monde',
      },
      {
        id: 'gb-shout',
        country: 'GB',
        name: 'Shout',
        about: 'Soutien gratuit et confidentiel par texto.',
        reach: [{ kind: 'text', number: '85258', display: '85258', keyword: 'SHOUT' }],
        hours: '24 h/24, 7 j/7',
        audience: 'Tout le monde',
      },
      {
        id: 'gb-nhs-111',
        country: 'GB',
        name: 'NHS 111, option santé mentale',
        about: 'Aide urgente en santé mentale en Angleterre : appelle le 111 et choisis l’option santé mentale.',
        reach: [{ kind: 'call', number: '111', display: '111, then the mental health option' }],
        hours: '24 h/24, 7 j/7',
        audience: 'Toute personne en Angleterre',
      },
      {
        id: 'gb-childline',
        country: 'GB',
        name: 'Childline',
        about: 'Soutien gratuit et confidentiel pour les enfants et les jeunes.',
        reach: [{ kind: 'call', number: '08001111', display: '0800 1111' }],
        hours: '24 h/24, 7 j/7',
        audience: 'Moins de 19 ans',
      },
    ],
  },
  {
    code: 'IE',
    name: 'Irlande',
    checkedOn: '2026-11-22',
    emergency: [
      { number: '112', display: '112' },
      { number: '999', display: '999' },
    ],
    urgentCare:
      'ton médecin généraliste (GP), un service de garde de médecins généralistes, une unité de soins des blessures (injury unit) ou les urgences d’un hôpital',
    lines: [
      {
        id: 'ie-samaritans',
        country: 'IE',
        name: 'Samaritans',
        about: 'Une écoute gratuite et confidentielle, quoi que tu traverses.',
        reach: [{ kind: 'call', number: '116123', display: '116 123' }],
        hours: '24 h/24, 7 j/7',
        audience: 'Tout le monde',
      },
      {
        id: 'ie-50808',
        country: 'IE',
        name: '50808',
        about: 'Soutien gratuit et anonyme par texto.',
        reach: [{ kind: 'text', number: '50808', display: '50808' }],
        hours: '24 h/24, 7 j/7',
        audience: 'Tout le monde',
      },
    ],
  },
  {
    code: 'AU',
    name: 'Australie',
    checkedOn: '2026-11-22',
    emergency: [{ number: '000', display: '000' }],
    urgentCare: 'ton médecin généraliste (GP), une clinique de soins urgents, healthdirect ou les urgences d’un hôpital',
    lines: [
      {
        id: 'au-lifeline',
        country: 'AU',
        name: 'Lifeline',
        about: 'Soutien en situation de crise par une personne formée, par téléphone ou par texto.',
        reach: [
          { kind: 'call', number: '131114', display: '13 11 14' },
          { kind: 'text', number: '0477131114', display: '0477 13 11 14' },
        ],
        hours: '24 h/24, 7 j/7',
        audience: 'Tout le monde',
      },
      {
        id: 'au-kids-helpline',
        country: 'AU',
        name: 'Kids Helpline',
        about: 'Un accompagnement gratuit et privé pour les jeunes.',
        reach: [{ kind: 'call', number: '1800551800', display: '1800 55 1800' }],
        hours: '24 h/24, 7 j/7',
        audience: 'De 5 à 25 ans',
      },
    ],
  },
  {
    code: 'NZ',
    name: 'Nouvelle-Zélande',
    checkedOn: '2026-11-22',
    emergency: [{ number: '111', display: '111' }],
    urgentCare: 'ton médecin généraliste (GP), une clinique de soins urgents, Healthline ou les urgences d’un hôpital',
    lines: [
      {
        id: 'nz-1737',
        country: 'NZ',
        name: 'Need to talk? 1737',
        about: 'Soutien gratuit par une personne formée, par téléphone ou par texto.',
        reach: [
          { kind: 'call', number: '1737', display: '1737' },
          { kind: 'text', number: '1737', display: '1737' },
        ],
        hours: '24 h/24, 7 j/7',
        audience: 'Tout le monde',
      },
    ],
  },
  {
    code: 'DE',
    name: 'Allemagne',
    checkedOn: '2026-11-30',
    emergency: [{ number: '112', display: '112' }],
    urgentCare:
      'ton médecin de famille (Hausarzt), le service de médecins de garde (ärztlicher Bereitschaftsdienst) ou les urgences d’un hôpital (Notaufnahme)',
    lines: [
      {
        id: 'de-telefonseelsorge',
        country: 'DE',
        name: 'TelefonSeelsorge',
        about: 'Une écoute gratuite et anonyme, quoi qui te pèse, y compris les pensées suicidaires.',
        reach: [
          { kind: 'call', number: '08001110111', display: '0800 111 0 111' },
          { kind: 'call', number: '08001110222', display: '0800 111 0 222' },
        ],
        hours: '24 h/24, 7 j/7',
        audience: 'Tout le monde',
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
    urgentCare: 'ton médecin, un médecin ou une pharmacie de garde, ou les urgences d’un hôpital',
    lines: [
      {
        id: 'fr-3114',
        country: 'FR',
        name: '3114, numéro national de prévention du suicide',
        about: 'Soutien gratuit par des professionnels de la santé formés, pour toi ou pour une personne qui t’inquiète.',
        reach: [{ kind: 'call', number: '3114', display: '3114' }],
        hours: '24 h/24, 7 j/7',
        audience: 'Toute personne en France, y compris en outre-mer',
      },
    ],
  },
  {
    code: 'NL',
    name: 'Pays-Bas',
    checkedOn: '2026-11-30',
    emergency: [{ number: '112', display: '112' }],
    urgentCare: 'ton médecin généraliste (huisarts), le service de garde des généralistes (huisartsenpost) ou les urgences d’un hôpital',
    lines: [
      {
        id: 'nl-113',
        country: 'NL',
        name: '113 Zelfmoordpreventie',
        about: 'Soutien gratuit et anonyme face aux pensées suicidaires, par téléphone ou par messagerie en ligne.',
        reach: [
          { kind: 'call', number: '113', display: '113' },
          { kind: 'call', number: '08000113', display: '0800-0113' },
          { kind: 'chat', url: 'https://www.113.nl/' },
        ],
        hours: '24 h/24, 7 j/7',
        audience: 'Toute personne aux Pays-Bas',
      },
    ],
  },
  {
    code: 'SG',
    name: 'Singapour',
    checkedOn: '2026-11-30',
    emergency: [{ number: '995', display: '995' }],
    urgentCare: 'ton médecin de famille ou une clinique proche, ou les urgences d’un hôpital',
    lines: [
      {
        id: 'sg-mindline-1771',
        country: 'SG',
        name: 'national mindline 1771',
        about:
          'La ligne nationale de santé mentale de Singapour : parle à une personne formée, par téléphone ou par messagerie en ligne, de façon anonyme si tu veux.',
        reach: [
          { kind: 'call', number: '1771', display: '1771' },
          { kind: 'chat', url: 'https://mindline.sg/fsmh' },
        ],
        hours: '24 h/24, 7 j/7',
        audience: 'Toute personne à Singapour',
      },
    ],
  },
];

export const internationalDirectoryFr: Directory = {
  name: 'Find A Helpline',
  url: 'https://findahelpline.com/',
  about: 'Des lignes d’aide gratuites et confidentielles dans de nombreux pays, à chercher par pays et par sujet.',
  source: { url: 'https://findahelpline.com/', verifiedOn: '2026-11-22' },
};
