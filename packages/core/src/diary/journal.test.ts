// The journal: entries validated, tags parsed kindly, search on the device.
import { describe, expect, it } from 'vitest';
import { decodeRecord, encodeRecord } from '../records/define-record.ts';
import { journalRecord, parseTags, searchJournal, type JournalEntry } from './journal-record.ts';

const entry = (text: string, createdAt: number, extra: Partial<JournalEntry> = {}) => ({
  id: String(createdAt),
  value: { createdAt, updatedAt: createdAt, prompt: null, text, feelings: [], triggers: [], ...extra } as JournalEntry,
});

describe('journal', () => {
  it('needs some text, and keeps feelings from the list', () => {
    const e = entry('A long day', 1).value;
    expect(decodeRecord(journalRecord, encodeRecord(journalRecord, e))).toEqual(e);
    expect(() => encodeRecord(journalRecord, { ...e, text: '   ' })).toThrow();
    expect(() => encodeRecord(journalRecord, { ...e, feelings: ['bored'] } as never)).toThrow();
  });

  it('parses trigger tags from commas, without repeats', () => {
    expect(parseTags(' exams, Exams ,  ,late night')).toEqual(['exams', 'late night']);
  });

  it('finds entries with every word, in text or tags, newest first, and by feeling', () => {
    const entries = [
      entry('Walked to the river with Sam', 1, { feelings: ['sadness'] }),
      entry('Exam tomorrow, feeling sick', 3, { triggers: ['exams'] }),
      entry('River was quiet', 2),
    ];
    expect(searchJournal(entries, 'river').map((e) => e.id)).toEqual(['2', '1']);
    expect(searchJournal(entries, 'river sam').map((e) => e.id)).toEqual(['1']);
    expect(searchJournal(entries, 'exams').map((e) => e.id)).toEqual(['3']);
    expect(searchJournal(entries, '', 'sadness').map((e) => e.id)).toEqual(['1']);
    expect(searchJournal(entries, '').map((e) => e.id)).toEqual(['3', '2', '1']);
  });
});
