// Learn page in Spanish: triggers, and what self-harm does for a person (mirror of learn/triggers-and-what-it-does.ts).
import type { LearnPage } from '../../learn/learn-page.ts';

export const triggersAndWhatItDoesEs: LearnPage = {
  id: 'triggers-and-what-it-does',
  title: 'Los detonantes, y lo que la autolesión hace por ti',
  summary: 'Saber qué despierta un impulso, y qué necesidad cubre, te ayuda a encontrar otros caminos.',
  written: '2026-11-30',
  topic: 'understanding',
  blocks: [
    {
      kind: 'paragraph',
      text: 'La autolesión suele tener sentido cuando la miras de cerca. A menudo empieza como una forma de atravesar emociones que parecen demasiado grandes. Conocer tu propio patrón no tiene que ver con culpas. Te ayuda a hacer un plan.',
    },
    { kind: 'heading', text: 'Detonantes' },
    {
      kind: 'paragraph',
      text: 'Un detonante es algo que hace más probable un impulso. Al principio puede costar verlo. Los detonantes suelen ser de cuatro tipos:',
    },
    {
      kind: 'list',
      items: [
        'Emociones, como la vergüenza, la rabia, la soledad o sentir un vacío.',
        'Situaciones, como una fecha difícil, estar a solas de noche o el estrés en los estudios o el trabajo.',
        'Personas, como una pelea, sentir que te dejan de lado o un mensaje duro.',
        'Tu cuerpo, como el cansancio, el hambre, encontrarte mal o tener dolor.',
      ],
    },
    {
      kind: 'paragraph',
      text: 'Cuando conoces un detonante, puedes prepararte para él. Podrías evitarlo por un tiempo, tener un plan para ese momento o pedirle a alguien que te acompañe.',
    },
    { kind: 'tool', to: { screen: 'plan-part', section: 'triggers' }, text: 'Anotar mis detonantes' },
    { kind: 'heading', text: 'Lo que hace por ti' },
    {
      kind: 'paragraph',
      text: 'Según las investigaciones, lo más habitual es que la autolesión dé un alivio rápido ante emociones fuertes y dolorosas. Para algunas personas es una forma de castigarse. Otras la usan para sentir algo cuando no sienten nada, para sentir que tienen el control o para mostrar un dolor que no pueden poner en palabras.',
    },
    {
      kind: 'paragraph',
      text: 'El alivio es real, pero dura poco. La necesidad que hay detrás también es real, y merece cuidado. La meta es cubrir esa misma necesidad de una forma que no te haga daño.',
    },
    {
      kind: 'list',
      items: [
        'Si necesitas alivio de una emoción que te desborda, intenta respirar despacio o usar una habilidad TIP (lee antes sus precauciones).',
        'Si no sientes nada, prueba un sabor o un olor intenso, o sostén hielo envuelto en un paño.',
        'Si quieres castigarte, intenta tratarte con cariño durante un minuto.',
        'Si necesitas mostrar lo mal que estás, intenta escribir, dibujar o contárselo a una persona.',
      ],
    },
    { kind: 'tool', to: { screen: 'plan-part', section: 'what-it-does' }, text: 'Anotar lo que hace por mí' },
    { kind: 'tool', to: { screen: 'skills' }, text: 'Habilidades para lo que siento' },
  ],
  sources: ['klonsky-2007', 'nhs-self-harm', 'mind-helping-yourself', 'stanley-brown-2012', 'linehan-2015'],
};
