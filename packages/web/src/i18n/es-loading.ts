// What Ebb says when a screen's data can't be read or a change can't be saved, in Spanish (mirror of en-loading.ts).
import type { LoadingMessages } from './en-loading.ts';
export const esLoading: LoadingMessages = {
  loadFailed: 'No se pudo abrir esto ahora: {reason}. No se ha cambiado nada.',
  tryAgain: 'Intentar de nuevo',
  notKept: 'No se pudo guardar ese cambio: {reason}. Solo durará hasta que se cierre la app.',
};
