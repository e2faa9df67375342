// The active catalogue for the Privacy and security screen (English so far).
import { enPrivacy, type PrivacyMessages } from './en-privacy.ts';

export const mp: PrivacyMessages = enPrivacy;
