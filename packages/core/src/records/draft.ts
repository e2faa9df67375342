// A draft: the words typed into one form and not yet saved, kept (encrypted like every record) so that
// leaving the screen, a reload or locking loses nothing. One record per form, its id a stable field key
// such as `journal:new` or `plan-part:reasons`; the form's fields by name, each as the text on screen.
// Drafts stay on this device: a backup holds what was saved, not half-typed words (createBackup).
import * as v from 'valibot';
import { defineRecord } from './define-record.ts';

/**
 * Generous on purpose: a draft keeps even what is too long to save, so the form can say what to fix
 * while every word is still there.
 */
export const DRAFT_LIMITS = { fields: 24, name: 40, text: 100_000 } as const;

/** A form's fields by name, each as typed. Choices (a prompt, feelings) are kept as text too. */
export type DraftFields = Record<string, string>;

const draftSchema = v.object({
  fields: v.pipe(
    v.record(v.pipe(v.string(), v.minLength(1), v.maxLength(DRAFT_LIMITS.name)), v.pipe(v.string(), v.maxLength(DRAFT_LIMITS.text))),
    v.check((fields) => Object.keys(fields).length <= DRAFT_LIMITS.fields, 'too many fields'),
  ),
  updatedAt: v.pipe(v.number(), v.integer()),
});

export type Draft = v.InferOutput<typeof draftSchema>;

export const draftRecord = defineRecord<Draft>({ type: 'draft', version: 1, schema: draftSchema, migrations: {} });
