// What the Devices screen and the pairing screen say, in French (mirror of en-devices.ts).
import type { DevicesMessages } from './en-devices.ts';
export const frDevices: DevicesMessages = {
  title: 'Tes appareils',
  intro: 'La synchronisation garde ton plan, tes bilans et tout ce que tu gardes dans Ebb identiques sur tes autres téléphones et ordinateurs.',
  sealed:
    'Tout est scellé sur cet appareil avant de partir. Le serveur ne garde que des données scellées qu’il ne peut pas lire : ni tes mots, ni le genre de chaque élément.',
  server: 'Le serveur est celui d’où vient cette application : {address}',
  turnOn: 'Activer la synchronisation',
  turningOn: 'Activation de la synchronisation…',
  turnOnFailed: 'La synchronisation n’a pas pu être activée : {reason}. Rien n’a changé ici ; réessaie une fois en ligne.',
  linkFailed: 'Cet appareil n’a pas pu être relié : {reason}. Rien n’a changé ici ; réessaie.',
  linkTitle: 'Relier à un appareil déjà synchronisé',
  linkHint: 'Sur cet appareil, ouvre Tes appareils et choisis « Afficher le lien d’association ». Colle le lien ici, ou tape son code.',
  codeLabel: 'Lien ou code d’association',
  link: 'Relier cet appareil',
  linking: 'Association…',
  pairing: {
    empty: 'Tape ou colle d’abord le code de ton autre appareil.',
    wrongLength: 'Cela fait {typed} lettres et chiffres ; un code en a {expected}. Vérifie s’il manque un groupe ou s’il y en a un de trop.',
    badCharacter: '« {character} » (dans le groupe {group}) n’existe dans aucun code. Compare ce groupe avec ton autre appareil.',
    mistyped: 'Un des caractères ne correspond pas. Compare le code avec ton autre appareil, groupe par groupe.',
    notALink: 'Ce n’est pas un lien d’association. Colle le lien en entier, ou tape le code.',
    noCode: 'La fin de ce lien manque. Copie de nouveau le lien en entier, ou tape plutôt le code.',
    inQuery: 'Ce lien a son code au mauvais endroit, où un site a pu le voir. Tape plutôt le code de ton autre appareil.',
  },
  status: {
    on: 'La synchronisation est activée.',
    syncing: 'Synchronisation…',
    justNow: 'Synchronisé à l’instant.',
    synced: 'Synchronisé {when}.',
    never: 'Pas encore synchronisé.',
    off: 'La synchronisation est désactivée sur cet appareil.',
  },
  syncNow: 'Synchroniser maintenant',
  failed: {
    offline: 'Impossible de joindre le serveur. Tes modifications sont gardées ici et seront synchronisées à son retour.',
    server: 'Le serveur a eu un problème. Tes modifications sont gardées ici et seront synchronisées quand il refonctionnera.',
    refused:
      'Le serveur n’a pas accepté cette synchronisation. Tes modifications sont gardées ici. Si cela continue, le serveur doit peut-être être mis à jour.',
    storage: 'Cet appareil n’a pas pu lire ou enregistrer ses données ({reason}). Rien n’est perdu ; la synchronisation réessaiera.',
    other: 'La synchronisation n’a pas abouti. Tes modifications sont gardées ici et elle réessaiera.',
  },
  accountGone:
    'La synchronisation a été désactivée sur un autre de tes appareils, et la copie sur le serveur a été supprimée, donc tes liens de partage ne fonctionnent plus non plus. Rien n’a été supprimé sur cet appareil. Tu peux la réactiver pour commencer une nouvelle copie.',
  addTitle: 'Ajouter un autre appareil',
  addHint: 'Ouvre ce lien sur ton autre appareil, ou tapes-y le code, dans Tes appareils.',
  showLink: 'Afficher le lien d’association',
  hideLink: 'Masquer le lien d’association',
  linkWarning:
    'Toute personne ayant ce lien ou ce code peut lire tout ce que tu synchronises. Utilise-le seulement sur tes propres appareils ; ne l’envoie jamais à quelqu’un d’autre.',
  linkLabel: 'Lien d’association',
  copy: 'Copier le lien',
  copied: 'Copié. Ouvre-le sur ton autre appareil.',
  copyFailed: 'Ce navigateur n’a pas permis de copier. Sélectionne le lien et copie-le toi-même, ou tape le code.',
  codeIntro: 'Ou tape ce code sur l’autre appareil :',
  codeKeep:
    'Ce code te permet aussi de retrouver ce qui est synchronisé si tu perds tous tes appareils : tu peux le garder dans un endroit auquel personne d’autre n’a accès, comme la clé de récupération de ta sauvegarde.',
  offTitle: 'Désactiver la synchronisation sur cet appareil',
  offHint: 'Tout ce que tu gardes ici reste sur cet appareil. Tes autres appareils gardent leurs copies.',
  alsoDelete:
    'Supprimer aussi la copie sur le serveur (tes autres appareils arrêtent de se synchroniser et tes liens de partage cessent de fonctionner ; rien n’est supprimé sur aucun appareil)',
  turnOff: 'Désactiver la synchronisation',
  confirmOff: 'Désactiver la synchronisation sur cet appareil ? Tu pourras la réactiver plus tard.',
  confirmDelete:
    'Désactiver la synchronisation et supprimer la copie sur le serveur ? Tes autres appareils arrêteront de se synchroniser, et tous les liens de partage que tu as créés cesseront de fonctionner. Rien n’est supprimé sur aucun appareil.',
  confirmYes: 'Oui, la désactiver',
  keep: 'Continuer à synchroniser',
  turnedOff: 'La synchronisation est désactivée. Tout ce que tu gardes ici reste ici.',
  turnedOffDeleted:
    'La synchronisation est désactivée et la copie sur le serveur est supprimée, donc tes liens de partage ne fonctionnent plus. Tout ce que tu gardes ici reste ici.',
  deleteFailed: 'La synchronisation est toujours activée : la copie sur le serveur n’a pas pu être supprimée ({reason}). Réessaie une fois en ligne.',
  reasons: {
    offline: 'le serveur n’a pas pu être joint',
    server: 'le serveur a eu un problème',
    other: 'le serveur ne l’a pas accepté',
  },
  pair: {
    title: 'Relier cet appareil',
    intro: 'Ce lien relie cet appareil à ta synchronisation, pour que ton plan, tes bilans et tout ce que tu gardes dans Ebb soient aussi ici.',
    keep: 'Ce qui est déjà sur cet appareil est gardé et combiné avec ce que tes autres appareils ont.',
    onlyYours:
      'N’utilise un lien d’association que s’il vient de tes propres appareils. Si quelqu’un d’autre te l’a envoyé, ne relie pas cet appareil : cette personne pourrait lire ce que tu gardes ici.',
    removed: 'Le code a été retiré de la barre d’adresse : il ne reste pas dans l’historique de ce navigateur.',
    replaces: 'Cet appareil se synchronise déjà avec un autre compte. Le relier le fait passer à celui-ci ; ce qui est ici est gardé.',
    missing: 'Cette page s’est ouverte sans code. Ouvre de nouveau le lien en entier, ou tape le code dans Tes appareils.',
    linked: 'Relié. Cet appareil se synchronise maintenant avec tes autres appareils.',
    openDevices: 'Ouvrir Tes appareils',
  },
};
