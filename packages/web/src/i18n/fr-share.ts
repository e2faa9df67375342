// What the share-or-save controls say, in French (mirror of en-share.ts).
import type { ShareMessages } from './en-share.ts';
export const frShare: ShareMessages = {
  title: 'Partager ou enregistrer',
  wayFile:
    'Partager envoie {what}, exactement comme sur cette page, à l’appli que tu choisis (un message, un courriel, un espace de stockage) sous forme de fichier : {file}. Rien ne quitte cet appareil avant que tu choisisses.',
  wayText:
    'Partager envoie {what}, exactement comme sur cette page, à l’appli que tu choisis (un message, un courriel, une note) sous forme de texte. Rien ne quitte cet appareil avant que tu choisisses.',
  wayNone: 'Ce navigateur ne peut rien transmettre à d’autres applis. Tu peux enregistrer {what} dans un fichier, {file}, et l’envoyer toi-même.',
  once: 'Une fois partagée, la copie est dans l’appli et chez les personnes à qui tu l’envoies : impossible de la reprendre d’ici.',
  share: 'Partager…',
  save: 'Enregistrer dans un fichier',
  copy: 'Copier le texte',
  shared: 'Transmis à l’appli choisie.',
  cancelled: 'Rien n’a été partagé.',
  failed: 'Le partage n’a pas fonctionné : {reason}. Tu peux plutôt l’enregistrer dans un fichier.',
  reasons: {
    NotAllowedError: 'le navigateur ne l’a pas permis',
    DataError: 'l’appli n’a pas pu prendre ce fichier',
    other: 'le navigateur l’a arrêté',
  },
  saved: 'Enregistré dans tes téléchargements : {file}.',
  saveFailed: 'Le fichier n’a pas pu être enregistré : {reason}.',
  copied: 'Copié. Colle-le où tu veux.',
  copyFailed: 'Ce navigateur ne permet pas de copier. Tu peux plutôt l’enregistrer dans un fichier.',
  files: { plan: 'ebb-plan-{day}.txt', card: 'ebb-carte-{day}.txt' },
  discreetFiles: { plan: 'notes-{day}.txt', card: 'carte-{day}.txt' },
};
