// What Ebb says about words typed and not yet saved (drafts), in Spanish (mirror of en-drafts.ts).
import type { DraftMessages } from './en-drafts.ts';
export const esDrafts: DraftMessages = {
  kept: 'Aún no se ha guardado. Tus palabras se conservan en este dispositivo hasta que las guardes.',
  restored: 'Volvieron tus palabras de la última vez. Aún no están guardadas.',
  discarded: 'Borrador descartado.',
  discard: 'Descartar borrador',
  undo: 'Deshacer',
  problem: 'No se pudo conservar lo que escribiste como borrador ({reason}). Sigue aquí, en la pantalla.',
};
