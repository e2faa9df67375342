// Learn page in Spanish: support groups and peer support, and how to find a safe one (mirror of learn/support-groups.ts).
import type { LearnPage } from '../../learn/learn-page.ts';

export const supportGroupsEs: LearnPage = {
  id: 'support-groups',
  title: 'Grupos de apoyo y apoyo entre pares',
  summary: 'Hablar con personas que te entienden puede ayudar. Así puedes encontrar un grupo seguro.',
  written: '2026-11-30',
  topic: 'support',
  blocks: [
    {
      kind: 'paragraph',
      text: 'El apoyo entre pares es la ayuda de personas que han vivido algo parecido a lo tuyo. Puede ser un grupo que se reúne en persona o un foro en línea. Muchas personas dicen que les ayuda a sentirse menos solas, y que les da esperanza e ideas nuevas.',
    },
    { kind: 'heading', text: 'Cómo encontrar un grupo seguro' },
    {
      kind: 'paragraph',
      text: 'Algunos espacios ayudan, y otros pueden empeorar los impulsos. Lo que más preocupa a la gente es ver cosas que despierten sus propios impulsos. Un grupo más seguro cumple con esto:',
    },
    {
      kind: 'list',
      items: [
        'Lo dirigen o moderan personas con formación, que retiran las publicaciones dañinas.',
        'Tiene normas claras, como no compartir imágenes de lesiones ni detalles de cómo se hacen daño las personas.',
        'Se centra en la recuperación y en cómo salir adelante, no en mantener la autolesión.',
        'Dice qué hacer en una crisis, y no pretende ser un servicio de crisis.',
        'Te deja mantener tu privacidad, y silenciar u ocultar lo que te afecta.',
      ],
    },
    {
      kind: 'paragraph',
      text: 'Fíjate en cómo te sientes después de entrar. Si un espacio te deja peor, o con más ganas de hacerte daño, está bien dejarlo.',
    },
    { kind: 'heading', text: 'Algunos servicios nacionales' },
    {
      kind: 'list',
      items: [
        'Reino Unido: Side by Side, una comunidad en línea de la organización benéfica Mind. Se modera todos los días, desde la mañana hasta la medianoche.',
        'Reino Unido: la comunidad de selfharmUK, donde se moderan las publicaciones para mantener el foco en la recuperación.',
        'Australia: los foros de Beyond Blue, donde puedes publicar sin dar tu nombre y el equipo de moderación revisa todas las publicaciones.',
        'Estados Unidos: NAMI Connection, grupos semanales gratuitos guiados por pares con formación que viven con un problema de salud mental.',
      ],
    },
    {
      kind: 'paragraph',
      text: 'En otros lugares, tu médico o una organización local de salud mental quizá conozca un grupo cerca de ti. El apoyo entre pares funciona mejor junto a tu plan y tu atención, no en su lugar.',
    },
    { kind: 'tool', to: { screen: 'contacts' }, text: 'Añadir un grupo a mi gente' },
    { kind: 'tool', to: { screen: 'help' }, text: 'Líneas de ayuda cerca de mí' },
    { kind: 'tool', to: { screen: 'learn', id: 'talking-online-safely' }, text: 'Leer: hablar en internet con seguridad' },
  ],
  sources: ['abou-seif-2022', 'mind-side-by-side', 'selfharmuk-moderation', 'beyond-blue-forums', 'nami-connection', 'samaritans-online-safely'],
};
