// The sections of "My plan" and what could get in the way of using it, in French (mirror of ../plan-sections.ts).
import type { Barrier, PlanSection } from '../plan-sections.ts';

export const planSectionsFr: readonly PlanSection[] = [
  {
    id: 'warning-signs',
    title: 'Mes signaux d’alerte',
    whyItHelps: 'Reconnaître tes premiers signes t’indique quand ouvrir ton plan, avant que ça devienne plus dur.',
    prompt: 'Quelles pensées, émotions, situations ou choses que tu fais te disent qu’un moment difficile commence ?',
    step: true,
    suggestions: [
      { text: 'Me sentir vide, ou loin de tout', source: 'stanley-brown-2012' },
      { text: 'Ne pas dormir, ou dormir beaucoup plus que d’habitude', source: 'nhs-self-harm' },
      { text: 'M’éloigner des autres', source: 'nhs-self-harm' },
      { text: 'Des pensées comme « je le mérite » ou « rien ne va m’aider »', source: 'stanley-brown-2012' },
      { text: 'Une tension qui monte et que je n’arrive pas à mettre en mots', source: 'mind-self-harm' },
      { text: 'Me retrouver sans personne la nuit, sans rien à faire', source: 'stanley-brown-2012' },
      { text: 'Cacher ce que je ressens à mes proches', source: 'nhs-self-harm' },
    ],
  },
  {
    id: 'on-my-own',
    title: 'Ce que je peux faire par moi-même',
    whyItHelps: 'Avoir quelques idées prêtes, à faire par toi-même et n’importe où, t’aide à laisser passer une envie jusqu’à ce qu’elle se calme.',
    prompt: 'Qu’est-ce qui t’aide à te calmer ou à tenir quelques minutes, sans avoir besoin de quelqu’un ?',
    step: true,
    suggestions: [
      { text: 'Tenir un glaçon enveloppé dans un tissu', source: 'mind-self-harm' },
      { text: 'Expirer plus lentement que j’inspire, pendant deux minutes', source: 'linehan-2015' },
      { text: 'Nommer cinq choses que je vois et quatre choses que je peux toucher', source: 'linehan-2015' },
      { text: 'Mettre une chanson que j’adore et chanter en même temps', source: 'mind-self-harm' },
      { text: 'Marcher d’un bon pas, ou danser le temps d’une chanson', source: 'mind-self-harm' },
      { text: 'Écrire ce que je ressens, puis déchirer la feuille', source: 'mind-self-harm' },
      { text: 'Dessiner sur ma peau avec un feutre lavable', source: 'mind-self-harm' },
      { text: 'Attendre dix minutes, puis décider de nouveau', source: 'marlatt-gordon-1985' },
    ],
  },
  {
    id: 'people-and-places',
    title: 'Personnes et lieux qui me changent les idées',
    whyItHelps: 'Être avec d’autres peut calmer une envie, même si tu ne leur dis rien.',
    prompt: 'Avec qui pourrais-tu passer du temps, et où pourrais-tu aller, juste pour avoir de la compagnie ?',
    step: true,
    suggestions: [
      { text: 'M’asseoir avec quelqu’un à la maison, même sans parler', source: 'stanley-brown-2012' },
      { text: 'Aller dans un café, une bibliothèque ou un parc où il y a du monde', source: 'stanley-brown-2012' },
      { text: 'Écrire à un ami pour parler de tout et de rien', source: 'stanley-brown-2012' },
      { text: 'Jouer en ligne avec des gens que je connais', source: 'stanley-brown-2012' },
      { text: 'Rendre visite à des voisins, à de la famille ou à des amis', source: 'stanley-brown-2012' },
    ],
  },
  {
    id: 'people-to-ask',
    title: 'Personnes à qui je peux demander de l’aide',
    whyItHelps: 'Choisir dès maintenant à qui demander, et quoi dire, t’aidera beaucoup le jour où les mots ne viendront pas.',
    prompt: 'À qui pourrais-tu dire que ça ne va pas ? Ajoute son numéro et un message que tu pourrais envoyer.',
    step: true,
    suggestions: [
      { text: 'Quelqu’un de ma famille en qui j’ai confiance', source: 'stanley-brown-2012', use: 'who' },
      { text: 'Un ami ou une amie qui sait écouter', source: 'stanley-brown-2012', use: 'who' },
      { text: 'Un prof, l’infirmerie ou le psy de l’école', source: 'nice-ng225', use: 'who' },
      { text: 'Un éducateur, un entraîneur ou un responsable religieux', source: 'stanley-brown-2012', use: 'who' },
      { text: 'C’est dur en ce moment. Tu peux m’appeler ?', source: 'stanley-brown-2012', use: 'message' },
      { text: 'Tu peux passer me voir ? J’ai besoin de quelqu’un près de moi en ce moment.', source: 'stanley-brown-2012', use: 'message' },
      { text: 'Ça ne va pas. On peut parler ?', source: 'stanley-brown-2012', use: 'message' },
    ],
  },
  {
    id: 'professionals',
    title: 'Professionnels et services d’aide en cas de crise',
    whyItHelps: 'Si les étapes d’avant n’ont pas aidé, des personnes formées sont là pour t’aider, jour et nuit.',
    prompt:
      'Ajoute ton médecin, ton ou ta thérapeute ou ton équipe de soins, et leur numéro en dehors des heures d’ouverture. Les lignes d’aide de ton pays sont déjà incluses.',
    step: true,
    suggestions: [
      { text: 'Mon médecin de famille ou mon médecin traitant', source: 'nice-ng225' },
      { text: 'Mon thérapeute, mon psy ou la personne qui me suit', source: 'nice-ng225' },
      { text: 'Le numéro de mon équipe de soins en dehors des heures d’ouverture', source: 'stanley-brown-2012' },
      { text: 'La clinique sans rendez-vous ou le service de soins urgents près de chez moi', source: 'stanley-brown-2012' },
      { text: 'Le service d’aide psychologique de mon école ou de mon université', source: 'nice-ng225' },
    ],
  },
  {
    id: 'safer-space',
    title: 'Rendre mon espace plus sûr',
    whyItHelps:
      'Mettre du temps et de la distance entre toi et une envie lui laisse la place de passer. C’est toi qui décides de cette étape, avec tes propres mots.',
    prompt:
      'Y a-t-il quelque chose que tu aimerais faire, ou demander à quelqu’un de faire, pour rendre ton espace plus sûr pour l’instant ? Tu peux passer cette étape.',
    step: true,
    suggestions: [
      { text: 'Demander à quelqu’un de confiance de garder certaines choses pour moi un moment', source: 'stanley-brown-2012' },
      { text: 'Ranger ce avec quoi je pourrais me faire du mal dans un endroit difficile d’accès', source: 'stanley-brown-2012' },
      { text: 'Aller dans une pièce où il y a d’autres personnes', source: 'stanley-brown-2012' },
      { text: 'Laisser la lumière allumée et la porte ouverte', source: 'stanley-brown-2012' },
    ],
  },
  {
    id: 'reasons',
    title: 'Mes raisons d’aller mieux',
    whyItHelps: 'Te rappeler ce qui compte pour toi peut t’aider à traverser un moment difficile.',
    prompt: 'Qu’est-ce qui compte le plus pour toi ? Qu’est-ce que tu attends avec impatience, ou vers quoi tu avances ?',
    step: false,
    suggestions: [
      { text: 'Les personnes et les animaux qui m’aiment', source: 'stanley-brown-2012' },
      { text: 'Les choses que je veux encore faire et voir', source: 'stanley-brown-2012' },
      { text: 'La fierté d’avoir traversé des moments difficiles', source: 'marlatt-gordon-1985' },
      { text: 'Prendre soin de la personne que je serai demain', source: 'stanley-brown-2012' },
      { text: 'Mes convictions ou ma foi', source: 'stanley-brown-2012' },
    ],
  },
  {
    id: 'triggers',
    title: 'Mes déclencheurs',
    whyItHelps: 'Savoir ce qui déclenche souvent une envie te permet de t’y préparer, ou de la voir venir.',
    prompt: 'Qu’est-ce qui arrive souvent avant une envie ? Pense aux émotions, aux situations, aux autres et à ton corps.',
    step: false,
    suggestions: [
      { text: 'Le rejet, ou l’impression de ne pas être à la hauteur', source: 'nhs-self-harm', kind: 'feeling' },
      { text: 'La honte après une erreur', source: 'nhs-self-harm', kind: 'feeling' },
      { text: 'Les examens, les échéances ou certains anniversaires', source: 'nhs-self-harm', kind: 'situation' },
      { text: 'Me retrouver sans personne tard le soir', source: 'nhs-self-harm', kind: 'situation' },
      { text: 'Les disputes, l’exclusion ou le harcèlement', source: 'nhs-self-harm', kind: 'people' },
      { text: 'Ce que je vois en ligne', source: 'nice-ng225', kind: 'people' },
      { text: 'L’épuisement, la faim ou ne pas me sentir bien', source: 'linehan-2015', kind: 'body' },
      { text: 'L’alcool ou les drogues', source: 'nice-ng225', kind: 'body' },
    ],
  },
  {
    id: 'what-it-does',
    title: 'Ce que l’automutilation m’apporte, et d’autres façons de répondre à ce besoin',
    whyItHelps: 'L’automutilation répond souvent à un vrai besoin. Nommer ce besoin t’aide à trouver d’autres façons d’y répondre.',
    prompt: 'Qu’est-ce que te faire du mal t’apporte sur le moment ? Qu’est-ce qui pourrait t’apporter un peu de la même chose ?',
    step: false,
    suggestions: [
      {
        text: 'Un soulagement quand mes émotions me submergent',
        otherWays: 'Marcher d’un bon pas, serrer une balle antistress, crier dans un oreiller',
        source: 'mind-self-harm',
      },
      {
        text: 'Ressentir quelque chose quand je me sens vide',
        otherWays: 'Un goût fort comme des bonbons acidulés, une douche froide, tenir un glaçon',
        source: 'mind-self-harm',
      },
      { text: 'Me punir', otherWays: 'Écrire ce que je dirais à un ami qui se sentirait comme moi', source: 'linehan-2015' },
      { text: 'Montrer à quel point ça va mal', otherWays: 'En parler à quelqu’un, ou appeler une ligne d’aide', source: 'nhs-self-harm' },
      { text: 'Sentir que je garde le contrôle', otherWays: 'Terminer une petite tâche, ou prévoir ma journée de demain', source: 'mind-self-harm' },
    ],
  },
  {
    id: 'first-step',
    title: 'Quand j’ai du mal à lire : ce que je fais d’abord',
    whyItHelps: 'Dans les moments les plus durs, une seule phrase courte est plus facile à suivre qu’un plan entier. Elle s’affiche en premier.',
    prompt: 'Une seule chose simple à faire d’abord. Tu peux la changer quand tu veux.',
    step: false,
    suggestions: [
      { text: 'Expirer lentement, puis ouvrir Aide immédiate', source: 'linehan-2015' },
      { text: 'Aller là où il y a du monde, puis écrire un texto à quelqu’un', source: 'stanley-brown-2012' },
      { text: 'Tenir quelque chose de froid, puis appeler quelqu’un', source: 'mind-self-harm' },
    ],
  },
];

export const planBarriersFr: readonly Barrier[] = [
  {
    barrier: 'Je ne m’en souviendrai pas quand ça ira mal',
    idea: 'Garde ta phrase « à faire d’abord » courte, et ajoute Ebb à ton écran d’accueil.',
    source: 'stanley-brown-2012',
  },
  {
    barrier: 'Je n’aurai envie de rien faire',
    idea: 'Commence par la plus petite étape de la liste. Faire une seule chose, ça suffit.',
    source: 'stanley-brown-2012',
  },
  {
    barrier: 'Je ne veux déranger personne',
    idea: 'Les gens qui tiennent à toi aiment en général qu’on fasse appel à eux. Écris le message maintenant, pour qu’il soit prêt.',
    source: 'stanley-brown-2012',
  },
  { barrier: 'Quelqu’un pourrait le voir', idea: 'Crée un code, et active le mode discret dans Confidentialité et sécurité.', source: 'stallard-2018' },
  {
    barrier: 'Je ne crois pas que ça marche',
    idea: 'Essaie une étape et regarde ce qui se passe. Un plan s’améliore chaque fois que tu le modifies.',
    source: 'marlatt-gordon-1985',
  },
];
