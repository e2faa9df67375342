// "Your people" as Ebb kept them before they became the plan's people (plan version 3): one record per
// person. Nothing writes these any more; they are read from older devices and backups, and joined into the
// plan's one list of people when the vault opens (plan/join-stored-people.ts).
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
