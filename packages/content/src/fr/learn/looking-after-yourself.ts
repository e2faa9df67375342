// Learn page in French (mirror of learn/looking-after-yourself.ts): everyday care that makes hard moments less likely.
import type { LearnPage } from '../../learn/learn-page.ts';

export const lookingAfterYourselfFr: LearnPage = {
  id: 'looking-after-yourself',
  title: 'Prendre soin de toi',
  summary: 'Le sommeil, les repas, bouger et voir du monde rendent les émotions fortes plus faciles à vivre.',
  written: '2026-11-30',
  topic: 'self-care',
  blocks: [
    {
      kind: 'paragraph',
      text: 'Quand tu manques de sommeil, que tu as faim ou que tu es malade, les émotions frappent plus fort. Prendre soin de ton corps et de ta tête, un peu et souvent, peut rendre les moments difficiles plus rares, et plus faciles à traverser. Commence par une petite chose.',
    },
    { kind: 'heading', text: 'Le sommeil' },
    {
      kind: 'paragraph',
      text: 'Essaie de te coucher et de te lever à peu près à la même heure chaque jour. Range les écrans un moment avant d’aller au lit : leur lumière peut rendre l’endormissement plus difficile.',
    },
    { kind: 'heading', text: 'Manger et boire' },
    {
      kind: 'paragraph',
      text: 'Prends des repas réguliers et bois de l’eau au fil de la journée. Ça te donne une énergie stable et t’aide à te concentrer. Remarque l’effet du café et des boissons gazeuses avec caféine sur ton humeur.',
    },
    { kind: 'heading', text: 'Bouger' },
    {
      kind: 'paragraph',
      text: 'Bouger peut te remonter le moral. Une marche, ça compte, et quelques petites marches finissent par faire beaucoup. Trouve quelque chose qui te plaît, comme danser, jouer à un jeu ou passer du temps dehors.',
    },
    { kind: 'heading', text: 'Ton entourage' },
    {
      kind: 'paragraph',
      text: 'Passer du temps avec des personnes qui te font du bien, ça aide. Envoie un message, partage un repas ou rejoins un groupe. Faire quelque chose de gentil pour quelqu’un peut aussi t’aider à te sentir mieux.',
    },
    { kind: 'tool', to: { screen: 'contacts' }, text: 'Voir mes proches' },
    { kind: 'heading', text: 'L’alcool et les drogues' },
    {
      kind: 'paragraph',
      text: 'L’alcool et les drogues peuvent sembler aider sur le moment, mais souvent, ils font baisser le moral et rendent les envies plus fortes. L’alcool rend plus difficile de penser à d’autres façons de faire face. Si tu veux boire moins, ton médecin peut t’aider.',
    },
    { kind: 'heading', text: 'Des moments de calme' },
    {
      kind: 'paragraph',
      text: 'Garde une place chaque jour pour quelque chose qui t’apaise, comme la respiration, la musique ou un loisir. Les techniques sont plus faciles à utiliser en pleine crise si tu les as pratiquées les jours plus calmes.',
    },
    { kind: 'tool', to: { screen: 'skill', id: 'paced-breathing' }, text: 'Essayer la respiration rythmée' },
    { kind: 'tool', to: { screen: 'check-in' }, text: 'Faire mon bilan du jour' },
  ],
  sources: ['nimh-caring-mental-health', 'nhs-five-steps', 'linehan-2015', 'alcohol-self-harm-2019'],
};
