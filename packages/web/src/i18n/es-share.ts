// What the share-or-save controls say, in Spanish (mirror of en-share.ts).
import type { ShareMessages } from './en-share.ts';
export const esShare: ShareMessages = {
  title: 'Compartir o guardar',
  wayFile:
    'Compartir envía {what}, tal como aparece en esta página, a la app que elijas (un mensaje, un correo, un servicio en la nube) como archivo: {file}. Nada sale de este dispositivo hasta que elijas.',
  wayText:
    'Compartir envía {what}, tal como aparece en esta página, a la app que elijas (un mensaje, un correo, una nota) como texto. Nada sale de este dispositivo hasta que elijas.',
  wayNone: 'Este navegador no puede pasar cosas a otras apps. Puedes guardar {what} como archivo, {file}, y enviarlo tú.',
  once: 'Una vez compartida, la copia queda en la app y con las personas a quienes la envíes, y no se puede recuperar desde aquí.',
  share: 'Compartir…',
  save: 'Guardar como archivo',
  copy: 'Copiar el texto',
  shared: 'Se pasó a la app que elegiste.',
  cancelled: 'No se compartió nada.',
  failed: 'No se pudo compartir: {reason}. Puedes guardarlo como archivo.',
  reasons: {
    NotAllowedError: 'el navegador no lo permitió',
    DataError: 'la app no pudo recibir este archivo',
    other: 'el navegador lo detuvo',
  },
  saved: 'Guardado en tus descargas como {file}.',
  saveFailed: 'No se pudo guardar el archivo: {reason}.',
  copied: 'Copiado. Pégalo donde quieras.',
  copyFailed: 'Este navegador no permitió copiar. Puedes guardarlo como archivo.',
  files: { plan: 'ebb-mi-plan-{day}.txt', card: 'ebb-tarjeta-{day}.txt' },
  discreetFiles: { plan: 'notas-{day}.txt', card: 'tarjeta-{day}.txt' },
};
