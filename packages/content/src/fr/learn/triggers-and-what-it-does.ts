// Learn page in French (mirror of learn/triggers-and-what-it-does.ts): triggers, and the need self-harm meets.
import type { LearnPage } from '../../learn/learn-page.ts';

export const triggersAndWhatItDoesFr: LearnPage = {
  id: 'triggers-and-what-it-does',
  title: 'Les déclencheurs, et ce que l’automutilation t’apporte',
  summary: 'Savoir ce qui déclenche une envie, et à quel besoin elle répond, t’aide à trouver d’autres façons de t’en sortir.',
  written: '2026-11-30',
  topic: 'understanding',
  blocks: [
    {
      kind: 'paragraph',
      text: 'Quand on y regarde de près, l’automutilation a en général un sens. Elle commence souvent comme une façon de traverser des émotions qui semblent trop grandes. Connaître ton propre schéma, ce n’est pas chercher un coupable. Ça t’aide à faire ton plan.',
    },
    { kind: 'heading', text: 'Les déclencheurs' },
    {
      kind: 'paragraph',
      text: 'Un déclencheur, c’est quelque chose qui rend une envie plus probable. Au début, ça peut être difficile à repérer. Les déclencheurs sont souvent de quatre types :',
    },
    {
      kind: 'list',
      items: [
        'Des émotions, comme la honte, la colère, la solitude ou un sentiment de vide.',
        'Des situations, comme une date anniversaire difficile, une soirée sans personne, ou le stress à l’école ou au travail.',
        'Des personnes, comme une dispute, une mise à l’écart, ou un message dur.',
        'Ton corps, comme la fatigue, la faim, la maladie ou la douleur.',
      ],
    },
    {
      kind: 'paragraph',
      text: 'Une fois que tu connais un déclencheur, tu peux en tenir compte dans ton plan. Tu peux l’éviter pendant un temps, te préparer à l’affronter, ou demander à quelqu’un d’être avec toi.',
    },
    { kind: 'tool', to: { screen: 'plan-part', section: 'triggers' }, text: 'Noter mes déclencheurs' },
    { kind: 'heading', text: 'Ce que ça t’apporte' },
    {
      kind: 'paragraph',
      text: 'La recherche montre que l’automutilation apporte le plus souvent un soulagement rapide face à des émotions fortes et douloureuses. Pour certaines personnes, c’est une façon de se punir. D’autres s’en servent pour ressentir quelque chose quand plus rien ne les touche, pour garder le contrôle, ou pour montrer une douleur qu’elles n’arrivent pas à mettre en mots.',
    },
    {
      kind: 'paragraph',
      text: 'Le soulagement est réel, mais il est court. Le besoin derrière est réel lui aussi, et il mérite qu’on en prenne soin. Le but est de répondre à ce même besoin d’une façon qui ne te fait pas de mal.',
    },
    {
      kind: 'list',
      items: [
        'Si tu as besoin de soulager une émotion trop forte, essaie de respirer lentement, ou une technique TIP (lis d’abord ses mises en garde).',
        'Si tu ne ressens plus rien, essaie un goût ou une odeur forte, ou tiens de la glace enveloppée dans un tissu.',
        'Si tu as envie de te punir, essaie de te traiter avec douceur pendant une minute.',
        'Si tu as besoin de montrer à quel point ça va mal, essaie d’écrire, de dessiner, ou d’en parler à une personne.',
      ],
    },
    { kind: 'tool', to: { screen: 'plan-part', section: 'what-it-does' }, text: 'Noter ce que ça m’apporte' },
    { kind: 'tool', to: { screen: 'skills' }, text: 'Une technique pour ce que je ressens' },
  ],
  sources: ['klonsky-2007', 'nhs-self-harm', 'mind-helping-yourself', 'stanley-brown-2012', 'linehan-2015'],
};
