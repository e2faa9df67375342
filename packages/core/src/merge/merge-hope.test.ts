// Merging hope box items: an item moved on one device stays one item (in the earlier place, whichever side
// is which); an item whose words changed on both sides is kept twice, never lost; the rest are joined.
import { describe, expect, it } from 'vitest';
import type { HopeItem } from '../hope/hope-record.ts';
import { mergeHopeItems } from './merge-documents.ts';
import { RecordSets } from './record-sets.ts';

const item = (text: string, order: number, createdAt = 1): HopeItem => ({ kind: 'reason', order, createdAt, text, from: '', media: null });
const side = (items: Record<string, HopeItem>) => RecordSets.of(Object.entries(items).map(([id, value]) => ({ type: 'hope-item', id, value })));

describe('mergeHopeItems', () => {
  it('keeps one copy of an item only moved, at the earlier place, in either order of merging', () => {
    const a = side({ x: item('My sister', 5), y: item('The sea', 2) });
    const b = side({ x: item('My sister', 1), z: item('Music', 3) });
    const ab = mergeHopeItems(a, b).records;
    const ba = mergeHopeItems(b, a).records;
    expect(Object.fromEntries(ab)).toEqual({ x: item('My sister', 1), y: item('The sea', 2), z: item('Music', 3) });
    expect(Object.fromEntries(ba)).toEqual(Object.fromEntries(ab));
  });

  it('keeps both when the words differ, the newer under the item’s id', () => {
    const merged = mergeHopeItems(side({ x: item('Old words', 1, 1) }), side({ x: item('New words', 1, 2) })).records;
    expect(merged.get('x')?.text).toBe('New words');
    expect([...merged.values()].map((i) => i.text).sort()).toEqual(['New words', 'Old words']);
  });
});
