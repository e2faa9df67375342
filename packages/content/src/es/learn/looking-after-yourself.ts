// Learn page in Spanish: everyday self-care that makes hard moments less likely (mirror of learn/looking-after-yourself.ts).
import type { LearnPage } from '../../learn/learn-page.ts';

export const lookingAfterYourselfEs: LearnPage = {
  id: 'looking-after-yourself',
  title: 'Cuidarte',
  summary: 'Dormir, comer, moverte y estar con gente hacen que las emociones fuertes sean más llevaderas.',
  written: '2026-11-30',
  topic: 'self-care',
  blocks: [
    {
      kind: 'paragraph',
      text: 'Cuando tienes sueño, hambre o te encuentras mal, las emociones golpean más fuerte. Pequeños cuidados constantes de tu cuerpo y tu mente pueden hacer que los momentos difíciles lleguen menos, y que sea más fácil atravesarlos. Empieza por una cosa pequeña.',
    },
    { kind: 'heading', text: 'Dormir' },
    {
      kind: 'paragraph',
      text: 'Intenta acostarte y levantarte más o menos a la misma hora cada día. Deja las pantallas un rato antes de dormir, porque su luz puede hacer que te cueste más conciliar el sueño.',
    },
    { kind: 'heading', text: 'Comida y bebida' },
    {
      kind: 'paragraph',
      text: 'Come a horas regulares y bebe agua a lo largo del día. Te da una energía estable y te ayuda a concentrarte. Fíjate en cómo te afectan al ánimo el café y los refrescos con cafeína.',
    },
    { kind: 'heading', text: 'Movimiento' },
    {
      kind: 'paragraph',
      text: 'Mover el cuerpo puede levantarte el ánimo. Salir a caminar cuenta, y varios ratos cortos suman. Busca algo que disfrutes, como bailar, un juego o estar al aire libre.',
    },
    { kind: 'heading', text: 'Personas' },
    {
      kind: 'paragraph',
      text: 'Pasar tiempo con personas que te hacen bien ayuda. Manda un mensaje, comparte una comida o únete a un grupo. Hacer algo amable por otra persona también puede ayudarte a sentirte mejor.',
    },
    { kind: 'tool', to: { screen: 'contacts' }, text: 'Ver a mi gente' },
    { kind: 'heading', text: 'Alcohol y drogas' },
    {
      kind: 'paragraph',
      text: 'Puede parecer que el alcohol y las drogas ayudan por un momento, pero a menudo empeoran el ánimo bajo y los impulsos. El alcohol hace que cueste más pensar en otras formas de afrontar lo que sientes. Si quieres beber menos, tu médico puede ayudarte.',
    },
    { kind: 'heading', text: 'Momentos de calma' },
    {
      kind: 'paragraph',
      text: 'Dedica un rato cada día a algo que te calme, como respirar, la música o un pasatiempo. Las habilidades son más fáciles de usar en una crisis si las has practicado en días más tranquilos.',
    },
    { kind: 'tool', to: { screen: 'skill', id: 'paced-breathing' }, text: 'Probar la respiración pausada' },
    { kind: 'tool', to: { screen: 'check-in' }, text: 'Hacer mi registro del día' },
  ],
  sources: ['nimh-caring-mental-health', 'nhs-five-steps', 'linehan-2015', 'alcohol-self-harm-2019'],
};
