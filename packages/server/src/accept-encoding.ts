// Chooses which precompressed copy of a file to send from a request's Accept-Encoding (RFC 9110 §12.5.3):
// the coding with the highest q-value among those on disk, brotli first on a tie; q=0 means "never".

export type Encoding = 'br' | 'gzip';

/** In order of preference when the browser weighs them alike: brotli is smaller. */
export const ENCODINGS: readonly Encoding[] = ['br', 'gzip'];

export function chooseEncoding(header: string | undefined, available: readonly Encoding[]): Encoding | null {
  if (!header) return null;
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    // A malformed weight is read as "not acceptable" rather than guessed at.
    weights.set(coding.trim(), Number.isFinite(weight) ? weight : 0);
  }
  let best: Encoding | null = null;
  let bestWeight = 0;
  for (const encoding of ENCODINGS) {
    if (!available.includes(encoding)) continue;
    const weight = weights.get(encoding) ?? weights.get('*') ?? 0;
    if (weight > bestWeight) [best, bestWeight] = [encoding, weight];
  }
  return best;
}
