// The active catalogue for Learn (English so far).
import { enLearn, type LearnMessages } from './en-learn.ts';

export const ml: LearnMessages = enLearn;
