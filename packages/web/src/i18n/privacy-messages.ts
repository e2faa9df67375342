// The active catalogue for the Privacy and security screen (this build's language: language.ts).
import { enPrivacy, type PrivacyMessages } from './en-privacy.ts';
import { esPrivacy } from './es-privacy.ts';
import { frPrivacy } from './fr-privacy.ts';

export const mp: PrivacyMessages = __EBB_LANGUAGE__ === 'es' ? esPrivacy : __EBB_LANGUAGE__ === 'fr' ? frPrivacy : enPrivacy;
