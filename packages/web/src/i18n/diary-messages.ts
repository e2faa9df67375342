// The active catalogue for the diary and progress screens (this build's language: language.ts).
import { enDiary, type DiaryMessages } from './en-diary.ts';
import { esDiary } from './es-diary.ts';
import { frDiary } from './fr-diary.ts';

export const md: DiaryMessages = __EBB_LANGUAGE__ === 'es' ? esDiary : __EBB_LANGUAGE__ === 'fr' ? frDiary : enDiary;
