// What Ebb says when a screen's data can't be read or a change can't be saved, in French (mirror of en-loading.ts).
import type { LoadingMessages } from './en-loading.ts';
export const frLoading: LoadingMessages = {
  loadFailed: 'Impossible d’ouvrir ceci pour le moment : {reason}. Rien n’a été modifié.',
  tryAgain: 'Réessayer',
  notKept: 'Ce changement n’a pas pu être enregistré : {reason}. Il ne durera que jusqu’à la fermeture de l’appli.',
};
