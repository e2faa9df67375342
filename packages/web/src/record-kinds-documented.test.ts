// docs/crypto-format.md stays true to the code: its table of record kinds names every kind Ebb stores, at
// the version this Ebb writes, and no kind that does not exist.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftRecord, recordKinds, shareLinksRecord, syncAccountRecord, syncStateRecord } from '@ebb/core';

const doc = readFileSync(new URL('../../../docs/crypto-format.md', import.meta.url), 'utf8');
/** Rows of the kinds table: | `type` | id | version | … */
const rows = new Map([...doc.matchAll(/^\| `([a-z][a-z0-9-]*)` \| [^|]+ \| (\d+) \|/gm)].map((m) => [m[1] as string, Number(m[2])]));

describe('docs/crypto-format.md', () => {
  it('lists every record kind at its current version, and only those', () => {
    // Drafts, the sync link, the sync state and share links stay on the device (never in a backup), so they are not among the kinds a backup carries.
    const stored = [...recordKinds, draftRecord, syncAccountRecord, syncStateRecord, shareLinksRecord];
    expect(Object.fromEntries(rows)).toEqual(Object.fromEntries(stored.map((k) => [k.type, k.version])));
  });
});
