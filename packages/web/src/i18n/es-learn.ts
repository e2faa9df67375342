// What Learn's list, search and pages say around the pages themselves, in Spanish (mirror of en-learn.ts).
import type { LearnMessages } from './en-learn.ts';

export const esLearn: LearnMessages = {
  title: 'Aprender',
  intro: 'Páginas cortas sobre la recuperación, los tratamientos y cómo encontrar apoyo, escritas con palabras sencillas. Léelas a tu ritmo.',
  hope: 'La recuperación es posible y frecuente. Casi nunca es una línea recta, y cada paso cuenta.',
  search: 'Buscar en las páginas',
  searchHint: 'Busca solo en este dispositivo. Nada de lo que escribes sale de él.',
  found: { one: '{count} página coincide con “{query}”.', other: '{count} páginas coinciden con “{query}”.' },
  none: 'Todavía ninguna página coincide con “{query}”. Prueba con una palabra más corta o distinta, o mira todas las páginas.',
  showAll: 'Ver todas las páginas',
  noneHelp: 'Si las cosas están difíciles ahora mismo, hay personas con quienes puedes hablar.',
  openHelp: 'Abrir Ayuda ahora',
  topics: {
    recovery: 'Recuperación',
    understanding: 'Entender lo que está pasando',
    treatment: 'Tratamientos y cómo pedir ayuda',
    conditions: 'Cosas que suelen ir de la mano',
    'self-care': 'Cuidarte',
    support: 'El apoyo de los demás',
    'for-supporters': 'Para quienes te ayudan',
  },
  written: 'Escrita el {date}.',
  sources: 'De dónde viene esto',
  otherPages: 'Todas las páginas de Aprender',
  notFoundTitle: 'Esta página no está aquí',
  notFound: 'Puede que se haya movido o cambiado de nombre. Todas las páginas de Aprender están en su lista.',
  readAloud: 'Leer esta página en voz alta',
  stop: 'Dejar de leer',
  speechFailed: 'La lectura en voz alta se detuvo: la voz del dispositivo no funcionó. Puedes seguir leyendo la página aquí.',
};
