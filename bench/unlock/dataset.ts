// A seeded ten-year dataset for the unlock benchmark (P6): 3,650 daily check-ins, 20,000 urge episodes and
// 2,000 journal entries, as records of realistic size. The same seed always gives the same records.
// The record kinds are synthetic stand-ins until those features exist; sizes follow their planned shapes.

/** mulberry32: small, fast, deterministic. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = 'calm tide walk tea music friend rain evening sleep tired hopeful heavy light morning school work text call bath'.split(' ');

export interface SyntheticRecord {
  type: string;
  id: string;
  data: unknown;
}

export function tenYearDataset(seed = 20261122): SyntheticRecord[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const start = Date.UTC(2016, 0, 1);
  const records: SyntheticRecord[] = [];
  for (let day = 0; day < 3650; day++) {
    records.push({
      type: 'check-in',
      id: `d${day}`,
      data: {
        date: new Date(start + day * 86_400_000).toISOString().slice(0, 10),
        urge: Math.floor(next() * 6),
        acted: next() < 0.05,
        emotions: Object.fromEntries(['sad', 'angry', 'anxious', 'empty', 'ashamed'].map((e) => [e, Math.floor(next() * 6)])),
        skills: Math.floor(next() * 8),
        selfCare: { sleepHours: 4 + Math.floor(next() * 6), ate: next() < 0.8, moved: next() < 0.5, connected: next() < 0.6 },
        note: words(8),
      },
    });
  }
  for (let i = 0; i < 20_000; i++) {
    const startedAt = start + Math.floor(next() * 3650 * 86_400_000);
    records.push({
      type: 'urge-episode',
      id: `u${i}`,
      data: {
        startedAt,
        endedAt: startedAt + Math.floor(next() * 3_600_000),
        ratings: [0, 1, 2].map((k) => ({ at: startedAt + k * 300_000, urge: Math.floor(next() * 11) })),
        feelings: [pick(['anger', 'sadness', 'emptiness', 'anxiety', 'shame', 'loneliness', 'overwhelm'])],
        skills: [
          { id: pick(['paced-breathing', 'grounding', 'urge-surfing', 'tip-temperature']), before: Math.floor(next() * 11), after: Math.floor(next() * 11) },
        ],
        outcome: pick(['eased', 'reached-out', 'stopped']),
      },
    });
  }
  for (let i = 0; i < 2000; i++) {
    records.push({ type: 'journal-entry', id: `j${i}`, data: { at: start + i * 157_800_000, tags: [pick(WORDS)], text: words(200) } });
  }
  return records;
}
