// Someone the person can contact in a hard moment, shown in Help now with call and text actions.
import * as v from 'valibot';
import { defineRecord } from './define-record.ts';

export const HELP_CONTACT_LIMITS = { name: 80, phone: 32, note: 140 } as const;

const helpContactSchema = v.object({
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(HELP_CONTACT_LIMITS.name)),
  phone: v.pipe(v.string(), v.trim(), v.maxLength(HELP_CONTACT_LIMITS.phone)),
  note: v.pipe(v.string(), v.trim(), v.maxLength(HELP_CONTACT_LIMITS.note)),
  createdAt: v.pipe(v.number(), v.integer()),
});

export type HelpContact = v.InferOutput<typeof helpContactSchema>;

export const helpContactRecord = defineRecord<HelpContact>({
  type: 'help-contact',
  version: 1,
  schema: helpContactSchema,
  migrations: {},
});

export type HelpContactField = 'name' | 'phone' | 'note';
export type HelpContactProblem = 'required' | 'too-long' | 'not-a-number';

export interface HelpContactInput {
  name: string;
  phone: string;
  note: string;
}

/** Digits to dial, keeping a leading +; undefined when the text cannot be a phone number. */
export function dialableNumber(phone: string): string | undefined {
  const trimmed = phone.trim();
  if (!/^\+?[\d\s().-]+$/.test(trimmed)) return undefined;
  const digits = trimmed.replace(/[^\d]/g, '');
  if (digits.length < 3 || digits.length > 15) return undefined;
  return (trimmed.startsWith('+') ? '+' : '') + digits;
}

/**
 * Checks what the person typed, field by field, so the form can say exactly what to fix.
 * The phone number is optional (someone may be reached in person), but if given it must be dialable.
 */
export function checkHelpContact(input: HelpContactInput): Partial<Record<HelpContactField, HelpContactProblem>> {
  const problems: Partial<Record<HelpContactField, HelpContactProblem>> = {};
  const name = input.name.trim();
  if (name === '') problems.name = 'required';
  else if (name.length > HELP_CONTACT_LIMITS.name) problems.name = 'too-long';
  const phone = input.phone.trim();
  if (phone.length > HELP_CONTACT_LIMITS.phone) problems.phone = 'too-long';
  else if (phone !== '' && dialableNumber(phone) === undefined) problems.phone = 'not-a-number';
  if (input.note.trim().length > HELP_CONTACT_LIMITS.note) problems.note = 'too-long';
  return problems;
}
