// The active catalogue for Learn (this build's language: language.ts).
import { enLearn, type LearnMessages } from './en-learn.ts';
import { esLearn } from './es-learn.ts';
import { frLearn } from './fr-learn.ts';

export const ml: LearnMessages = __EBB_LANGUAGE__ === 'es' ? esLearn : __EBB_LANGUAGE__ === 'fr' ? frLearn : enLearn;
