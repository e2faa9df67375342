// The active catalogue for asking for the passcode again (this build's language: language.ts).
import { enReauth, type ReauthMessages } from './en-reauth.ts';
import { esReauth } from './es-reauth.ts';
import { frReauth } from './fr-reauth.ts';

export const mr: ReauthMessages = __EBB_LANGUAGE__ === 'es' ? esReauth : __EBB_LANGUAGE__ === 'fr' ? frReauth : enReauth;
