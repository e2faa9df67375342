// The guide for the people who help, in French (mirror of learn/for-supporters.ts). The supporter is "tu"; the
// person they help is "la personne" (then "elle"), which names no gender.
import type { LearnPage } from '../../learn/learn-page.ts';

const written = '2026-11-30';

const whatItIs: LearnPage = {
  id: 'supporting-what-self-harm-is',
  title: 'Ce qu’est l’automutilation, et ce qu’elle n’est pas',
  summary: 'Pourquoi des personnes se font du mal, et pourquoi il y a un vrai espoir.',
  written,
  topic: 'for-supporters',
  blocks: [
    {
      kind: 'paragraph',
      text: 'L’automutilation, c’est quand une personne se fait du mal volontairement. Pour la plupart des gens, c’est une façon de faire face à des émotions trop lourdes à porter, comme la douleur, la colère, la honte ou un sentiment de vide.',
    },
    {
      kind: 'paragraph',
      text: 'C’est le signe que quelqu’un traverse une période difficile, et ça mérite qu’on en prenne soin. Tout le monde peut se faire du mal, à tout âge. Il y a rarement une seule raison.',
    },
    { kind: 'heading', text: 'Ce qu’elle n’est pas' },
    {
      kind: 'list',
      items: [
        'Ce n’est pas le signe que la personne est mauvaise, qu’elle manque de force ou qu’elle est brisée.',
        'Ce n’est pas ta faute, et ce n’est pas la sienne.',
        'Ça ne veut pas toujours dire qu’elle veut mourir. Mais l’automutilation peut s’accompagner de pensées suicidaires, alors c’est toujours une bonne chose de lui demander comment elle va.',
      ],
    },
    {
      kind: 'paragraph',
      text: 'Beaucoup de personnes le cachent, par honte ou par peur de la réaction des autres. Si une personne te l’a confié, c’est qu’elle te fait confiance.',
    },
    { kind: 'heading', text: 'Il y a de l’espoir' },
    {
      kind: 'paragraph',
      text: 'Le rétablissement est possible, et il est fréquent. C’est rarement une ligne droite, et des écarts peuvent arriver en chemin. Avec la pratique, les envies s’affaiblissent et les autres façons de faire face se renforcent.',
    },
    { kind: 'tool', to: { screen: 'learn', id: 'recovery' }, text: 'Lire : ce qu’est le rétablissement' },
  ],
  sources: ['nhs-self-harm', 'mind-friends-family', 'nice-ng225'],
};

const responding: LearnPage = {
  id: 'supporting-responding-calmly',
  title: 'Réagir sans paniquer ni juger',
  summary: 'Quoi faire quand tu l’apprends, ou quand la personne te le dit.',
  written,
  topic: 'for-supporters',
  blocks: [
    {
      kind: 'paragraph',
      text: 'L’apprendre peut être un choc. Tu peux ressentir de la peur, de la tristesse, de la colère ou de la culpabilité. Ces émotions sont normales. Ta réaction peut rendre plus facile, ou plus difficile, pour la personne de t’en reparler.',
    },
    { kind: 'heading', text: 'Ce qui aide' },
    {
      kind: 'list',
      items: [
        'Prends une respiration lente avant de parler. Essaie de garder ton calme et ta douceur.',
        'Écoute plus que tu ne parles. Tu n’as pas besoin d’avoir les réponses ni de tout régler.',
        'Demande ce qui l’aiderait tout de suite, et ce qu’elle souhaite pour la suite.',
        'Montre que tu te soucies de toute blessure, et vois la personne dans son ensemble, pas seulement l’automutilation.',
        'Remarque ses qualités et ce qu’elle fait de bien.',
      ],
    },
    { kind: 'heading', text: 'Ce qui aide rarement' },
    {
      kind: 'list',
      items: [
        'Crier, menacer ou punir.',
        'Imposer des règles à ce sujet, ou la surveiller sans arrêt.',
        'En parler à d’autres avant d’en avoir discuté avec elle, sauf si sa vie est en danger.',
      ],
    },
    {
      kind: 'paragraph',
      text: 'Quand c’est possible, laisse-la mener les choix qui concernent ses propres soins. Garder le contrôle sur sa vie fait partie du chemin vers le mieux-être.',
    },
    { kind: 'tool', to: { screen: 'support-card' }, text: 'Sa carte « Comment me soutenir » dit ce qui lui fait du bien à entendre' },
  ],
  sources: ['mind-friends-family', 'nice-ng225'],
};

const noPromise: LearnPage = {
  id: 'supporting-no-promises',
  title: 'Pourquoi ne pas lui demander d’arrêter tout de suite',
  summary: 'Pourquoi une promesse d’arrêter peut compliquer les choses, et quoi demander à la place.',
  written,
  topic: 'for-supporters',
  blocks: [
    {
      kind: 'paragraph',
      text: 'C’est naturel de vouloir que ça s’arrête tout de suite. Mais demander une promesse d’arrêter complique souvent les choses.',
    },
    {
      kind: 'list',
      items: [
        'L’automutilation est souvent la façon dont une personne fait face. La lui retirer avant qu’elle ait d’autres moyens de faire face peut la laisser sans rien.',
        'Une promesse qu’elle ne peut pas tenir peut la pousser à se cacher, et à ressentir plus de honte.',
        'La peur de te décevoir peut l’empêcher de demander de l’aide quand elle en a le plus besoin.',
      ],
    },
    { kind: 'heading', text: 'Quoi demander à la place' },
    {
      kind: 'list',
      items: [
        'Demande-lui de te parler, ou de parler à une autre personne de confiance, quand ça devient difficile.',
        'Aide-la à trouver d’autres façons de faire face, et essayez ensemble ce qu’il y a dans son plan.',
        'Encourage chaque petit pas, même si l’automutilation n’a pas encore cessé.',
      ],
    },
    {
      kind: 'paragraph',
      text: 'Le rétablissement prend du temps. Un écart n’efface pas le chemin parcouru, et il ne veut pas dire que tout est perdu. Accorde-lui de la patience, et à toi aussi.',
    },
    { kind: 'tool', to: { screen: 'learn', id: 'after-a-slip' }, text: 'Lire : après un écart' },
  ],
  sources: ['mind-friends-family', 'nhs-self-harm'],
};

const askingAboutSuicide: LearnPage = {
  id: 'supporting-asking-about-suicide',
  title: 'Poser la question du suicide',
  summary: 'Demander clairement si la personne pense au suicide ne lui met pas l’idée en tête.',
  written,
  topic: 'for-supporters',
  blocks: [
    {
      kind: 'paragraph',
      text: 'L’automutilation et le suicide, ce n’est pas la même chose. Mais certaines personnes qui se font du mal ont aussi des pensées de mettre fin à leurs jours. Si tu t’inquiètes, pose la question.',
    },
    {
      kind: 'paragraph',
      text: 'Demander clairement à une personne si elle pense au suicide ne lui met pas l’idée en tête. Des études ont montré que poser la question n’aggrave pas ces pensées, et qu’en parler peut même aider.',
    },
    { kind: 'heading', text: 'Comment demander' },
    {
      kind: 'list',
      items: ['« Est-ce que tu as des pensées suicidaires ? »', '« Est-ce que tu penses à mettre fin à tes jours ? »'],
    },
    {
      kind: 'paragraph',
      text: 'Emploie des mots clairs comme ceux-là. Une question directe montre que tu es capable d’entendre la réponse.',
    },
    { kind: 'heading', text: 'Si elle répond oui' },
    {
      kind: 'list',
      items: [
        'Reste calme et écoute. Remercie-la de te l’avoir dit.',
        'Demande-lui si elle se sent en sécurité en ce moment.',
        'Aide-la à suivre son plan, ou appelez ensemble une ligne d’aide.',
        'Si elle n’est pas en sécurité en ce moment, appelle le numéro d’urgence et reste avec elle si tu peux.',
      ],
    },
    {
      kind: 'paragraph',
      text: 'Si elle répond non, tu lui as quand même montré qu’elle peut te parler de tout.',
    },
    { kind: 'tool', to: { screen: 'help' }, text: 'Les lignes d’aide de ce pays sont dans « Aide immédiate »' },
  ],
  sources: ['dazzi-2014', 'polihronis-2020', 'nice-ng225'],
};

const medicalCare: LearnPage = {
  id: 'supporting-medical-care',
  title: 'Aider à obtenir des soins médicaux',
  summary: 'Quand une blessure demande un médecin ou du personnel infirmier, et comment aider la personne à s’y rendre.',
  written,
  topic: 'for-supporters',
  blocks: [
    {
      kind: 'paragraph',
      text: 'Si la personne est blessée, demande-lui si elle veut de l’aide. Garde ton calme et ta douceur : elle peut avoir honte, et la peur de ta réaction peut l’empêcher d’aller se faire soigner.',
    },
    { kind: 'heading', text: 'Quand faire examiner une blessure' },
    {
      kind: 'list',
      items: [
        'Certaines blessures demandent un médecin ou du personnel infirmier, même si elles semblent petites. Fais examiner rapidement une blessure qui pourrait avoir besoin de points de suture.',
        'Fais examiner la blessure si elle devient plus rouge, chaude, enflée ou douloureuse, ou si la personne se sent fiévreuse.',
        'Une brûlure étendue, profonde, ou sur le visage ou les mains demande une aide médicale.',
        'Avaler trop d’un médicament, quel qu’il soit, ou quoi que ce soit de nocif, demande toujours une aide médicale urgente, même si la personne se sent bien. Les effets peuvent être cachés et n’apparaître que plus tard.',
      ],
    },
    {
      kind: 'paragraph',
      text: 'Tu peux proposer de l’accompagner. Le personnel soignant devrait traiter la personne avec attention et respect, et parler avec elle de ce qu’elle ressent et de l’aide qu’elle souhaite ensuite.',
    },
    { kind: 'tool', to: { screen: 'help' }, text: '« Aide immédiate » dit quand et où obtenir de l’aide médicale' },
  ],
  sources: ['nhs-self-harm-getting-help', 'nice-ng225'],
};

const emergency: LearnPage = {
  id: 'supporting-emergency',
  title: 'En cas d’urgence',
  summary: 'Quand appeler le numéro d’urgence, et quoi faire en attendant les secours.',
  written,
  topic: 'for-supporters',
  blocks: [
    { kind: 'heading', text: 'Appelle tout de suite le numéro d’urgence si' },
    {
      kind: 'list',
      items: [
        'la personne est gravement blessée, ou une blessure n’arrête pas de saigner',
        'elle est très somnolente ou confuse, ou a du mal à respirer',
        'elle a avalé trop d’un médicament, quel qu’il soit, ou quoi que ce soit de nocif',
        'sa vie est en danger, ou elle ne peut pas rester en sécurité en ce moment',
      ],
    },
    { kind: 'tool', to: { screen: 'help' }, text: 'Le numéro d’urgence et les lignes d’aide sont dans « Aide immédiate »' },
    { kind: 'heading', text: 'En attendant les secours' },
    {
      kind: 'list',
      items: [
        'Reste avec elle si tu peux le faire sans danger. Sinon, demande à quelqu’un d’autre de rester.',
        'Dis-lui ce que tu fais, et pourquoi.',
        'Tu n’as pas à garder un secret quand une vie est en danger.',
      ],
    },
    {
      kind: 'paragraph',
      text: 'Quand ce n’est pas une urgence mais que tu t’inquiètes, une ligne d’aide peut t’aider à réfléchir à la suite.',
    },
  ],
  sources: ['nhs-self-harm-getting-help', 'nice-ng225', 'mind-friends-family'],
};

const lookingAfterYourself: LearnPage = {
  id: 'supporting-looking-after-yourself',
  title: 'Prendre soin de toi',
  summary: 'Soutenir quelqu’un, c’est difficile. Tes propres émotions comptent aussi.',
  written,
  topic: 'for-supporters',
  blocks: [
    {
      kind: 'paragraph',
      text: 'Soutenir une personne qui se fait du mal peut être dur et épuisant. Tu ne peux pas la forcer à arrêter, et ce n’est pas ta faute si elle n’arrête pas. Ton soutien fait quand même une vraie différence.',
    },
    {
      kind: 'list',
      items: [
        'Parle de ce que tu ressens à quelqu’un de confiance, tout en gardant privé ce qui lui appartient.',
        'Fais des pauses. Mange, dors, et continue les activités qui te plaisent.',
        'Sois honnête sur ce que tu peux faire et ce que tu ne peux pas faire. Tu as le droit de poser des limites avec douceur.',
        'Partage la charge. La personne peut compter sur plus d’un proche, et sur l’aide de professionnels aussi.',
      ],
    },
    {
      kind: 'paragraph',
      text: 'Si tu as le moral à plat ou que tu n’arrives plus à faire face, parles-en à ton propre médecin, ou à une ligne de soutien. Toi aussi, tu mérites du soutien.',
    },
    {
      kind: 'tool',
      to: { screen: 'support-card' },
      text: 'Sa carte « Comment me soutenir » dit ce qui l’aide, pour t’éviter de deviner',
    },
  ],
  sources: ['mind-friends-family'],
};

const whereToGetHelp: LearnPage = {
  id: 'supporting-where-to-get-help',
  title: 'Où trouver du soutien pour toi',
  summary: 'Des ressources pour la famille, les amis et les proches aidants.',
  written,
  topic: 'for-supporters',
  blocks: [
    {
      kind: 'paragraph',
      text: 'Tu n’as pas à trouver la solution sans aide. Ces ressources aident les personnes qui prennent soin de quelqu’un :',
    },
    {
      kind: 'list',
      items: [
        'Royaume-Uni : la YoungMinds Parents Helpline donne des conseils gratuits aux parents et aux aidants inquiets pour un jeune de moins de 25 ans (youngminds.org.uk).',
        'États-Unis : la NAMI HelpLine soutient la famille, les amis et les aidants de personnes qui vivent avec des troubles de santé mentale (nami.org).',
        'États-Unis : le 988 est là pour t’aider à soutenir une personne que tu aimes, et pour te soutenir toi aussi.',
      ],
    },
    {
      kind: 'paragraph',
      text: 'Partout : ton propre médecin peut t’aider, et tu peux aussi joindre une ligne d’aide pour toi-même.',
    },
    { kind: 'tool', to: { screen: 'help' }, text: 'Les lignes d’aide de chaque pays sont dans « Aide immédiate »' },
  ],
  sources: ['youngminds-parents-helpline', 'nami-helpline', 'oregon-988', 'mind-friends-family'],
};

/** The guide, in reading order: what to do in an emergency first, then the rest. */
export const supporterGuideFr: readonly LearnPage[] = [
  // First, so a supporter holding the paper in a crisis finds it without reading the rest.
  emergency,
  whatItIs,
  responding,
  noPromise,
  askingAboutSuicide,
  medicalCare,
  lookingAfterYourself,
  whereToGetHelp,
];
