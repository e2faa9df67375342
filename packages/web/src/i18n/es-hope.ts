// What the hope box ("Things that help me") says, in Spanish (mirror of en-hope.ts).
import type { HopeMessages } from './en-hope.ts';

export const esHope: HopeMessages = {
  title: 'Cosas que me ayudan',
  intro:
    'Guarda fotos, una canción o una nota de voz, mensajes de otras personas y tus razones para seguir adelante, todo en un mismo lugar. Míralos cuando las cosas se pongan difíciles. Se quedan en este dispositivo, cifrados, y se incluyen en tus copias de seguridad.',
  empty: 'Todavía no hay nada aquí. Podrías empezar con una foto de una persona, una mascota o un lugar que te importe, o con una razón tuya.',
  usage: 'Las fotos y los sonidos usan {used} de los {limit} que caben en esta caja.',
  kinds: { photo: 'Foto', audio: 'Canción o nota de voz', message: 'Mensaje', reason: 'Razón' },
  from: 'De {from}',
  photoAlt: 'Una foto que elegiste',
  showPhoto: 'Mostrar la foto',
  hidePhoto: 'Ocultar la foto',
  hiddenNote: 'Las fotos siguen ocultas hasta que las abras, porque el modo discreto está activado.',
  moveUp: 'Subir',
  moveDown: 'Bajar',
  moveUpLabel: 'Subir {name}',
  moveDownLabel: 'Bajar {name}',
  remove: 'Quitar',
  removeLabel: 'Quitar {name}',
  removeQuestion: '¿Quitar esto de tu caja? No se podrá recuperar, a menos que esté en una copia de seguridad.',
  removeYes: 'Sí, quitarlo',
  removeNo: 'Conservarlo',
  changeFailed: 'No se pudo cambiar tu caja: {reason} No se perdió nada de lo que guardas en ella. Inténtalo de nuevo.',
  add: {
    heading: 'Agregar algo',
    photo: 'Agregar una foto',
    audio: 'Agregar una canción o nota de voz',
    message: 'Agregar un mensaje de alguien',
    reason: 'Agregar una razón para seguir',
    choosePhoto: 'Elegir una foto',
    photoHint: 'Se reduce de tamaño en este dispositivo antes de guardarla. No se envía nada a ninguna parte.',
    chooseAudio: 'Elegir un archivo de sonido',
    audioHint: 'Hasta 4 MB: una canción o una nota de voz corta.',
    caption: 'Unas palabras sobre esto (puedes dejarlo en blanco)',
    messageText: 'El mensaje',
    messageFrom: 'De quién es (puedes dejarlo en blanco)',
    reasonText: 'Tu razón',
    save: 'Agregar a la caja',
    saving: 'Agregando…',
    cancel: 'Cancelar',
    added: 'Agregado a tu caja.',
    noFile: 'Primero elige un archivo.',
    noWords: 'Primero escribe algo.',
    saveFailed: 'No se pudo agregar: {reason} Lo que elegiste sigue aquí. Inténtalo de nuevo.',
  },
  refused: {
    'photo-too-large':
      'Esta foto sigue pesando {size} después de reducirla, y una foto puede pesar como máximo {limit}. Prueba con otra foto. Tu caja no ha cambiado.',
    'photo-file-too-large':
      'Este archivo pesa {size}, demasiado para abrirlo aquí (el máximo es {limit}). Prueba con una copia más pequeña de la foto. Tu caja no ha cambiado.',
    'audio-too-large':
      'Este archivo de sonido pesa {size}, y un sonido puede pesar como máximo {limit}. Prueba con un fragmento más corto. Tu caja no ha cambiado.',
    'box-full':
      'Con esto, las fotos y los sonidos de tu caja llegarían a {size}, más de los {limit} que caben. Quita algo para hacer espacio. Tu caja no ha cambiado.',
    'too-many': 'Tu caja ya tiene {limit} cosas, el máximo posible. Quita una para agregar otra. Tu caja no ha cambiado.',
    'not-supported': 'Este archivo no es una foto ni un sonido que se pueda guardar aquí. Tu caja no ha cambiado.',
    unreadable: 'Esta foto no se pudo abrir en este dispositivo. Prueba con otra, o con una en formato JPEG. Tu caja no ha cambiado.',
  },
};
