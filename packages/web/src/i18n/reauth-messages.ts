// The active catalogue for asking for the passcode again (English so far).
import { enReauth, type ReauthMessages } from './en-reauth.ts';

export const mr: ReauthMessages = enReauth;
