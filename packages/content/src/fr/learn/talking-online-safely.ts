// Learn page in French (mirror of learn/talking-online-safely.ts): talking about self-harm online safely (#chatsafe).
import type { LearnPage } from '../../learn/learn-page.ts';

export const talkingOnlineSafelyFr: LearnPage = {
  id: 'talking-online-safely',
  title: 'Parler d’automutilation en ligne, sans danger',
  summary: 'Comment raconter ton histoire, aider quelqu’un et te protéger en ligne, d’après les lignes directrices #chatsafe.',
  written: '2026-11-30',
  topic: 'support',
  blocks: [
    {
      kind: 'paragraph',
      text: 'Parler en ligne peut t’aider à briser la solitude. Ça peut aussi bouleverser, toi ou les autres. Les lignes directrices #chatsafe ont été créées par Orygen, avec des jeunes, pour aider tout le monde à parler d’automutilation et de suicide en ligne de façon plus sûre.',
    },
    { kind: 'heading', text: 'Avant de publier' },
    {
      kind: 'list',
      items: [
        'Prends une pause et demande-toi pourquoi tu veux publier, et quel effet ça pourrait avoir sur les personnes qui le verront.',
        'Rappelle-toi qu’une publication peut circuler très loin, et rester en ligne pour toujours.',
        'Partage seulement les détails personnels que tu veux bien que n’importe qui connaisse.',
      ],
    },
    { kind: 'heading', text: 'Raconter ta propre histoire' },
    {
      kind: 'list',
      items: [
        'Mets un avertissement au début, pour que les gens puissent choisir de lire la suite ou non.',
        'Ne partage jamais de photos de blessures ni de détails sur la façon dont tu t’es fait du mal. Ça peut bouleverser les autres et leur rendre plus difficile de rester en sécurité.',
        'Parle de ce que tu ressens et de ce qui t’aide à tenir le coup.',
        'Indique où trouver de l’aide, comme une ligne d’aide.',
      ],
    },
    { kind: 'heading', text: 'Si tu t’inquiètes pour quelqu’un' },
    {
      kind: 'list',
      items: [
        'Parle-lui directement, par message ou en personne, avant de publier quoi que ce soit à son sujet.',
        'Si la personne est peut-être en danger en ce moment, insiste pour qu’elle appelle le numéro d’urgence, ou contacte quelqu’un de proche d’elle. Si tu ne joins personne, appelle toi-même le numéro d’urgence.',
        'Parles-en à un adulte ou à quelqu’un de confiance, et signale la publication au site.',
        'Fixe des limites à l’aide que tu peux donner, et ne te mets pas en danger.',
      ],
    },
    { kind: 'heading', text: 'Prendre soin de toi en ligne' },
    {
      kind: 'paragraph',
      text: 'Tu peux masquer des mots, te désabonner de comptes ou les bloquer, et signaler les publications qui te bouleversent. Fais une pause quand tu en as besoin. Voir beaucoup de publications difficiles peut jouer sur ton moral, même quand tout va bien pour toi.',
    },
    { kind: 'tool', to: { screen: 'help' }, text: 'Lignes d’aide près de moi' },
    { kind: 'tool', to: { screen: 'learn', id: 'support-groups' }, text: 'Lire : trouver un groupe sûr' },
  ],
  sources: ['orygen-chatsafe', 'orygen-chatsafe-responding', 'samaritans-online-safely'],
};
