// What Ebb says when it asks for the current passcode again, in Spanish (mirror of en-reauth.ts).
import type { ReauthMessages } from './en-reauth.ts';
export const esReauth: ReauthMessages = {
  why: 'Para proteger tu espacio, primero escribe tu código actual. Tu clave de recuperación también sirve.',
  labelPin: 'Tu PIN o clave de recuperación',
  labelPassphrase: 'Tu frase de acceso o clave de recuperación',
  checking: 'Comprobando…',
  continue: 'Continuar',
  cancel: 'Cancelar',
  waitOrRecovery: 'Tu clave de recuperación funciona ahora, sin esperar.',
};
