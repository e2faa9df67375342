// The person's own help contacts, kept encrypted, listed in Help now.
import { signal } from '@preact/signals';
import { helpContactRecord, type HelpContact } from '@ebb/core';
import { getStore } from './vault-state.ts';
import { forgetOnLock } from './forget-on-lock.ts';
import { updateRecord } from './update-record.ts';

export interface ContactEntry {
  id: string;
  value: HelpContact;
}

export const contacts = signal<ContactEntry[]>([]);
forgetOnLock(() => (contacts.value = []));

const byCreation = (a: ContactEntry, b: ContactEntry) => a.value.createdAt - b.value.createdAt;

export async function loadContacts(): Promise<void> {
  const store = await getStore();
  contacts.value = (await store.list(helpContactRecord)).sort(byCreation);
}

export async function saveContact(id: string, value: HelpContact): Promise<void> {
  await updateRecord(helpContactRecord, id, () => value);
  const others = contacts.value.filter((c) => c.id !== id);
  contacts.value = [...others, { id, value }].sort(byCreation);
}

export async function removeContact(id: string): Promise<void> {
  await updateRecord(helpContactRecord, id, () => undefined);
  contacts.value = contacts.value.filter((c) => c.id !== id);
}
