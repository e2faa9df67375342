// The guide for the people who help, in Spanish (mirror of learn/for-supporters.ts): no method detail, no first
// aid beyond when and where to get help, no phone number beyond what Help now shows. The supporter is "tú"; the
// person is spoken of without pronouns that assume a gender ("esa persona", "a su lado").
import type { LearnPage } from '../../learn/learn-page.ts';

const written = '2026-11-30';

const whatItIs: LearnPage = {
  id: 'supporting-what-self-harm-is',
  title: 'Qué es la autolesión, y qué no es',
  summary: 'Por qué algunas personas se hacen daño, y por qué hay esperanza de verdad.',
  written,
  topic: 'for-supporters',
  blocks: [
    {
      kind: 'paragraph',
      text: 'La autolesión es cuando una persona se hace daño a propósito. Para la mayoría, es una forma de sobrellevar emociones que no se pueden aguantar, como el dolor, la rabia, la vergüenza o no sentir nada.',
    },
    {
      kind: 'paragraph',
      text: 'Es una señal de que alguien lo está pasando mal, y merece cuidado. Cualquier persona puede autolesionarse, a cualquier edad. Casi nunca hay una sola razón.',
    },
    { kind: 'heading', text: 'Lo que no es' },
    {
      kind: 'list',
      items: [
        'No es una señal de que la persona sea mala, le falte fuerza o esté rota.',
        'No es culpa tuya, y tampoco es culpa suya.',
        'No siempre significa que quiera morir. Pero la autolesión puede venir con pensamientos de suicidio, así que siempre está bien preguntarle cómo está.',
      ],
    },
    {
      kind: 'paragraph',
      text: 'Muchas personas lo ocultan porque sienten vergüenza o miedo de cómo reaccionarán los demás. Si alguien te lo ha contado, confía en ti.',
    },
    { kind: 'heading', text: 'Hay esperanza' },
    {
      kind: 'paragraph',
      text: 'Recuperarse es posible, y es frecuente. Casi nunca es un camino recto, y puede haber tropiezos por el camino. Con práctica, los impulsos pierden fuerza y las otras formas de afrontar lo que se siente se hacen más fuertes.',
    },
    { kind: 'tool', to: { screen: 'learn', id: 'recovery' }, text: 'Leer: qué es la recuperación' },
  ],
  sources: ['nhs-self-harm', 'mind-friends-family', 'nice-ng225'],
};

const responding: LearnPage = {
  id: 'supporting-responding-calmly',
  title: 'Responder sin pánico ni juicios',
  summary: 'Qué hacer cuando te enteras, o cuando esa persona te lo cuenta.',
  written,
  topic: 'for-supporters',
  blocks: [
    {
      kind: 'paragraph',
      text: 'Enterarte puede ser un golpe. Puedes sentir miedo, tristeza, rabia o culpa. Esas emociones son normales. Cómo reacciones puede hacer que le resulte más fácil, o más difícil, volver a hablar contigo.',
    },
    { kind: 'heading', text: 'Lo que ayuda' },
    {
      kind: 'list',
      items: [
        'Respira despacio antes de hablar. Intenta mantener la calma y la amabilidad.',
        'Escucha más de lo que hablas. No necesitas tener las respuestas ni arreglarlo.',
        'Pregúntale qué le ayudaría ahora mismo, y qué quiere que pase después.',
        'Muestra que te importa cualquier lesión, y mira a la persona entera, no solo la autolesión.',
        'Fíjate en lo bueno que tiene, y en lo que está haciendo bien.',
      ],
    },
    { kind: 'heading', text: 'Lo que no suele ayudar' },
    {
      kind: 'list',
      items: [
        'Gritar, amenazar o castigar.',
        'Poner normas sobre esto, o controlar lo que hace a todas horas.',
        'Contárselo a otras personas antes de haberlo hablado a solas, salvo que su vida corra peligro.',
      ],
    },
    {
      kind: 'paragraph',
      text: 'Siempre que puedas, deja que tome las decisiones sobre su propio cuidado. Sentir que tiene el control es parte de mejorar.',
    },
    { kind: 'tool', to: { screen: 'support-card' }, text: 'Su tarjeta “Cómo apoyarme” dice qué le ayuda escuchar' },
  ],
  sources: ['mind-friends-family', 'nice-ng225'],
};

const noPromise: LearnPage = {
  id: 'supporting-no-promises',
  title: 'Por qué no pedirle que lo deje de inmediato',
  summary: 'Por qué prometer que lo dejará puede complicar las cosas, y qué pedir en su lugar.',
  written,
  topic: 'for-supporters',
  blocks: [
    {
      kind: 'paragraph',
      text: 'Es natural querer que pare ya mismo. Pero pedirle que prometa dejarlo a menudo complica las cosas.',
    },
    {
      kind: 'list',
      items: [
        'La autolesión suele ser la forma en que una persona sobrelleva lo que siente. Quitársela antes de que tenga otras formas de hacerlo puede dejarla sin nada.',
        'Una promesa que no puede cumplir puede llevar a esconderlo, y a sentir más vergüenza.',
        'El miedo a decepcionarte puede impedir que pida ayuda cuando más la necesita.',
      ],
    },
    { kind: 'heading', text: 'Qué pedir en su lugar' },
    {
      kind: 'list',
      items: [
        'Pídele que hable contigo, o con otra persona de su confianza, cuando las cosas se pongan difíciles.',
        'Ayúdale a encontrar otras formas de sobrellevarlo, y a probar contigo lo que tiene en su plan.',
        'Valora cada pequeño paso, aunque la autolesión todavía no haya parado.',
      ],
    },
    {
      kind: 'paragraph',
      text: 'Recuperarse lleva tiempo. Un tropiezo es parte del camino, y no borra lo que ya ha avanzado. Ten paciencia con esa persona, y contigo.',
    },
    { kind: 'tool', to: { screen: 'learn', id: 'after-a-slip' }, text: 'Leer: después de un tropiezo' },
  ],
  sources: ['mind-friends-family', 'nhs-self-harm'],
};

const askingAboutSuicide: LearnPage = {
  id: 'supporting-asking-about-suicide',
  title: 'Preguntar por el suicidio',
  summary: 'Preguntar claramente por pensamientos de suicidio no hace que aparezca la idea.',
  written,
  topic: 'for-supporters',
  blocks: [
    {
      kind: 'paragraph',
      text: 'La autolesión y el suicidio no son lo mismo. Pero algunas personas que se hacen daño también tienen pensamientos de quitarse la vida. Si te preocupa, pregunta.',
    },
    {
      kind: 'paragraph',
      text: 'Preguntar claramente por el suicidio no le mete la idea en la cabeza a nadie. Los estudios han encontrado que preguntar no empeora esos pensamientos, y que hablar de ellos hasta puede ayudar.',
    },
    { kind: 'heading', text: 'Cómo preguntar' },
    {
      kind: 'list',
      items: ['“¿Tienes pensamientos de suicidio?”', '“¿Estás pensando en quitarte la vida?”'],
    },
    {
      kind: 'paragraph',
      text: 'Usa palabras claras como estas. Una pregunta directa muestra que puedes escuchar la respuesta.',
    },
    { kind: 'heading', text: 'Si dice que sí' },
    {
      kind: 'list',
      items: [
        'Mantén la calma y escucha. Agradécele que te lo haya contado.',
        'Pregúntale si se siente a salvo ahora mismo.',
        'Ayúdale a usar su plan, o comunícate a su lado con una línea de ayuda.',
        'Si no está a salvo ahora mismo, llama al número de emergencias y quédate a su lado si puedes.',
      ],
    },
    {
      kind: 'paragraph',
      text: 'Si dice que no, aun así le has mostrado que puede hablar contigo de cualquier cosa.',
    },
    { kind: 'tool', to: { screen: 'help' }, text: 'Las líneas de ayuda de este país están en Ayuda ahora' },
  ],
  sources: ['dazzi-2014', 'polihronis-2020', 'nice-ng225'],
};

const medicalCare: LearnPage = {
  id: 'supporting-medical-care',
  title: 'Ayudar con la atención médica',
  summary: 'Cuándo una lesión necesita que la vea un profesional de salud, y cómo ayudar a que llegue.',
  written,
  topic: 'for-supporters',
  blocks: [
    {
      kind: 'paragraph',
      text: 'Si se ha hecho daño, pregúntale si quiere ayuda con eso. Mantén la calma y la amabilidad: puede sentir vergüenza, y el miedo a tu reacción puede impedir que busque atención.',
    },
    { kind: 'heading', text: 'Cuándo hacer que la revisen' },
    {
      kind: 'list',
      items: [
        'Algunas lesiones necesitan que las vea un profesional de salud, aunque parezcan pequeñas. Conviene que la revisen pronto si podría necesitar puntos.',
        'Que la revisen si se pone más roja, caliente, hinchada o dolorosa, o si siente que tiene fiebre.',
        'Una quemadura grande, profunda, o en la cara o las manos necesita atención médica.',
        'Haber tragado una cantidad excesiva de cualquier medicamento, o algo dañino, siempre necesita atención médica urgente, aunque se sienta bien. El daño puede no verse y aparecer más tarde.',
      ],
    },
    {
      kind: 'paragraph',
      text: 'Puedes ofrecerte a ir con esa persona. El personal debería tratarla con cuidado y respeto, y hablar sobre cómo se siente y qué ayuda quiere después.',
    },
    { kind: 'tool', to: { screen: 'help' }, text: 'Ayuda ahora dice cuándo y dónde buscar atención médica' },
  ],
  sources: ['nhs-self-harm-getting-help', 'nice-ng225'],
};

const emergency: LearnPage = {
  id: 'supporting-emergency',
  title: 'En una emergencia',
  summary: 'Cuándo llamar al número de emergencias, y qué hacer mientras esperas.',
  written,
  topic: 'for-supporters',
  blocks: [
    { kind: 'heading', text: 'Llama ahora al número de emergencias si' },
    {
      kind: 'list',
      items: [
        'se ha hecho mucho daño, o una herida no deja de sangrar',
        'tiene mucho sueño o confusión, o le cuesta respirar',
        'ha tragado una cantidad excesiva de cualquier medicamento, o algo dañino',
        'su vida corre peligro, o no puede mantenerse a salvo ahora mismo',
      ],
    },
    { kind: 'tool', to: { screen: 'help' }, text: 'El número de emergencias y las líneas de ayuda están en Ayuda ahora' },
    { kind: 'heading', text: 'Mientras esperas' },
    {
      kind: 'list',
      items: [
        'Quédate a su lado si puedes hacerlo sin peligro. Si no puedes, pide a otra persona que lo haga.',
        'Explícale lo que estás haciendo, y por qué.',
        'No tienes que guardar un secreto cuando una vida corre peligro.',
      ],
    },
    {
      kind: 'paragraph',
      text: 'Cuando no es una emergencia pero te preocupa, una línea de ayuda puede orientarte sobre qué hacer a continuación.',
    },
  ],
  sources: ['nhs-self-harm-getting-help', 'nice-ng225', 'mind-friends-family'],
};

const lookingAfterYourself: LearnPage = {
  id: 'supporting-looking-after-yourself',
  title: 'Cuidar de ti',
  summary: 'Apoyar a alguien es duro. Tus propias emociones también importan.',
  written,
  topic: 'for-supporters',
  blocks: [
    {
      kind: 'paragraph',
      text: 'Apoyar a alguien que se hace daño puede ser duro y agotador. No puedes hacer que lo deje, y no es culpa tuya si no lo deja. Aun así, tu cuidado marca una diferencia real.',
    },
    {
      kind: 'list',
      items: [
        'Habla con alguien de confianza sobre cómo te sientes, sin contar lo que es privado de esa persona.',
        'Tómate descansos. Come, duerme y sigue haciendo cosas que disfrutas.',
        'Habla con franqueza de lo que puedes y no puedes hacer. Está bien poner límites con amabilidad.',
        'Reparte la carga. Puede tener más de una persona a quien acudir, y también ayuda profesional.',
      ],
    },
    {
      kind: 'paragraph',
      text: 'Si tienes el ánimo bajo o no puedes más, habla con tu propio médico o con una línea de apoyo. Tú también mereces apoyo.',
    },
    { kind: 'tool', to: { screen: 'support-card' }, text: 'Su tarjeta “Cómo apoyarme” dice qué le ayuda, para que no tengas que adivinar' },
  ],
  sources: ['mind-friends-family'],
};

const whereToGetHelp: LearnPage = {
  id: 'supporting-where-to-get-help',
  title: 'Dónde puedes encontrar apoyo',
  summary: 'Lugares que ayudan a familiares, amistades y personas cuidadoras.',
  written,
  topic: 'for-supporters',
  blocks: [
    {
      kind: 'paragraph',
      text: 'No tienes que resolver esto sin ayuda. Estos lugares ayudan a quienes cuidan de alguien:',
    },
    {
      kind: 'list',
      items: [
        'Reino Unido: YoungMinds Parents Helpline da orientación gratuita a madres, padres y personas cuidadoras a quienes les preocupa una persona joven de menos de 25 años (youngminds.org.uk).',
        'Estados Unidos: NAMI HelpLine apoya a familiares, amistades y personas cuidadoras de quienes tienen problemas de salud mental (nami.org).',
        'Estados Unidos: el 988 está para ayudarte a apoyar a alguien que quieres, y también para apoyarte a ti.',
      ],
    },
    {
      kind: 'paragraph',
      text: 'En cualquier lugar: tu propio médico puede ayudarte, y tú también puedes comunicarte con una línea de ayuda.',
    },
    { kind: 'tool', to: { screen: 'help' }, text: 'Las líneas de ayuda de cada país están en Ayuda ahora' },
  ],
  sources: ['youngminds-parents-helpline', 'nami-helpline', 'oregon-988', 'mind-friends-family'],
};

/** The guide, in reading order: what to do in an emergency first, then the rest (as the English). */
export const supporterGuideEs: readonly LearnPage[] = [
  emergency,
  whatItIs,
  responding,
  noPromise,
  askingAboutSuicide,
  medicalCare,
  lookingAfterYourself,
  whereToGetHelp,
];
