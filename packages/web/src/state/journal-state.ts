// Journal entries, kept encrypted, one record per entry; read when the journal opens.
import { journalRecord, type JournalEntry } from '@ebb/core';
import { getStore } from './vault-state.ts';
import { updateRecord } from './update-record.ts';

export interface JournalItem {
  id: string;
  value: JournalEntry;
}

export async function loadJournal(): Promise<JournalItem[]> {
  return (await getStore()).list(journalRecord);
}

export async function loadEntry(id: string): Promise<JournalEntry | undefined> {
  return (await getStore()).get(journalRecord, id);
}

export async function saveEntry(id: string, entry: JournalEntry): Promise<void> {
  await updateRecord(journalRecord, id, () => entry);
}

export async function deleteEntry(id: string): Promise<void> {
  await updateRecord(journalRecord, id, () => undefined);
}
