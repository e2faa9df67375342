// Journal entries, one record per entry (they are larger and rarer than check-ins): free writing, with an
// optional prompt, and tags for feelings and triggers. Search runs on the device, over decrypted entries.
import * as v from 'valibot';
import { feelings } from '@ebb/content';
import { defineRecord } from '../records/define-record.ts';

export const JOURNAL_LIMITS = { text: 20_000, tag: 40, tags: 12 } as const;

export const journalPrompts = ['what-happened', 'what-i-felt', 'what-i-needed', 'what-it-would-give', 'what-helped'] as const;
export type JournalPrompt = (typeof journalPrompts)[number];

const journalSchema = v.object({
  createdAt: v.pipe(v.number(), v.integer()),
  updatedAt: v.pipe(v.number(), v.integer()),
  prompt: v.nullable(v.picklist(journalPrompts)),
  text: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(JOURNAL_LIMITS.text)),
  feelings: v.array(v.picklist(feelings)),
  triggers: v.pipe(v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(JOURNAL_LIMITS.tag))), v.maxLength(JOURNAL_LIMITS.tags)),
});

export type JournalEntry = v.InferOutput<typeof journalSchema>;

export const journalRecord = defineRecord<JournalEntry>({ type: 'journal-entry', version: 1, schema: journalSchema, migrations: {} });

/** Trigger tags from what the person typed: split on commas, trimmed, without repeats (case-insensitive). */
export function parseTags(input: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of input.split(',')) {
    const tag = raw.trim().slice(0, JOURNAL_LIMITS.tag);
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      tags.push(tag);
    }
  }
  return tags.slice(0, JOURNAL_LIMITS.tags);
}

/** Entries that contain every word of the query (in the text or a trigger tag), newest first. */
export function searchJournal<T extends { value: JournalEntry }>(entries: readonly T[], query: string, feeling?: string): T[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return entries
    .filter(({ value }) => {
      if (feeling && !value.feelings.includes(feeling as JournalEntry['feelings'][number])) return false;
      const haystack = [value.text, ...value.triggers].join(' ').toLowerCase();
      return words.every((w) => haystack.includes(w));
    })
    .sort((a, b) => b.value.createdAt - a.value.createdAt);
}
