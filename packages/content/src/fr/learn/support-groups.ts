// Learn page in French (mirror of learn/support-groups.ts): peer support, how to find a safe group, national services.
import type { LearnPage } from '../../learn/learn-page.ts';

export const supportGroupsFr: LearnPage = {
  id: 'support-groups',
  title: 'Groupes de soutien et entraide',
  summary: 'Parler avec des personnes qui comprennent peut aider. Voici comment trouver un groupe sûr.',
  written: '2026-11-30',
  topic: 'support',
  blocks: [
    {
      kind: 'paragraph',
      text: 'L’entraide, ou soutien par les pairs, c’est l’aide de personnes qui ont vécu quelque chose de semblable. Ça peut être un groupe qui se réunit en personne, ou un forum en ligne. Beaucoup de gens disent que ça les aide à se sentir moins seuls, et que ça leur donne de l’espoir et de nouvelles idées.',
    },
    { kind: 'heading', text: 'Comment trouver un groupe sûr' },
    {
      kind: 'paragraph',
      text: 'Certains espaces aident, d’autres peuvent rendre les envies plus fortes. La crainte que les gens citent le plus, c’est de voir des choses qui déclenchent leurs propres envies. Un groupe plus sûr a ces qualités :',
    },
    {
      kind: 'list',
      items: [
        'Il est animé ou modéré par des personnes formées, qui retirent les messages nuisibles.',
        'Il a des règles claires, comme pas de photos de blessures et pas de détails sur la façon dont les gens se font du mal.',
        'Il est tourné vers le rétablissement et les façons de faire face, pas vers ce qui entretient l’automutilation.',
        'Il dit quoi faire en cas de crise, et ne se fait pas passer pour un service de crise.',
        'Il protège ta vie privée, et te laisse masquer ou cacher ce qui te bouleverse.',
      ],
    },
    {
      kind: 'paragraph',
      text: 'Remarque comment tu te sens après chaque visite. Si un espace te laisse plus mal, ou t’attire davantage vers l’automutilation, tu as le droit de le quitter.',
    },
    { kind: 'heading', text: 'Quelques services nationaux' },
    {
      kind: 'list',
      items: [
        'Royaume-Uni : Side by Side, une communauté en ligne tenue par l’association Mind. Elle est modérée tous les jours, du matin jusqu’à minuit.',
        'Royaume-Uni : la communauté selfharmUK, où les messages sont modérés pour rester centrés sur le rétablissement.',
        'Australie : les forums de Beyond Blue, où tu peux publier sans ton nom et où chaque message est vérifié par des modérateurs.',
        'États-Unis : NAMI Connection, des groupes hebdomadaires gratuits, animés par des pairs formés qui vivent avec un trouble de santé mentale.',
      ],
    },
    {
      kind: 'paragraph',
      text: 'Ailleurs, ton médecin ou une association locale en santé mentale connaît peut-être un groupe près de chez toi. L’entraide fonctionne mieux en plus de ton plan et de tes soins, pas à leur place.',
    },
    { kind: 'tool', to: { screen: 'contacts' }, text: 'Ajouter un groupe à mes proches' },
    { kind: 'tool', to: { screen: 'help' }, text: 'Lignes d’aide près de moi' },
    { kind: 'tool', to: { screen: 'learn', id: 'talking-online-safely' }, text: 'Lire : parler en ligne sans danger' },
  ],
  sources: ['abou-seif-2022', 'mind-side-by-side', 'selfharmuk-moderation', 'beyond-blue-forums', 'nami-connection', 'samaritans-online-safely'],
};
