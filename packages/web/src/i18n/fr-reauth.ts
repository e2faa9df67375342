// What Ebb says when it asks for the current passcode again, in French (mirror of en-reauth.ts).
import type { ReauthMessages } from './en-reauth.ts';
export const frReauth: ReauthMessages = {
  why: 'Pour protéger ton espace, entre d’abord ton code actuel. Ta clé de récupération fonctionne aussi.',
  labelPin: 'Ton code PIN ou ta clé de récupération',
  labelPassphrase: 'Ta phrase secrète ou ta clé de récupération',
  checking: 'Vérification…',
  continue: 'Continuer',
  cancel: 'Annuler',
  waitOrRecovery: 'Ta clé de récupération fonctionne tout de suite, sans attendre.',
};
