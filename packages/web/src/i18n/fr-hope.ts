// What the hope box says ("Things that help me"), in French (mirror of en-hope.ts).
import type { HopeMessages } from './en-hope.ts';

export const frHope: HopeMessages = {
  title: 'Les choses qui m’aident',
  intro:
    'Garde des photos, une chanson ou un message vocal, des mots de tes proches et tes raisons de continuer, tout au même endroit. Regarde-les quand ça devient difficile. Tout reste sur cet appareil, chiffré, et va dans tes sauvegardes.',
  empty:
    'Rien ici pour l’instant. Tu pourrais commencer par une photo d’une personne, d’un animal ou d’un lieu qui compte pour toi, ou par une raison bien à toi.',
  usage: 'Les photos et les sons utilisent {used} des {limit} que cette boîte peut contenir.',
  kinds: { photo: 'Photo', audio: 'Chanson ou message vocal', message: 'Message', reason: 'Raison' },
  from: 'De la part de {from}',
  photoAlt: 'Une photo que tu as choisie',
  showPhoto: 'Afficher la photo',
  hidePhoto: 'Masquer la photo',
  hiddenNote: 'Les photos restent masquées jusqu’à ce que tu les ouvres, parce que le mode discret est activé.',
  moveUp: 'Monter',
  moveDown: 'Descendre',
  moveUpLabel: 'Monter {name}',
  moveDownLabel: 'Descendre {name}',
  remove: 'Retirer',
  removeLabel: 'Retirer {name}',
  removeQuestion: 'Retirer ceci de ta boîte ? Impossible de le récupérer ensuite, sauf s’il est dans une sauvegarde.',
  removeYes: 'Oui, le retirer',
  removeNo: 'Le garder',
  changeFailed: 'Ta boîte n’a pas pu être modifiée : {reason} Rien de ce qu’elle contient n’a été perdu. Réessaie.',
  add: {
    heading: 'Ajouter quelque chose',
    photo: 'Ajouter une photo',
    audio: 'Ajouter une chanson ou un message vocal',
    message: 'Ajouter un message de quelqu’un',
    reason: 'Ajouter une raison de continuer',
    choosePhoto: 'Choisir une photo',
    photoHint: 'Elle est réduite sur cet appareil avant d’être gardée. Rien n’est envoyé nulle part.',
    chooseAudio: 'Choisir un fichier audio',
    audioHint: 'Jusqu’à 4 Mo : une chanson ou un court message vocal.',
    caption: 'Quelques mots à son sujet (tu peux laisser vide)',
    messageText: 'Le message',
    messageFrom: 'De qui il vient (tu peux laisser vide)',
    reasonText: 'Ta raison',
    save: 'Ajouter à la boîte',
    saving: 'Ajout en cours…',
    cancel: 'Annuler',
    added: 'Ajouté à ta boîte.',
    noFile: 'Choisis d’abord un fichier.',
    noWords: 'Écris d’abord quelque chose.',
    saveFailed: 'Ça n’a pas pu être ajouté : {reason} Ce que tu as choisi est toujours là. Réessaie.',
  },
  refused: {
    'photo-too-large':
      'Cette photo fait encore {size} une fois réduite, et une photo peut faire au plus {limit}. Essaie une autre photo. Rien n’a changé dans ta boîte.',
    'photo-file-too-large':
      'Ce fichier fait {size}, c’est trop lourd pour l’ouvrir ici (le maximum est {limit}). Essaie une copie plus petite de la photo. Rien n’a changé dans ta boîte.',
    'audio-too-large': 'Ce fichier audio fait {size}, et un son peut faire au plus {limit}. Essaie un extrait plus court. Rien n’a changé dans ta boîte.',
    'box-full':
      'Les photos et les sons de ta boîte atteindraient {size}, au-delà des {limit} qu’elle peut contenir. Retire quelque chose pour faire de la place. Rien n’a changé dans ta boîte.',
    'too-many': 'Ta boîte contient déjà {limit} éléments, le maximum possible. Retires-en un pour en ajouter un autre. Rien n’a changé dans ta boîte.',
    'not-supported': 'Ce fichier n’est pas une photo ou un son qui peut être gardé ici. Rien n’a changé dans ta boîte.',
    unreadable: 'Cette photo n’a pas pu s’ouvrir sur cet appareil. Essaie-en une autre, ou un fichier JPEG. Rien n’a changé dans ta boîte.',
  },
};
