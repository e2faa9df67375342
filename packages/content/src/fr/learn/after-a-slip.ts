// Learn page in French (mirror of learn/after-a-slip.ts): a slip is a signal to adjust the plan.
import type { LearnPage } from '../../learn/learn-page.ts';

export const afterASlipFr: LearnPage = {
  id: 'after-a-slip',
  title: 'Après un écart',
  summary: 'Un écart est un signal pour ajuster ton plan, pas la preuve que tu n’y arrives pas.',
  written: '2026-11-30',
  topic: 'recovery',
  blocks: [
    {
      kind: 'paragraph',
      text: 'Si tu t’es fait du mal de nouveau, prends d’abord soin de ton corps. Si tu as une blessure, ou en cas de doute, demande de l’aide médicale tout de suite.',
    },
    { kind: 'tool', to: { screen: 'help' }, text: 'Aide immédiate' },
    { kind: 'heading', text: 'Un écart n’est pas la fin' },
    {
      kind: 'paragraph',
      text: 'Les écarts font souvent partie du rétablissement. Un écart n’efface pas les jours, les techniques ni les progrès qui sont venus avant. Tu ne repars pas de zéro.',
    },
    {
      kind: 'paragraph',
      text: 'Après un écart, beaucoup de gens se disent : « J’ai tout gâché, alors à quoi bon ? » Cette pensée est courante, et elle est fausse. C’est elle qui transforme un moment difficile en plusieurs. Tu peux t’arrêter et repartir d’ici.',
    },
    { kind: 'heading', text: 'Un signal, pas un verdict' },
    {
      kind: 'paragraph',
      text: 'Un écart peut te montrer ce qui manque à ton plan. Quand tu te sens plus calme, ça peut aider de revenir avec douceur sur ce qui s’est passé.',
    },
    {
      kind: 'list',
      items: [
        'Que se passait-il avant ? Y avait-il un déclencheur ?',
        'Qu’est-ce que tu ressentais, et de quoi avais-tu besoin ?',
        'Quelle partie de ton plan as-tu essayée, et qu’est-ce qui a fait obstacle ?',
        'Que pourrais-tu essayer la prochaine fois, ou vers qui pourrais-tu te tourner ?',
      ],
    },
    { kind: 'tool', to: { screen: 'slip' }, text: 'Noter un écart, si tu veux' },
    {
      kind: 'paragraph',
      text: 'Ensuite, adapte ton plan à ce que tu as appris. Un plan fonctionne mieux quand il grandit avec toi.',
    },
    { kind: 'tool', to: { screen: 'plan' }, text: 'Revoir mon plan' },
    { kind: 'heading', text: 'Traite-toi avec douceur' },
    {
      kind: 'paragraph',
      text: 'Se blâmer rend souvent le prochain moment difficile plus dur, pas plus facile. Essaie de te parler comme tu parlerais à une personne chère qui aurait fait un écart. Tu es toujours sur le chemin du rétablissement.',
    },
    { kind: 'tool', to: { screen: 'skill', id: 'self-compassion-break' }, text: 'Essayer une pause d’autocompassion' },
  ],
  sources: ['sirr-recovery', 'marlatt-gordon-1985', 'stanley-brown-2012', 'nhs-self-harm'],
};
