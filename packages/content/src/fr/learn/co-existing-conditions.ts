// Learn page in French (mirror of learn/co-existing-conditions.ts): conditions that often come with self-harm.
import type { LearnPage } from '../../learn/learn-page.ts';

export const coExistingConditionsFr: LearnPage = {
  id: 'other-conditions',
  title: 'D’autres troubles qui peuvent accompagner l’automutilation',
  summary: 'Dépression, anxiété, TPL, TSPT, troubles alimentaires, alcool et drogues : ce que c’est, et pourquoi les soigner aide.',
  written: '2026-11-30',
  topic: 'conditions',
  blocks: [
    {
      kind: 'paragraph',
      text: 'L’automutilation va souvent de pair avec d’autres troubles de santé mentale. Les soigner, c’est important. Quand le trouble va mieux, l’automutilation peut devenir plus facile à gérer, elle aussi. Un diagnostic, c’est le nom d’un ensemble de difficultés. Ce n’est pas qui tu es.',
    },
    { kind: 'heading', text: 'La dépression' },
    {
      kind: 'paragraph',
      text: 'La dépression, c’est plus qu’une mauvaise journée. Tu peux avoir le moral très bas presque tout le temps, ne plus prendre plaisir à rien, et avoir du mal à prendre soin de toi. La psychothérapie aide, et parfois un médicament aussi.',
    },
    { kind: 'heading', text: 'L’anxiété' },
    {
      kind: 'paragraph',
      text: 'L’anxiété, c’est une inquiétude ou une peur qui ne part pas et qui gêne la vie de tous les jours. Elle peut prendre la forme de crises de panique, de peur des autres, ou de pensées que tu n’arrives pas à arrêter. On utilise souvent la TCC, et elle marche bien pour beaucoup de gens.',
    },
    { kind: 'heading', text: 'Le trouble de la personnalité limite' },
    {
      kind: 'paragraph',
      text: 'On l’appelle aussi trouble de la personnalité émotionnellement labile, ou « borderline ». Les émotions sont très intenses et difficiles à gérer, et les relations peuvent sembler compliquées. Ce sont les psychothérapies qui aident le plus, comme la TCD. Au Royaume-Uni, les recommandations disent qu’un service ne doit jamais te refuser à cause de ce diagnostic, ou parce que tu te fais du mal.',
    },
    { kind: 'heading', text: 'Le TSPT' },
    {
      kind: 'paragraph',
      text: 'Le trouble de stress post-traumatique peut suivre un événement effrayant ou douloureux. Le souvenir revient d’un coup, comme si on y était, ou dans des cauchemars. Tu peux éviter ce qui te le rappelle et avoir du mal à te détendre. La TCC centrée sur le trauma et l’EMDR peuvent beaucoup aider.',
    },
    { kind: 'heading', text: 'Les troubles alimentaires' },
    {
      kind: 'paragraph',
      text: 'On parle de trouble alimentaire quand l’inquiétude au sujet de la nourriture, du poids ou de la silhouette prend toute la place dans ta vie. Les troubles alimentaires se soignent, et on peut s’en rétablir. Si tu en as un, lis les mises en garde avant toute technique qui sollicite le corps, et parles-en à ton médecin.',
    },
    { kind: 'heading', text: 'L’alcool et les drogues' },
    {
      kind: 'paragraph',
      text: 'Certaines personnes prennent de l’alcool ou des drogues pour tenir le coup. L’alcool fait souvent partie du moment qui précède l’automutilation. Il rétrécit le champ de ta pensée, alors les autres façons de faire face sont plus difficiles à voir. Il existe de l’aide pour l’alcool et les drogues, et elle peut faire partie de tes soins.',
    },
    { kind: 'heading', text: 'Où trouver de l’aide' },
    {
      kind: 'list',
      items: [
        'Commence par ton médecin. Parle-lui de tout ce que tu traverses, pas seulement de l’automutilation.',
        'Demande une psychothérapie. En Angleterre, NHS Talking Therapies peut aider pour la dépression, l’anxiété et le TSPT.',
        'Pour les troubles alimentaires au Royaume-Uni, l’association Beat propose des lignes d’aide et du soutien en ligne.',
      ],
    },
    { kind: 'tool', to: { screen: 'learn', id: 'getting-treatment' }, text: 'Lire : demander de l’aide' },
    { kind: 'tool', to: { screen: 'help' }, text: 'Aide immédiate' },
  ],
  sources: [
    'nice-cg133-ifp',
    'nhs-scotland-self-harm',
    'nhs-self-harm-treatment',
    'mind-antidepressants',
    'mind-bpd-treatment',
    'nice-cg78',
    'nihr-emdr-ptsd',
    'health-in-mind-emdr',
    'nhs-talking-therapies',
    'beat-guide',
    'alcohol-self-harm-2019',
  ],
};
