// The "Cómo apoyarme" card in Spanish (mirror of support-card.ts): suggestions in the person's voice, and the
// guidance for supporters always printed with the card.
import type { SupportText } from '../support-card.ts';

export const sayToMeEs: readonly SupportText[] = [
  { text: 'Pregúntame cómo estoy y escúchame sin intentar arreglarlo enseguida', source: 'mind-friends-family' },
  { text: '“Estoy aquí, y no me voy a ir.”', source: 'mind-friends-family' },
  { text: '“¿Quieres hablar, o prefieres que me quede un rato contigo?”', source: 'mind-friends-family' },
  { text: '“¿Qué te ayudaría ahora mismo?”', source: 'mind-friends-family' },
  { text: 'Recuérdame mi plan y las cosas que me ayudan', source: 'stanley-brown-2012' },
];

export const dontSayToMeEs: readonly SupportText[] = [
  { text: 'Por favor, no me digas que lo deje sin más', source: 'mind-friends-family' },
  { text: 'Por favor, no me hagas prometer que nunca lo volveré a hacer', source: 'mind-friends-family' },
  { text: 'Por favor, no entres en pánico ni te enojes, aunque sientas miedo', source: 'mind-friends-family' },
  { text: 'Por favor, no hables de esto con otras personas antes de hablarlo conmigo', source: 'mind-friends-family' },
  { text: 'Por favor, no tomes el control: pregúntame qué quiero que pase', source: 'nice-ng225' },
];

export const supporterGuidanceEs: readonly SupportText[] = [
  {
    text: 'Mantén la calma y sé amable. Tu forma de reaccionar hace más fácil, o más difícil, que vuelva a hablar contigo.',
    source: 'mind-friends-family',
  },
  { text: 'Escucha más de lo que hablas. No necesitas tener las respuestas.', source: 'mind-friends-family' },
  {
    text: 'No esperes que lo deje de golpe. La recuperación lleva tiempo, y un tropiezo no lo echa todo a perder.',
    source: 'nhs-self-harm',
  },
  {
    text: 'Está bien preguntar abiertamente por el suicidio. Preguntar no le mete la idea en la cabeza.',
    source: 'dazzi-2014',
  },
  {
    text: 'Si se ha hecho daño y necesita atención médica, o su vida corre peligro, llama al número de emergencias.',
    source: 'nice-ng225',
  },
  {
    text: 'Cuídate tú también. Habla con alguien de confianza o con una línea de apoyo para familiares y amigos.',
    source: 'mind-friends-family',
  },
];
