// Building blocks shared by every kind's merge. Each gives the same items whichever side comes first
// (commutative; lists keep the first side's order), however merges are grouped (associative), and merging
// what is already merged changes nothing (idempotent), so a device, a backup and later sync all agree.

/** JSON with object keys sorted: the same value always gives the same text, wherever it came from. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

export const same = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);

/**
 * The later of two versions of one item by `time`, and the other. Equal times are settled by the canonical
 * text, so both sides always agree which version that is.
 */
export function newerOf<T>(a: T, b: T, time: (value: T) => number): [newer: T, older: T] {
  const ta = time(a);
  const tb = time(b);
  if (ta !== tb) return ta > tb ? [a, b] : [b, a];
  return canonical(a) >= canonical(b) ? [a, b] : [b, a];
}

/** Items by key from both sides; where both have a key, the newer version by `time`. */
export function unionByKey<T>(a: readonly T[], b: readonly T[], key: (item: T) => string, time: (item: T) => number): T[] {
  const merged = new Map<string, T>();
  for (const item of [...a, ...b]) {
    const k = key(item);
    const existing = merged.get(k);
    merged.set(k, existing === undefined ? item : newerOf(existing, item, time)[0]);
  }
  return [...merged.values()];
}

/** Whether a record may hold this many items (a record's schema caps its lists). */
export interface Capped<T> {
  items: T[];
  /** Items that did not fit under the cap: counted and reported, never dropped silently. */
  leftOut: number;
}

/**
 * A list with the other side's items that it does not have added after its own, in their order, up to the
 * record's limit. The same items whichever side comes first; the order is `a`'s (this device's) first.
 */
export function unionList<T>(a: readonly T[], b: readonly T[], limit: number, key: (item: T) => string = canonical): Capped<T> {
  const seen = new Set<string>();
  const all: T[] = [];
  for (const item of [...a, ...b]) {
    const k = key(item);
    if (seen.has(k)) continue;
    seen.add(k);
    all.push(item);
  }
  return { items: all.slice(0, limit), leftOut: Math.max(0, all.length - limit) };
}

/** A short, stable name for a version's content (FNV-1a, 52 bits, base 36): for the id of a kept copy. */
export function contentTag(value: unknown): string {
  let hash = 0xcbf29ce484222325n;
  const text = canonical(value);
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return (hash >> 12n).toString(36);
}

/**
 * Records kept whole, by id (journal entries, people, goals). Where both sides changed the same record,
 * the newer version keeps its id and the other is kept too, as a copy under `id~tag`: nothing either side
 * wrote is lost, and the same copy always gets the same id, so merging again adds nothing.
 */
export function mergeKeepingBoth<T>(a: ReadonlyMap<string, T>, b: ReadonlyMap<string, T>, time: (value: T) => number): Map<string, T> {
  const merged = new Map(a);
  const insert = (id: string, value: T) => {
    const existing = merged.get(id);
    if (existing === undefined) return void merged.set(id, value);
    if (same(existing, value)) return;
    const [newer, older] = newerOf(existing, value, time);
    merged.set(id, newer);
    insert(`${id}~${contentTag(older)}`, older);
  };
  for (const [id, value] of b) insert(id, value);
  return merged;
}

/** What merging one kind gives: the merged records by id, and how many list items did not fit. */
export interface Merged<T> {
  records: Map<string, T>;
  leftOut: number;
}

/**
 * Records by id where a record is one thing that only grows or is replaced (a plan version): where both
 * sides have an id, the newer version by `time`. The older one is an earlier state of the same thing.
 */
export function mergeNewest<T>(a: ReadonlyMap<string, T>, b: ReadonlyMap<string, T>, time: (value: T) => number): Map<string, T> {
  const merged = new Map(a);
  for (const [id, value] of b) {
    const existing = merged.get(id);
    merged.set(id, existing === undefined ? value : newerOf(existing, value, time)[0]);
  }
  return merged;
}

/** Records by id where both sides' versions are combined field by field (`join`). */
export function mergeEach<T>(a: ReadonlyMap<string, T>, b: ReadonlyMap<string, T>, join: (a: T, b: T) => { value: T; leftOut: number }): Merged<T> {
  const records = new Map(a);
  let leftOut = 0;
  for (const [id, value] of b) {
    const existing = records.get(id);
    if (existing === undefined || same(existing, value)) {
      records.set(id, existing ?? value);
      continue;
    }
    const joined = join(existing, value);
    records.set(id, joined.value);
    leftOut += joined.leftOut;
  }
  return { records, leftOut };
}
