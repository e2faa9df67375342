// Learn pages in French (mirror of learn/treatments.ts): DBT, other talking therapies, medication, asking for
// treatment and what to do while waiting. DBT and CBT take their French initials (TCD, TCC); EMDR keeps its own.
import type { LearnPage } from '../../learn/learn-page.ts';

export const dbtFr: LearnPage = {
  id: 'dbt',
  title: 'La TCD : des techniques pour les émotions fortes',
  summary: 'La thérapie comportementale dialectique enseigne des techniques dans quatre domaines, en groupe, en individuel et par téléphone.',
  written: '2026-11-30',
  topic: 'treatment',
  blocks: [
    {
      kind: 'paragraph',
      text: 'TCD veut dire thérapie comportementale dialectique (en anglais, DBT). Elle a été créée pour les personnes dont les émotions deviennent très fortes, très vite, et qui se font du mal pour y faire face. Elle repose sur deux choses à la fois : t’accepter comme tu es, et apprendre à changer.',
    },
    { kind: 'heading', text: 'Quatre types de techniques' },
    {
      kind: 'list',
      items: [
        'La pleine conscience : remarquer ce qui se passe, ici et maintenant, sans le juger.',
        'La tolérance à la détresse : traverser une crise sans l’aggraver.',
        'La régulation des émotions : comprendre ce que tu ressens et rendre tes émotions moins intenses.',
        'L’efficacité interpersonnelle : demander ce dont tu as besoin et dire non, tout en gardant le respect de toi-même.',
      ],
    },
    {
      kind: 'paragraph',
      text: 'Beaucoup des techniques d’Ebb viennent de la TCD, comme STOP, ACCEPTS, l’action opposée et l’acceptation radicale.',
    },
    { kind: 'tool', to: { screen: 'skills' }, text: 'Ouvrir les techniques' },
    { kind: 'heading', text: 'Comment elle se déroule' },
    {
      kind: 'list',
      items: [
        'Un groupe, le plus souvent une fois par semaine, pour apprendre les techniques et s’y exercer.',
        'Des séances individuelles de thérapie, pour utiliser les techniques dans ta vie.',
        'Du coaching par téléphone, pour avoir de l’aide à utiliser une technique dans un moment difficile.',
      ],
    },
    {
      kind: 'paragraph',
      text: 'La TCD complète dure souvent de nombreux mois et demande beaucoup d’engagement. Certains services proposent un cours de techniques plus court. Pour les jeunes qui se font souvent du mal et dont les émotions sont très fortes, le NICE, au Royaume-Uni, dit qu’une version de la TCD pour adolescents peut être envisagée.',
    },
    { kind: 'tool', to: { screen: 'learn', id: 'getting-treatment' }, text: 'Lire : comment demander un traitement' },
  ],
  sources: ['linehan-2015', 'nice-ng225', 'mind-bpd-treatment', 'nhs-self-harm-treatment'],
};

export const talkingTherapiesFr: LearnPage = {
  id: 'talking-therapies',
  title: 'Les autres psychothérapies',
  summary: 'La TCC, la thérapie centrée sur la compassion, et les thérapies du trauma comme l’EMDR : ce que fait chacune.',
  written: '2026-11-30',
  topic: 'treatment',
  blocks: [
    {
      kind: 'paragraph',
      text: 'La psychothérapie est le traitement de l’automutilation le mieux appuyé par la recherche. Au Royaume-Uni, le NICE recommande une psychothérapie conçue pour l’automutilation et adaptée à la personne. En voici quelques-unes dont tu entendras peut-être parler.',
    },
    { kind: 'heading', text: 'La TCC' },
    {
      kind: 'paragraph',
      text: 'La thérapie cognitivo-comportementale regarde comment tes pensées, tes émotions et tes actions sont liées. En thérapie, vous repérez ensemble les schémas qui t’enferment. Puis tu essaies de nouvelles façons de penser et d’agir, et tu observes ce qui change. Elle compte souvent un nombre fixe de séances.',
    },
    { kind: 'heading', text: 'La thérapie centrée sur la compassion' },
    {
      kind: 'paragraph',
      text: 'La thérapie centrée sur la compassion, ou CFT, s’adresse aux personnes qui ressentent beaucoup de honte ou qui sont très dures envers elles-mêmes. Elle t’aide à bâtir une voix intérieure plus bienveillante, une voix qui peut t’apaiser au lieu de t’attaquer.',
    },
    { kind: 'tool', to: { screen: 'skill', id: 'self-compassion-break' }, text: 'Essayer une pause d’autocompassion' },
    { kind: 'heading', text: 'La thérapie du trauma' },
    {
      kind: 'paragraph',
      text: 'Si des choses difficiles du passé reviennent sans cesse, sous forme de souvenirs, de cauchemars ou de peur, une thérapie du trauma peut aider. Le NICE en recommande deux pour cela : la TCC centrée sur le trauma et l’EMDR.',
    },
    {
      kind: 'paragraph',
      text: 'Avec l’EMDR, tu te remets un souvenir en tête pendant que tes yeux suivent une lumière ou une main qui bouge, ou pendant que tu sens de légers tapotements. Avec le temps, le souvenir peut devenir moins bouleversant. Tu t’en souviens toujours, mais il ne fait plus mal de la même façon.',
    },
    {
      kind: 'paragraph',
      text: 'Le travail sur le trauma se fait à un rythme convenu avec la personne qui te suit en thérapie. Il commence souvent par des techniques pour te sentir en sécurité et stable.',
    },
    { kind: 'tool', to: { screen: 'learn', id: 'getting-treatment' }, text: 'Lire : comment demander un traitement' },
  ],
  sources: ['nice-ng225', 'nice-cg133-ifp', 'nhs-self-harm-treatment', 'cft-kennedy-pearson', 'health-in-mind-emdr'],
};

export const medicationFr: LearnPage = {
  id: 'medication',
  title: 'Les médicaments',
  summary: 'Aucun médicament ne traite l’automutilation elle-même, mais un médicament peut aider pour un trouble qui l’accompagne.',
  written: '2026-11-30',
  topic: 'treatment',
  blocks: [
    {
      kind: 'paragraph',
      text: 'Il n’existe aucun médicament qui traite l’automutilation elle-même. Au Royaume-Uni, les recommandations disent que les médecins ne devraient pas proposer de médicament seulement pour réduire l’automutilation.',
    },
    {
      kind: 'paragraph',
      text: 'Mais un médicament peut aider pour un trouble qui accompagne souvent l’automutilation, comme la dépression ou l’anxiété. Quand ce trouble va mieux, l’automutilation peut devenir plus facile à gérer, elle aussi.',
    },
    { kind: 'heading', text: 'À quoi t’attendre' },
    {
      kind: 'list',
      items: [
        'Ton médecin devrait te dire à quoi sert le médicament, combien de temps il peut mettre à aider, et quels effets secondaires surveiller.',
        'Les médicaments contre la dépression mettent le plus souvent une à deux semaines à commencer à agir.',
        'Parles-en à ton médecin avant d’arrêter un médicament, même si tu te sens mieux.',
        'Dis à ton médecin si tu te sens moins bien, ou si tu as des pensées de mettre fin à tes jours.',
      ],
    },
    { kind: 'heading', text: 'Des questions à poser' },
    {
      kind: 'list',
      items: [
        'À quoi sert ce médicament, et comment saurai-je qu’il fait effet ?',
        'Quels effets secondaires sont fréquents, et que faire si je les ressens ?',
        'Est-ce que je peux aussi avoir une psychothérapie ?',
        'À quelle fréquence allez-vous faire le point avec moi ?',
      ],
    },
    { kind: 'tool', to: { screen: 'learn', id: 'getting-treatment' }, text: 'Lire : parler à un médecin' },
  ],
  sources: ['nice-ng225', 'nice-cg133-ifp', 'nhs-self-harm-treatment', 'mind-antidepressants', 'hse-antidepressants'],
};

export const gettingTreatmentFr: LearnPage = {
  id: 'getting-treatment',
  title: 'Demander de l’aide : médecins et thérapeutes',
  summary: 'Comment parler à un médecin, ce qu’on peut te demander, et comment trouver une thérapie.',
  written: '2026-11-30',
  topic: 'treatment',
  blocks: [
    {
      kind: 'paragraph',
      text: 'Il faut du courage pour demander de l’aide. Un médecin de famille (au Royaume-Uni, on dit GP) est souvent un bon point de départ. On va t’écouter et parler avec toi de ce qui pourrait t’aider.',
    },
    { kind: 'heading', text: 'Te préparer' },
    {
      kind: 'list',
      items: [
        'Écris ce que tu veux dire. Tu peux le lire à voix haute, ou tendre la feuille.',
        'Dis ce que tu veux : quelqu’un à qui parler, une thérapie, ou des soins pour une blessure.',
        'Tu peux venir avec une personne de confiance.',
        'Si la première réponse ne te convient pas, tu peux redemander ou voir quelqu’un d’autre.',
      ],
    },
    { kind: 'heading', text: 'Ce qu’on peut te demander' },
    {
      kind: 'paragraph',
      text: 'On peut te demander ce qui a mené à l’automutilation, comment tu te sens après, avec qui tu vis, ce que tu as déjà essayé, et si tu as des pensées de mettre fin à tes jours. Ces questions servent à trouver la bonne aide pour toi. Tu peux prendre ton temps, et dire si quelque chose est difficile à aborder.',
    },
    {
      kind: 'paragraph',
      text: 'Ensemble, vous pourrez faire un plan de soins. Il dit quelle aide tu vas recevoir, et comment. Il peut comprendre une psychothérapie, un médicament pour un autre trouble, ou un groupe de soutien.',
    },
    { kind: 'heading', text: 'Trouver une thérapie' },
    {
      kind: 'list',
      items: [
        'Ton médecin peut t’orienter vers une équipe de santé mentale ou un service de thérapie.',
        'En Angleterre, les adultes peuvent avoir une psychothérapie gratuite pour l’anxiété et la dépression grâce à NHS Talking Therapies. Tu trouveras le service le plus proche sur le site du NHS.',
      ],
    },
    { kind: 'tool', to: { screen: 'learn', id: 'while-you-wait' }, text: 'Lire : en attendant' },
    { kind: 'tool', to: { screen: 'support-card' }, text: 'Montrer ma carte de soutien' },
  ],
  sources: ['nhs-self-harm-treatment', 'nice-ng225', 'nhs-talking-therapies'],
};

export const whileYouWaitFr: LearnPage = {
  id: 'while-you-wait',
  title: 'En attendant un traitement',
  summary: 'Les listes d’attente sont fréquentes. Voici ce que tu peux faire d’ici là.',
  written: '2026-11-30',
  topic: 'treatment',
  blocks: [
    {
      kind: 'paragraph',
      text: 'Attendre de l’aide peut être dur, surtout quand tu as enfin trouvé le courage de demander. On ne t’oublie pas, et il y a des choses que tu peux faire dès maintenant.',
    },
    {
      kind: 'list',
      items: [
        'Demande au service combien de temps l’attente peut durer, et quoi faire en attendant.',
        'Demande à être sur une liste pour les rendez-vous annulés, s’il en existe une.',
        'Garde le contact avec ton médecin. Dis-lui si ça va plus mal, ou si tu as des pensées de mettre fin à tes jours.',
        'Fais ou mets à jour ton plan pour les moments difficiles, pour qu’il soit prêt quand tu en auras besoin.',
        'Exerce-toi à une ou deux techniques les jours plus calmes, pour qu’elles soient plus faciles à utiliser dans un moment difficile.',
        'Dis à une personne de confiance que tu attends, et comment elle peut t’aider.',
      ],
    },
    { kind: 'tool', to: { screen: 'plan' }, text: 'Ouvrir mon plan' },
    { kind: 'tool', to: { screen: 'skills' }, text: 'M’exercer à une technique' },
    {
      kind: 'paragraph',
      text: 'Si tu ne peux pas rester en sécurité pendant l’attente, n’attends pas. Demande de l’aide maintenant.',
    },
    { kind: 'tool', to: { screen: 'help' }, text: 'Aide immédiate' },
  ],
  sources: ['west-coast-while-you-wait', 'stanley-brown-2012', 'nhs-self-harm-treatment'],
};
