// The plain export: readable JSON with everything, and CSV that spreadsheets read correctly and safely.
import { describe, expect, it } from 'vitest';
import { generateVaultKey } from '../crypto/vault-key.ts';
import { helpContactRecord } from '../records/help-contact.ts';
import { EncryptedStore } from '../store/encrypted-store.ts';
import { MemoryBackend } from '../store/memory-backend.ts';
import { csvField, plainExport } from './plain-export.ts';

describe('plain export', () => {
  it('escapes CSV fields and neutralises formulas', () => {
    expect(csvField('Sam')).toBe('Sam');
    expect(csvField('Sam, my brother')).toBe('"Sam, my brother"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+44 7700')).toBe(`"'+44 7700"`);
  });

  it('writes every person to JSON and CSV, oldest first, and says it is not encrypted', async () => {
    const store = new EncryptedStore(new MemoryBackend(), await generateVaultKey());
    await store.put(helpContactRecord, 'b', { name: 'Bo', phone: '07700 900123', note: 'evenings', createdAt: 2 });
    await store.put(helpContactRecord, 'a', { name: 'Al, Jr', phone: '', note: '', createdAt: 1 });
    const { json, peopleCsv } = await plainExport(store, new Date('2026-11-22T10:00:00Z'));
    const parsed = JSON.parse(json) as { encrypted: boolean; people: Array<{ name: string }>; settings: unknown };
    expect(parsed.encrypted).toBe(false);
    expect(parsed.settings).toBeNull();
    expect(parsed.people.map((p) => p.name)).toEqual(['Al, Jr', 'Bo']);
    expect(peopleCsv).toBe('name,phone,note\r\n"Al, Jr",,\r\nBo,07700 900123,evenings\r\n');
  });
});
