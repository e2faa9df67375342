// Learn page in Spanish: talking about self-harm online safely, after the #chatsafe guidelines (mirror of learn/talking-online-safely.ts).
import type { LearnPage } from '../../learn/learn-page.ts';

export const talkingOnlineSafelyEs: LearnPage = {
  id: 'talking-online-safely',
  title: 'Hablar de la autolesión en internet, con seguridad',
  summary: 'Cómo contar tu historia, ayudar a alguien cercano y protegerte en internet, según las pautas #chatsafe.',
  written: '2026-11-30',
  topic: 'support',
  blocks: [
    {
      kind: 'paragraph',
      text: 'Hablar en internet puede aliviar la soledad. También puede ser doloroso, para ti o para otras personas. Las pautas #chatsafe las creó Orygen junto con jóvenes, para ayudar a todo el mundo a hablar de la autolesión y del suicidio de forma más segura en internet.',
    },
    { kind: 'heading', text: 'Antes de publicar' },
    {
      kind: 'list',
      items: [
        'Haz una pausa y pregúntate por qué quieres publicarlo, y cómo podría afectar a quienes lo vean.',
        'Recuerda que lo que publicas puede llegar muy lejos, y quedarse en internet para siempre.',
        'Comparte solo los datos personales que no te importe que sepa cualquiera.',
      ],
    },
    { kind: 'heading', text: 'Contar tu propia historia' },
    {
      kind: 'list',
      items: [
        'Pon un aviso de contenido al principio, para que cada persona decida si sigue leyendo.',
        'Nunca compartas imágenes de lesiones ni detalles de cómo te hiciste daño. Pueden angustiar a otras personas y hacer que les cueste más mantenerse a salvo.',
        'Habla de cómo te sientes y de lo que te ayuda a salir adelante.',
        'Incluye dónde se puede encontrar apoyo, como una línea de ayuda.',
      ],
    },
    { kind: 'heading', text: 'Si te preocupa alguien' },
    {
      kind: 'list',
      items: [
        'Habla directamente con esa persona, por mensaje o en persona, antes de publicar nada sobre ella.',
        'Si puede estar en peligro ahora mismo, insiste en que llame al número de emergencias, o habla con alguien cercano a esa persona. Si no consigues hablar con nadie, llama tú al número de emergencias.',
        'Cuéntaselo a una persona adulta o a alguien de confianza, y reporta la publicación a la plataforma.',
        'Pon límites a la ayuda que puedes dar, y no te pongas en peligro.',
      ],
    },
    { kind: 'heading', text: 'Cuidarte en internet' },
    {
      kind: 'paragraph',
      text: 'Puedes silenciar palabras, dejar de seguir o bloquear cuentas y reportar las publicaciones que te afecten. Tómate un descanso cuando lo necesites. Ver muchas publicaciones duras puede afectar a cómo te sientes, incluso si te va bien.',
    },
    { kind: 'tool', to: { screen: 'help' }, text: 'Líneas de ayuda cerca de mí' },
    { kind: 'tool', to: { screen: 'learn', id: 'support-groups' }, text: 'Leer: encontrar un grupo seguro' },
  ],
  sources: ['orygen-chatsafe', 'orygen-chatsafe-responding', 'samaritans-online-safely'],
};
