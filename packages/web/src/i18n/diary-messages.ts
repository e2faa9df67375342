// The active catalogue for the diary and progress screens (English so far).
import { enDiary, type DiaryMessages } from './en-diary.ts';

export const md: DiaryMessages = enDiary;
