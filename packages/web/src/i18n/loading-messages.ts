// The active catalogue for loading and saving failures (this build's language: language.ts).
import { enLoading, type LoadingMessages } from './en-loading.ts';
import { esLoading } from './es-loading.ts';
import { frLoading } from './fr-loading.ts';

export const ml: LoadingMessages = __EBB_LANGUAGE__ === 'es' ? esLoading : __EBB_LANGUAGE__ === 'fr' ? frLoading : enLoading;
