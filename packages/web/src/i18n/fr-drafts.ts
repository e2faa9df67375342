// What Ebb says about words typed and not yet saved (drafts), in French (mirror of en-drafts.ts).
import type { DraftMessages } from './en-drafts.ts';
export const frDrafts: DraftMessages = {
  kept: 'Pas encore enregistré. Tes mots sont gardés sur cet appareil jusqu’à ce que tu les enregistres.',
  restored: 'Tes mots de la dernière fois sont revenus. Ils ne sont pas encore enregistrés.',
  discarded: 'Brouillon supprimé.',
  discard: 'Supprimer le brouillon',
  undo: 'Annuler',
  problem: 'Tes mots n’ont pas pu être gardés comme brouillon ({reason}). Ils sont toujours ici, à l’écran.',
};
