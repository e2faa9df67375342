// Crisis lines by country in Spanish (mirror of crisis-lines.ts): only the words change; every number, id and url
// is the English file's, and lines keep their own names unless the service has an official Spanish one.
import type { CountryHelp, Directory } from '../types.ts';

export const crisisHelpEs: readonly CountryHelp[] = [
  {
    code: 'US',
    name: 'Estados Unidos',
    checkedOn: '2026-11-22',
    emergency: [{ number: '911', display: '911' }],
    urgentCare: 'una clínica de atención urgente, tu médico o la sala de emergencias',
    lines: [
      {
        id: 'us-988',
        country: 'US',
        name: '988 Línea de Prevención del Suicidio y Crisis',
        about: 'Apoyo gratuito y confidencial de personal capacitado.',
        reach: [
          { kind: 'call', number: '988', display: '988' },
          { kind: 'text', number: '988', display: '988' },
          { kind: 'chat', url: 'https://988lifeline.org/chat/' },
        ],
        hours: 'Las 24 horas, todos los días',
        audience: 'Cualquier persona',
      },
      {
        id: 'us-crisis-text-line',
        country: 'US',
        name: 'Crisis Text Line',
        about: 'Escribe por mensaje de texto con una persona voluntaria capacitada. AYUDA ya viene escrita, para que te atiendan en español.',
        reach: [{ kind: 'text', number: '741741', display: '741741', keyword: 'HOME' }],
        hours: 'Las 24 horas, todos los días',
        audience: 'Cualquier persona',
      },
    ],
  },
  {
    code: 'CA',
    name: 'Canadá',
    checkedOn: '2026-11-22',
    emergency: [{ number: '911', display: '911' }],
    urgentCare: 'una clínica sin cita previa, tu médico, una línea provincial de consejo médico o el servicio de urgencias',
    lines: [
      {
        id: 'ca-988',
        country: 'CA',
        name: '9-8-8 Suicide Crisis Helpline',
        about: 'Apoyo gratuito de personal capacitado.',
        reach: [
          { kind: 'call', number: '988', display: '988' },
          { kind: 'text', number: '988', display: '988' },
        ],
        hours: 'Las 24 horas, todos los días',
        audience: 'Cualquier persona',
      },
      {
        id: 'ca-kids-help-phone',
        country: 'CA',
        name: 'Kids Help Phone',
        about: 'Apoyo gratuito para jóvenes, por teléfono o mensaje de texto.',
        reach: [
          { kind: 'call', number: '18006686868', display: '1-800-668-6868' },
          { kind: 'text', number: '686868', display: '686868', keyword: 'CONNECT' },
        ],
        hours: 'Las 24 horas, todos los días',
        audience: 'Jóvenes',
      },
    ],
  },
  {
    code: 'GB',
    name: 'Reino Unido',
    checkedOn: '2026-11-22',
    emergency: [{ number: '999', display: '999' }],
    urgentCare: 'NHS 111, un centro de atención urgente (urgent treatment centre), una farmacia o tu médico de cabecera (GP)',
    lines: [
      {
        id: 'gb-samaritans',
        country: 'GB',
        name: 'Samaritans',
        about: 'Te escuchan gratis y de forma confidencial, sea lo que sea que estés pasando.',
        reach: [{ kind: 'call', number: '116123', display: '116 123' }],
        hours: 'Las 24 horas, todos los días',
        audience: 'Cualquier persona',
      },
      {
        id: 'gb-shout',
        country: 'GB',
        name: 'Shout',
        about: 'Apoyo gratuito y confidencial por mensaje de texto.',
        reach: [{ kind: 'text', number: '85258', display: '85258', keyword: 'SHOUT' }],
        hours: 'Las 24 horas, todos los días',
        audience: 'Cualquier persona',
      },
      {
        id: 'gb-nhs-111',
        country: 'GB',
        name: 'NHS 111, opción de salud mental',
        about: 'Ayuda urgente de salud mental en Inglaterra: llama al 111 y elige la opción de salud mental (mental health).',
        reach: [{ kind: 'call', number: '111', display: '111, then the mental health option' }],
        hours: 'Las 24 horas, todos los días',
        audience: 'Cualquier persona en Inglaterra',
      },
      {
        id: 'gb-childline',
        country: 'GB',
        name: 'Childline',
        about: 'Apoyo gratuito y confidencial para niños y jóvenes.',
        reach: [{ kind: 'call', number: '08001111', display: '0800 1111' }],
        hours: 'Las 24 horas, todos los días',
        audience: 'Menores de 19 años',
      },
    ],
  },
  {
    code: 'IE',
    name: 'Irlanda',
    checkedOn: '2026-11-22',
    emergency: [
      { number: '112', display: '112' },
      { number: '999', display: '999' },
    ],
    urgentCare:
      'tu médico de cabecera (GP), un servicio de médicos fuera de horario (GP out-of-hours), una unidad de lesiones (injury unit) o el servicio de urgencias',
    lines: [
      {
        id: 'ie-samaritans',
        country: 'IE',
        name: 'Samaritans',
        about: 'Te escuchan gratis y de forma confidencial, sea lo que sea que estés pasando.',
        reach: [{ kind: 'call', number: '116123', display: '116 123' }],
        hours: 'Las 24 horas, todos los días',
        audience: 'Cualquier persona',
      },
      {
        id: 'ie-50808',
        country: 'IE',
        name: '50808',
        about: 'Apoyo gratuito y anónimo por mensaje de texto.',
        reach: [{ kind: 'text', number: '50808', display: '50808' }],
        hours: 'Las 24 horas, todos los días',
        audience: 'Cualquier persona',
      },
    ],
  },
  {
    code: 'AU',
    name: 'Australia',
    checkedOn: '2026-11-22',
    emergency: [{ number: '000', display: '000' }],
    urgentCare: 'tu médico de cabecera (GP), una clínica de atención urgente, healthdirect o el servicio de urgencias',
    lines: [
      {
        id: 'au-lifeline',
        country: 'AU',
        name: 'Lifeline',
        about: 'Apoyo en momentos de crisis de una persona capacitada, por teléfono o mensaje de texto.',
        reach: [
          { kind: 'call', number: '131114', display: '13 11 14' },
          { kind: 'text', number: '0477131114', display: '0477 13 11 14' },
        ],
        hours: 'Las 24 horas, todos los días',
        audience: 'Cualquier persona',
      },
      {
        id: 'au-kids-helpline',
        country: 'AU',
        name: 'Kids Helpline',
        about: 'Orientación gratuita y privada para jóvenes.',
        reach: [{ kind: 'call', number: '1800551800', display: '1800 55 1800' }],
        hours: 'Las 24 horas, todos los días',
        audience: 'De 5 a 25 años',
      },
    ],
  },
  {
    code: 'NZ',
    name: 'Nueva Zelanda',
    checkedOn: '2026-11-22',
    emergency: [{ number: '111', display: '111' }],
    urgentCare: 'tu médico de cabecera (GP), una clínica de atención urgente, Healthline o el servicio de urgencias',
    lines: [
      {
        id: 'nz-1737',
        country: 'NZ',
        name: 'Need to talk? 1737',
        about: 'Apoyo gratuito de personal capacitado, por teléfono o mensaje de texto.',
        reach: [
          { kind: 'call', number: '1737', display: '1737' },
          { kind: 'text', number: '1737', display: '1737' },
        ],
        hours: 'Las 24 horas, todos los días',
        audience: 'Cualquier persona',
      },
    ],
  },
  {
    code: 'DE',
    name: 'Alemania',
    checkedOn: '2026-11-30',
    emergency: [{ number: '112', display: '112' }],
    urgentCare:
      'tu médico de cabecera (Hausarzt), el servicio médico fuera de horario (ärztlicher Bereitschaftsdienst) o las urgencias de un hospital (Notaufnahme)',
    lines: [
      {
        id: 'de-telefonseelsorge',
        country: 'DE',
        name: 'TelefonSeelsorge',
        about: 'Te escuchan gratis y de forma anónima, sea lo que sea que te pese, también los pensamientos de suicidio.',
        reach: [
          { kind: 'call', number: '08001110111', display: '0800 111 0 111' },
          { kind: 'call', number: '08001110222', display: '0800 111 0 222' },
        ],
        hours: 'Las 24 horas, todos los días',
        audience: 'Cualquier persona',
      },
    ],
  },
  {
    code: 'FR',
    name: 'Francia',
    checkedOn: '2026-11-30',
    emergency: [
      { number: '15', display: '15' },
      { number: '112', display: '112' },
    ],
    urgentCare: 'tu médico, un médico o una farmacia de guardia (de garde) o las urgencias de un hospital (urgences)',
    lines: [
      {
        id: 'fr-3114',
        country: 'FR',
        name: '3114, línea nacional de prevención del suicidio',
        about: 'Apoyo gratuito de profesionales de la salud capacitados, para ti o para alguien que te preocupa.',
        reach: [{ kind: 'call', number: '3114', display: '3114' }],
        hours: 'Las 24 horas, todos los días',
        audience: 'Cualquier persona en Francia, incluidos los territorios de ultramar',
      },
    ],
  },
  {
    code: 'NL',
    name: 'Países Bajos',
    checkedOn: '2026-11-30',
    emergency: [{ number: '112', display: '112' }],
    urgentCare: 'tu médico de cabecera (huisarts), el servicio de médicos de cabecera fuera de horario (huisartsenpost) o las urgencias de un hospital',
    lines: [
      {
        id: 'nl-113',
        country: 'NL',
        name: '113 Zelfmoordpreventie',
        about: 'Apoyo gratuito y anónimo con los pensamientos de suicidio, por teléfono o chat.',
        reach: [
          { kind: 'call', number: '113', display: '113' },
          { kind: 'call', number: '08000113', display: '0800-0113' },
          { kind: 'chat', url: 'https://www.113.nl/' },
        ],
        hours: 'Las 24 horas, todos los días',
        audience: 'Cualquier persona en los Países Bajos',
      },
    ],
  },
  {
    code: 'SG',
    name: 'Singapur',
    checkedOn: '2026-11-30',
    emergency: [{ number: '995', display: '995' }],
    urgentCare: 'tu médico de familia o una clínica cercana, o las urgencias de un hospital',
    lines: [
      {
        id: 'sg-mindline-1771',
        country: 'SG',
        name: 'national mindline 1771',
        about: 'La línea nacional de salud mental de Singapur: habla con personal capacitado por teléfono o chat web, de forma anónima si quieres.',
        reach: [
          { kind: 'call', number: '1771', display: '1771' },
          { kind: 'chat', url: 'https://mindline.sg/fsmh' },
        ],
        hours: 'Las 24 horas, todos los días',
        audience: 'Cualquier persona en Singapur',
      },
    ],
  },
];

export const internationalDirectoryEs: Directory = {
  name: 'Find A Helpline',
  url: 'https://findahelpline.com/',
  about: 'Líneas de ayuda gratuitas y confidenciales en muchos países, con búsqueda por país y tema.',
  source: { url: 'https://findahelpline.com/', verifiedOn: '2026-11-22' },
};
