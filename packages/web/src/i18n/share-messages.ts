// The active catalogue for the share-or-save controls (English so far).
import { enShare, type ShareMessages } from './en-share.ts';

export const msh: ShareMessages = enShare;
