// Learn page in Spanish: after a slip, a signal to adjust the plan (mirror of learn/after-a-slip.ts).
import type { LearnPage } from '../../learn/learn-page.ts';

export const afterASlipEs: LearnPage = {
  id: 'after-a-slip',
  title: 'Después de un tropiezo',
  summary: 'Un tropiezo es una señal para ajustar tu plan, no un juicio sobre ti.',
  written: '2026-11-30',
  topic: 'recovery',
  blocks: [
    {
      kind: 'paragraph',
      text: 'Si te has vuelto a hacer daño, primero cuida tu cuerpo. Si tienes una herida, o si tienes dudas, busca ayuda médica ahora.',
    },
    { kind: 'tool', to: { screen: 'help' }, text: 'Pedir ayuda ahora' },
    { kind: 'heading', text: 'Un tropiezo no es el final' },
    {
      kind: 'paragraph',
      text: 'Los tropiezos son una parte frecuente de la recuperación. Un tropiezo no borra los días, las habilidades ni el progreso que vinieron antes. No has vuelto al punto de partida.',
    },
    {
      kind: 'paragraph',
      text: 'Después de un tropiezo, muchas personas piensan: “Ya lo eché todo a perder, ¿para qué seguir?”. Ese pensamiento es frecuente, y no es verdad. Es el pensamiento que convierte un momento difícil en muchos. Puedes parar y volver a empezar desde aquí.',
    },
    // "Failure" is never said, not even to deny it: a slip is information, not a verdict on the person.
    { kind: 'heading', text: 'Una señal, no un juicio sobre ti' },
    {
      kind: 'paragraph',
      text: 'Un tropiezo puede mostrarte qué le falta a tu plan. Cuando sientas más calma, puede ayudarte mirar atrás, con cariño, a lo que pasó.',
    },
    {
      kind: 'list',
      items: [
        '¿Qué estaba pasando antes? ¿Hubo algún detonante?',
        '¿Qué sentías y qué necesitabas?',
        '¿Qué parte de tu plan probaste, y qué te lo puso difícil?',
        '¿Qué podrías probar la próxima vez, o a quién podrías acudir?',
      ],
    },
    { kind: 'tool', to: { screen: 'slip' }, text: 'Anotar un tropiezo, si quieres' },
    {
      kind: 'paragraph',
      text: 'Después, ajusta tu plan con lo que aprendiste. Los planes funcionan mejor cuando crecen contigo.',
    },
    { kind: 'tool', to: { screen: 'plan' }, text: 'Ver mi plan' },
    { kind: 'heading', text: 'Trátate con cariño' },
    {
      kind: 'paragraph',
      text: 'Culparte suele hacer que el siguiente momento difícil sea más duro, no más fácil. Intenta hablarte como le hablarías a alguien querido que tropezó. Sigues en recuperación.',
    },
    { kind: 'tool', to: { screen: 'skill', id: 'self-compassion-break' }, text: 'Hacer una pausa de autocompasión' },
  ],
  sources: ['sirr-recovery', 'marlatt-gordon-1985', 'stanley-brown-2012', 'nhs-self-harm'],
};
