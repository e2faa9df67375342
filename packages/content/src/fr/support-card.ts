// The "Comment me soutenir" card in French (mirror of ../support-card.ts): suggestions in the person's voice,
// and the guidance always printed for the people who support them.
import type { SupportText } from '../support-card.ts';

export const sayToMeFr: readonly SupportText[] = [
  { text: 'Demande-moi comment je vais, et écoute-moi sans chercher tout de suite à régler les choses', source: 'mind-friends-family' },
  { text: '« Je suis là, et je reste. »', source: 'mind-friends-family' },
  { text: '« Tu veux parler, ou tu préfères que je reste juste un moment avec toi ? »', source: 'mind-friends-family' },
  { text: '« Qu’est-ce qui t’aiderait, là, maintenant ? »', source: 'mind-friends-family' },
  { text: 'Rappelle-moi mon plan et ce qui m’aide', source: 'stanley-brown-2012' },
];

export const dontSayToMeFr: readonly SupportText[] = [
  { text: 'Ne me dis pas juste d’arrêter, s’il te plaît', source: 'mind-friends-family' },
  { text: 'Ne me fais pas promettre de ne plus jamais recommencer, s’il te plaît', source: 'mind-friends-family' },
  { text: 'Ne panique pas et ne te fâche pas, s’il te plaît, même si tu as peur', source: 'mind-friends-family' },
  { text: 'N’en parle pas à d’autres personnes avant de m’en parler, s’il te plaît', source: 'mind-friends-family' },
  { text: 'Ne prends pas tout en main, s’il te plaît : demande-moi ce que je veux qu’il se passe', source: 'nice-ng225' },
];

export const supporterGuidanceFr: readonly SupportText[] = [
  { text: 'Garde ton calme et ta douceur. Ta réaction peut encourager la personne à revenir t’en parler, ou l’en décourager.', source: 'mind-friends-family' },
  { text: 'Écoute plus que tu ne parles. Tu n’as pas besoin d’avoir les réponses.', source: 'mind-friends-family' },
  {
    text: 'N’attends pas que la personne arrête tout d’un coup. Le rétablissement prend du temps, et un écart ne veut pas dire que tout est perdu.',
    source: 'nhs-self-harm',
  },
  { text: 'Tu peux lui demander franchement si elle pense au suicide. Poser la question ne lui met pas l’idée en tête.', source: 'dazzi-2014' },
  {
    text: 'Si la personne est blessée et a besoin de soins médicaux, ou si sa vie est en danger, appelle le numéro d’urgence.',
    source: 'nice-ng225',
  },
  {
    text: 'Prends soin de toi aussi. Parle à quelqu’un en qui tu as confiance, ou à une ligne de soutien pour les familles et les proches.',
    source: 'mind-friends-family',
  },
];
