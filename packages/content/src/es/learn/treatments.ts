// Learn pages on treatment in Spanish: DBT, other talking therapies, medication, asking for help and waiting (mirror of learn/treatments.ts).
import type { LearnPage } from '../../learn/learn-page.ts';

export const dbtEs: LearnPage = {
  id: 'dbt',
  title: 'DBT: habilidades para emociones intensas',
  summary: 'La terapia dialéctica conductual enseña habilidades en cuatro áreas, en grupo, a solas con tu terapeuta y por teléfono.',
  written: '2026-11-30',
  topic: 'treatment',
  blocks: [
    {
      kind: 'paragraph',
      text: 'DBT son las siglas en inglés de la terapia dialéctica conductual. Se creó para personas cuyas emociones se vuelven muy intensas muy rápido, y que se hacen daño para sobrellevarlas. Trabaja dos cosas a la vez: aceptarte tal como eres y aprender a cambiar.',
    },
    { kind: 'heading', text: 'Cuatro tipos de habilidades' },
    {
      kind: 'list',
      items: [
        'Atención plena: notar lo que está pasando, ahora mismo, sin juzgarlo.',
        'Tolerancia al malestar: atravesar una crisis sin empeorarla.',
        'Regulación emocional: entender tus emociones y hacer que sean menos intensas.',
        'Efectividad interpersonal: pedir lo que necesitas y decir que no, sin dejar de respetarte.',
      ],
    },
    {
      kind: 'paragraph',
      text: 'Muchas de las habilidades de Ebb vienen de la DBT, como STOP, ACCEPTS, la acción opuesta y la aceptación radical.',
    },
    { kind: 'tool', to: { screen: 'skills' }, text: 'Ver las habilidades' },
    { kind: 'heading', text: 'Cómo se ofrece' },
    {
      kind: 'list',
      items: [
        'Un grupo de habilidades, casi siempre una vez por semana, donde aprendes y practicas las habilidades.',
        'Sesiones individuales con tu terapeuta, para usar las habilidades en tu vida.',
        'Apoyo por teléfono, para que te ayuden a usar una habilidad en un momento difícil.',
      ],
    },
    {
      kind: 'paragraph',
      text: 'La DBT completa suele durar muchos meses y te pide mucho. Algunos servicios ofrecen un curso de habilidades más corto. Para jóvenes que se hacen daño a menudo y tienen emociones muy intensas, NICE, en el Reino Unido, dice que se puede considerar una versión de la DBT para adolescentes.',
    },
    { kind: 'tool', to: { screen: 'learn', id: 'getting-treatment' }, text: 'Leer: cómo pedir tratamiento' },
  ],
  sources: ['linehan-2015', 'nice-ng225', 'mind-bpd-treatment', 'nhs-self-harm-treatment'],
};

export const talkingTherapiesEs: LearnPage = {
  id: 'talking-therapies',
  title: 'Otras terapias psicológicas',
  summary: 'La TCC, la terapia centrada en la compasión y las terapias para el trauma, como el EMDR: qué hace cada una.',
  written: '2026-11-30',
  topic: 'treatment',
  blocks: [
    {
      kind: 'paragraph',
      text: 'La terapia psicológica es el tratamiento para la autolesión con más pruebas a su favor. NICE, en el Reino Unido, recomienda una terapia psicológica pensada para la autolesión y adaptada a cada persona. Estas son algunas de las que puedes oír hablar.',
    },
    { kind: 'heading', text: 'TCC' },
    {
      kind: 'paragraph',
      text: 'La terapia cognitivo-conductual mira cómo se conectan tus pensamientos, tus emociones y lo que haces. Con tu terapeuta, encuentras los patrones que te frenan. Luego pruebas nuevas formas de pensar y de actuar, y ves qué cambia. Suele tener un número fijo de sesiones.',
    },
    { kind: 'heading', text: 'Terapia centrada en la compasión' },
    {
      kind: 'paragraph',
      text: 'La terapia centrada en la compasión (CFT, por sus siglas en inglés) es para personas que sienten mucha vergüenza o que son muy duras consigo mismas. Te ayuda a construir una voz interior más amable, una que pueda calmarte en lugar de atacarte.',
    },
    { kind: 'tool', to: { screen: 'skill', id: 'self-compassion-break' }, text: 'Hacer una pausa de autocompasión' },
    { kind: 'heading', text: 'Terapia para el trauma' },
    {
      kind: 'paragraph',
      text: 'Si cosas difíciles del pasado vuelven una y otra vez, como recuerdos, pesadillas o miedo, la terapia para el trauma puede ayudar. NICE recomienda dos tipos para esto: la TCC centrada en el trauma y el EMDR.',
    },
    {
      kind: 'paragraph',
      text: 'En el EMDR, traes un recuerdo a la mente mientras tus ojos siguen una luz o una mano que se mueve, o mientras sientes unos toques suaves. Con el tiempo, el recuerdo puede angustiarte menos. Lo sigues recordando, pero ya no duele igual.',
    },
    {
      kind: 'paragraph',
      text: 'El trabajo con el trauma se hace al ritmo que acuerdes con tu terapeuta. A menudo empieza con habilidades para que primero te sientas a salvo y con estabilidad.',
    },
    { kind: 'tool', to: { screen: 'learn', id: 'getting-treatment' }, text: 'Leer: cómo pedir tratamiento' },
  ],
  sources: ['nice-ng225', 'nice-cg133-ifp', 'nhs-self-harm-treatment', 'cft-kennedy-pearson', 'health-in-mind-emdr'],
};

export const medicationEs: LearnPage = {
  id: 'medication',
  title: 'Medicación',
  summary: 'Ningún medicamento trata la autolesión en sí, pero un medicamento puede ayudar con un problema que la acompañe.',
  written: '2026-11-30',
  topic: 'treatment',
  blocks: [
    {
      kind: 'paragraph',
      text: 'No hay ningún medicamento que trate la autolesión en sí. Las guías del Reino Unido dicen que no se deben ofrecer medicamentos solo para reducir la autolesión.',
    },
    {
      kind: 'paragraph',
      text: 'Pero un medicamento puede ayudar con un problema que a menudo acompaña a la autolesión, como la depresión o la ansiedad. Cuando ese problema mejora, la autolesión también puede volverse más fácil de manejar.',
    },
    { kind: 'heading', text: 'Qué esperar' },
    {
      kind: 'list',
      items: [
        'Tu médico debería explicarte para qué es el medicamento, cuánto puede tardar en ayudar y qué efectos secundarios vigilar.',
        'Los medicamentos para la depresión suelen tardar de una a dos semanas en empezar a hacer efecto.',
        'Habla con tu médico antes de dejar un medicamento, aunque te sientas mejor.',
        'Dile a tu médico si te sientes peor, o si tienes pensamientos de quitarte la vida.',
      ],
    },
    { kind: 'heading', text: 'Preguntas que puedes hacer' },
    {
      kind: 'list',
      items: [
        '¿Para qué es este medicamento, y cómo sabré si está funcionando?',
        '¿Qué efectos secundarios son frecuentes, y qué hago si los tengo?',
        '¿Puedo hacer también una terapia psicológica?',
        '¿Cada cuánto vamos a revisar cómo voy?',
      ],
    },
    { kind: 'tool', to: { screen: 'learn', id: 'getting-treatment' }, text: 'Leer: hablar con tu médico' },
  ],
  sources: ['nice-ng225', 'nice-cg133-ifp', 'nhs-self-harm-treatment', 'mind-antidepressants', 'hse-antidepressants'],
};

export const gettingTreatmentEs: LearnPage = {
  id: 'getting-treatment',
  title: 'Pedir ayuda: médicos y terapeutas',
  summary: 'Cómo hablar con tu médico, qué te puede preguntar y cómo encontrar terapeuta.',
  written: '2026-11-30',
  topic: 'treatment',
  blocks: [
    {
      kind: 'paragraph',
      text: 'Pedir ayuda requiere valor. Tu médico de cabecera o de familia (en el Reino Unido, el GP) suele ser un buen punto de partida. Te escuchará y hablará contigo sobre qué podría ayudarte.',
    },
    { kind: 'heading', text: 'Antes de ir' },
    {
      kind: 'list',
      items: [
        'Escribe lo que quieres decir. Puedes leerlo en voz alta o entregarlo.',
        'Di qué quieres: alguien con quien hablar, una terapia o ayuda con una lesión.',
        'Puedes ir con alguien de confianza.',
        'Si la primera respuesta no te sirve, puedes volver a pedir ayuda o ver a otra persona.',
      ],
    },
    { kind: 'heading', text: 'Qué te pueden preguntar' },
    {
      kind: 'paragraph',
      text: 'Te pueden preguntar qué te ha llevado a la autolesión, cómo te sientes después, con quién vives, qué has probado y si tienes pensamientos de quitarte la vida. Estas preguntas sirven para encontrar la ayuda adecuada para ti. Puedes tomarte tu tiempo, y decir si hay algo de lo que te cuesta hablar.',
    },
    {
      kind: 'paragraph',
      text: 'Con quien te atienda, puedes hacer un plan de atención. Dice qué ayuda vas a recibir y cómo. Puede incluir una terapia psicológica, medicación para otro problema de salud o un grupo de apoyo.',
    },
    { kind: 'heading', text: 'Encontrar terapeuta' },
    {
      kind: 'list',
      items: [
        'Tu médico puede derivarte a un equipo de salud mental o a un servicio de terapia.',
        'En Inglaterra, las personas adultas pueden recibir terapia psicológica gratuita para la ansiedad y la depresión a través de NHS Talking Therapies. Puedes buscar tu servicio local en la web del NHS.',
      ],
    },
    { kind: 'tool', to: { screen: 'learn', id: 'while-you-wait' }, text: 'Leer: mientras esperas' },
    { kind: 'tool', to: { screen: 'support-card' }, text: 'Mostrar mi tarjeta de apoyo' },
  ],
  sources: ['nhs-self-harm-treatment', 'nice-ng225', 'nhs-talking-therapies'],
};

export const whileYouWaitEs: LearnPage = {
  id: 'while-you-wait',
  title: 'Mientras esperas tratamiento',
  summary: 'Las listas de espera son frecuentes. Esto es lo que puedes hacer mientras tanto.',
  written: '2026-11-30',
  topic: 'treatment',
  blocks: [
    {
      kind: 'paragraph',
      text: 'Esperar ayuda puede ser duro, sobre todo después de reunir el valor para pedirla. Nadie te ha olvidado, y hay cosas que puedes hacer ya.',
    },
    {
      kind: 'list',
      items: [
        'Pregunta al servicio cuánto puede durar la espera, y qué hacer mientras tanto.',
        'Pide que te apunten a una lista por si se cancelan citas, si la tienen.',
        'Sigue en contacto con tu médico. Dile si las cosas empeoran, o si tienes pensamientos de quitarte la vida.',
        'Haz o pon al día tu plan para los momentos difíciles, para que esté listo cuando lo necesites.',
        'Practica una o dos habilidades en días más tranquilos, para que te cueste menos usarlas en un momento difícil.',
        'Cuéntale a una persona de confianza que estás esperando, y cómo te puede ayudar.',
      ],
    },
    { kind: 'tool', to: { screen: 'plan' }, text: 'Abrir mi plan' },
    { kind: 'tool', to: { screen: 'skills' }, text: 'Practicar una habilidad' },
    {
      kind: 'paragraph',
      text: 'Si no puedes mantenerte a salvo mientras esperas, no esperes. Pide ayuda ahora.',
    },
    { kind: 'tool', to: { screen: 'help' }, text: 'Pedir ayuda ahora' },
  ],
  sources: ['west-coast-while-you-wait', 'stanley-brown-2012', 'nhs-self-harm-treatment'],
};
