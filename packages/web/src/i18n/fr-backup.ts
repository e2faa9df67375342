// What the restore screen says while and after restoring a backup, in French (mirror of en-backup.ts).
import type { BackupMessages } from './en-backup.ts';
export const frBackup: BackupMessages = {
  restoreWorking: 'Restauration en cours… Une grosse sauvegarde peut prendre une minute. Garde Ebb ouvert.',
  restoreProgress: 'Restauration',
  restoreAdded: 'Restauration terminée. Ajouts : {items}.',
  restoreAddedUpdated: 'Restauration terminée. Ajouts : {items}. Mises à jour : {updated}.',
  restoreUpdated: 'Restauration terminée. Mises à jour : {updated}.',
  restoreUnchanged: 'Restauration terminée. Tout ce que contient cette sauvegarde était déjà ici : rien n’a changé.',
  restoreReplaced: 'Restauration terminée. Cet appareil contient maintenant ce que contient la sauvegarde : {items}.',
  restoreReplacedEmpty: 'Restauration terminée. La sauvegarde était vide : cet appareil ne contient donc plus rien.',
  restoreLeftOut: 'Certaines listes étaient pleines : des éléments de la sauvegarde n’y entraient pas et ont été laissés de côté ({count}).',
  restoreAnd: '{first} et {last}',
  restoreCounted: {
    checkInDays: { one: '{count} jour de bilan', other: '{count} jours de bilan' },
    urges: { one: '{count} envie', other: '{count} envies' },
    journalEntries: { one: '{count} entrée de journal', other: '{count} entrées de journal' },
    people: { one: '{count} personne', other: '{count} personnes' },
    goals: { one: '{count} objectif', other: '{count} objectifs' },
    reflections: { one: '{count} retour en arrière', other: '{count} retours en arrière' },
    planVersions: { one: '{count} ancienne version de ton plan', other: '{count} anciennes versions de ton plan' },
    hopeItems: { one: '{count} chose qui t’aide', other: '{count} choses qui t’aident' },
  },
  restoreSingle: {
    plan: 'ton plan',
    supportCard: 'ta carte de soutien',
    skills: 'tes techniques',
    diaryCard: 'les réglages de ton bilan',
    settings: 'tes réglages',
  },
};
