// Learn page in French (mirror of learn/recovery.ts): what recovery is, why it is rarely a straight line.
import type { LearnPage } from '../../learn/learn-page.ts';

export const recoveryFr: LearnPage = {
  id: 'recovery',
  title: 'Ce qu’est le rétablissement',
  summary: 'Se rétablir est possible et fréquent. Ça prend du temps, et c’est rarement une ligne droite.',
  written: '2026-11-30',
  topic: 'recovery',
  blocks: [
    {
      kind: 'paragraph',
      text: 'On peut se rétablir de l’automutilation, et c’est fréquent. Une grande étude a suivi des jeunes pendant de nombreuses années. La plupart des jeunes qui se faisaient du mal à l’adolescence avaient arrêté en arrivant à l’âge adulte. Quel que soit ton âge, le changement est possible.',
    },
    { kind: 'heading', text: 'Le rétablissement a plusieurs visages' },
    {
      kind: 'paragraph',
      text: 'Pour certaines personnes, se rétablir veut dire arrêter. Pour d’autres, c’est le faire moins, ou moins souvent, ou arriver plus facilement à attendre. Tout ça compte. C’est toi qui choisis ce que le rétablissement veut dire pour toi, et ça peut changer avec le temps.',
    },
    {
      kind: 'paragraph',
      text: 'Se rétablir, c’est aussi plus qu’arrêter. C’est trouver d’autres façons de faire face aux émotions fortes, et bâtir une vie qui vaut la peine qu’on en prenne soin.',
    },
    { kind: 'heading', text: 'C’est rarement une ligne droite' },
    {
      kind: 'paragraph',
      text: 'La plupart des gens ont des hauts et des bas en chemin. Il peut y avoir de bonnes semaines, puis une journée difficile. Une journée difficile n’efface pas tes efforts, et elle ne te ramène pas au point de départ. Tout ce que tu as appris t’appartient toujours.',
    },
    {
      kind: 'paragraph',
      text: 'Un moment difficile peut même t’apprendre quelque chose. Il peut te montrer un déclencheur que tu n’avais pas vu, une nouvelle technique à essayer, ou une personne vers qui te tourner.',
    },
    { kind: 'tool', to: { screen: 'learn', id: 'after-a-slip' }, text: 'Lire : après un écart' },
    { kind: 'heading', text: 'Les envies peuvent s’affaiblir' },
    {
      kind: 'paragraph',
      text: 'Une envie monte, atteint un sommet, puis redescend, comme une vague. Chaque fois que tu laisses passer la vague, tu apprends que tu en es capable. Avec la pratique, beaucoup de gens voient leurs envies revenir moins souvent et passer plus vite.',
    },
    { kind: 'tool', to: { screen: 'skill', id: 'urge-surfing' }, text: 'Essayer de surfer sur l’envie' },
    { kind: 'heading', text: 'Tu n’as pas à faire ce chemin sans aide' },
    {
      kind: 'paragraph',
      text: 'Le changement prend du temps, alors accorde-toi de la patience. Un plan pour les moments difficiles, des personnes de confiance et l’aide d’un professionnel peuvent tous rendre la route plus facile.',
    },
    { kind: 'tool', to: { screen: 'plan' }, text: 'Ouvrir mon plan' },
  ],
  sources: ['sirr-recovery', 'moran-2012', 'bowen-mbrp-2011', 'nice-ng225'],
};
