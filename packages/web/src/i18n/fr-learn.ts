// What Learn's list, search and pages say around the pages themselves, in French (mirror of en-learn.ts).
import type { LearnMessages } from './en-learn.ts';

export const frLearn: LearnMessages = {
  title: 'Comprendre',
  intro: 'De courtes pages sur le rétablissement, les traitements et le soutien, écrites avec des mots simples. Lis-les à ton rythme.',
  hope: 'Aller mieux, c’est possible et fréquent. Le chemin est rarement tout droit, et chaque pas compte.',
  search: 'Chercher dans les pages',
  searchHint: 'La recherche se fait seulement sur cet appareil. Rien de ce que tu écris n’en sort.',
  found: { one: '{count} page correspond à « {query} ».', other: '{count} pages correspondent à « {query} ».' },
  none: 'Aucune page ne correspond à « {query} » pour l’instant. Essaie un mot plus court ou différent, ou parcours toutes les pages.',
  showAll: 'Voir toutes les pages',
  noneHelp: 'Si c’est difficile en ce moment, il y a des personnes à qui tu peux parler.',
  openHelp: 'Ouvrir Aide immédiate',
  topics: {
    recovery: 'Le rétablissement',
    understanding: 'Comprendre ce qui se passe',
    treatment: 'Les traitements et comment obtenir de l’aide',
    conditions: 'Ce qui vient souvent avec',
    'self-care': 'Prendre soin de toi',
    support: 'Le soutien des autres',
    'for-supporters': 'Pour les personnes qui t’aident',
  },
  written: 'Écrit le {date}.',
  sources: 'D’où ça vient',
  otherPages: 'Toutes les pages de Comprendre',
  notFoundTitle: 'Cette page n’est pas ici',
  notFound: 'Elle a peut-être été déplacée ou renommée. Toutes les pages de Comprendre sont dans la liste.',
  readAloud: 'Lire cette page à voix haute',
  stop: 'Arrêter la lecture',
  speechFailed: 'La lecture à voix haute s’est arrêtée : la voix de l’appareil n’a pas fonctionné. Tu peux toujours lire la page ici.',
};
