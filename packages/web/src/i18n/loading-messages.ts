// The active catalogue for loading and saving failures (English so far).
import { enLoading, type LoadingMessages } from './en-loading.ts';

export const ml: LoadingMessages = enLoading;
