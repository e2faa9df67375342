// Learn page in Spanish: telling someone about self-harm for the first time (mirror of learn/telling-someone.ts).
import type { LearnPage } from '../../learn/learn-page.ts';

export const tellingSomeoneEs: LearnPage = {
  id: 'telling-someone',
  title: 'Contárselo a alguien por primera vez',
  summary: 'A quién contárselo, cómo empezar y qué hacer si no sale como esperabas.',
  written: '2026-11-30',
  topic: 'support',
  blocks: [
    {
      kind: 'paragraph',
      text: 'Contárselo a alguien puede dar miedo. Quizá temas que te juzguen, o que se lleve un disgusto. Muchas personas se guardan la autolesión durante mucho tiempo. Pero compartirlo puede quitarte algo de peso de encima, y abrir el camino a la ayuda.',
    },
    { kind: 'heading', text: 'A quién contárselo' },
    {
      kind: 'paragraph',
      text: 'Piensa en lo que necesitas. Si quieres que alguien te escuche, elige a una persona que ya haya sido amable y tranquila contigo. Si quieres tratamiento, tu médico o la enfermería de tu escuela pueden ser el mejor comienzo. No tienes que contárselo a todo el mundo.',
    },
    { kind: 'heading', text: 'Cómo empezar' },
    {
      kind: 'list',
      items: [
        'Elige un momento sin prisas, y un lugar donde sientas que tienes privacidad.',
        'Si te cuesta decirlo en voz alta, escríbelo, o manda primero un mensaje.',
        'Di por qué se lo cuentas, y qué te ayudaría. Por ejemplo: “Solo necesito que me escuches”.',
        'Tú eliges cuánto contar. No tienes que dar detalles.',
      ],
    },
    { kind: 'tool', to: { screen: 'support-card' }, text: 'Mostrarle mi tarjeta de apoyo' },
    { kind: 'heading', text: 'Qué puede pasar' },
    {
      kind: 'paragraph',
      text: 'Al principio, la gente suele sentir impacto, preocupación o tristeza. Normalmente es porque le importas. Dale un poco de tiempo. Si tienes menos de 18 años, puede que un terapeuta, un médico o un docente tenga que avisar a tu madre, a tu padre o a la persona que te cuida. Puedes preguntarle antes qué tendría que contar.',
    },
    {
      kind: 'paragraph',
      text: 'Si no sale bien, no significa que hayas hecho mal en contarlo. Sigues mereciendo apoyo. Prueba con otra persona, o con una línea de ayuda.',
    },
    { kind: 'tool', to: { screen: 'help' }, text: 'Buscar una línea de ayuda' },
    { kind: 'tool', to: { screen: 'plan-part', section: 'people-to-ask' }, text: 'Añadir personas a quienes pedir ayuda' },
  ],
  sources: ['sirr-reaching-out', 'sirr-recovery', 'bettis-2023'],
};
