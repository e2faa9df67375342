// Learn page in French (mirror of learn/telling-someone.ts): telling someone for the first time.
import type { LearnPage } from '../../learn/learn-page.ts';

export const tellingSomeoneFr: LearnPage = {
  id: 'telling-someone',
  title: 'En parler pour la première fois',
  summary: 'À qui en parler, comment commencer, et quoi faire si ça ne se passe pas comme tu l’espérais.',
  written: '2026-11-30',
  topic: 'support',
  blocks: [
    {
      kind: 'paragraph',
      text: 'En parler à quelqu’un peut faire peur. Tu crains peut-être le jugement des autres, ou de leur faire de la peine. Beaucoup de gens gardent l’automutilation pour eux pendant longtemps. Mais en parler peut t’enlever une partie du poids, et ouvrir la porte à de l’aide.',
    },
    { kind: 'heading', text: 'À qui en parler' },
    {
      kind: 'paragraph',
      text: 'Pense à ce dont tu as besoin. Si tu veux qu’on t’écoute, choisis une personne qui a déjà été gentille et calme avec toi. Si tu veux un traitement, un médecin ou l’infirmerie de l’école peut être le meilleur point de départ. Tu n’as pas à le dire à tout le monde.',
    },
    { kind: 'heading', text: 'Comment commencer' },
    {
      kind: 'list',
      items: [
        'Choisis un moment où le temps ne presse pas, et un endroit calme, à l’écart des autres.',
        'Si c’est dur de le dire à voix haute, écris-le, ou envoie d’abord un message.',
        'Explique pourquoi tu en parles, et ce qui t’aiderait. Par exemple : « J’ai juste besoin que tu m’écoutes. »',
        'C’est toi qui choisis ce que tu partages. Tu n’as pas à donner de détails.',
      ],
    },
    { kind: 'tool', to: { screen: 'support-card' }, text: 'Montrer ma carte de soutien' },
    { kind: 'heading', text: 'Ce qui peut se passer' },
    {
      kind: 'paragraph',
      text: 'Au début, les gens ressentent souvent un choc, de l’inquiétude ou de la tristesse. C’est en général parce qu’ils tiennent à toi. Laisse-leur un peu de temps. Si tu as moins de 18 ans, un thérapeute, un médecin ou un enseignant devra peut-être en parler à un parent ou à un adulte responsable de toi. Tu peux leur demander d’abord ce qu’ils seraient tenus de partager.',
    },
    {
      kind: 'paragraph',
      text: 'Si ça ne se passe pas bien, ça ne veut pas dire que tu as eu tort d’en parler. Tu mérites toujours du soutien. Essaie avec quelqu’un d’autre, ou avec une ligne d’aide.',
    },
    { kind: 'tool', to: { screen: 'help' }, text: 'Trouver une ligne d’aide' },
    { kind: 'tool', to: { screen: 'plan-part', section: 'people-to-ask' }, text: 'Ajouter qui peut m’aider' },
  ],
  sources: ['sirr-reaching-out', 'sirr-recovery', 'bettis-2023'],
};
