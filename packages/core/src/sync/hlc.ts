// A hybrid logical clock: each record's version on the sync server. It follows the wall clock but never goes
// back, even when the device's clock does, and a version received from another device moves it forward, so
// the last write wins in an order every device agrees on. Encoded as text that sorts as it compares.

export interface Hlc {
  /** Milliseconds since 1970 (the largest seen, never less). */
  wall: number;
  /** Orders events within one millisecond, and events while the wall clock is behind. */
  counter: number;
  /** Breaks ties between devices: [A-Za-z0-9_-], 1–64 characters. */
  device: string;
}

const WALL_DIGITS = 12;
const COUNTER_DIGITS = 6;
/** 16^12 − 1 ms: the year 10889. */
export const HLC_MAX_WALL = 16 ** WALL_DIGITS - 1;
const MAX_COUNTER = 16 ** COUNTER_DIGITS - 1;
const DEVICE = /^[A-Za-z0-9_-]{1,64}$/;
const ENCODED = new RegExp(`^([0-9a-f]{${WALL_DIGITS}})-([0-9a-f]{${COUNTER_DIGITS}})-([A-Za-z0-9_-]{1,64})$`);

export function isHlcDevice(device: string): boolean {
  return DEVICE.test(device);
}

/** A device's clock before its first event: below every version it will make. */
export function startHlc(device: string): Hlc {
  if (!isHlcDevice(device)) throw new RangeError('An HLC device id is 1–64 characters of [A-Za-z0-9_-]');
  return { wall: 0, counter: 0, device };
}

const wallOf = (now: number) => Math.min(HLC_MAX_WALL, Math.max(0, Math.floor(Number.isFinite(now) ? now : 0)));

/** The next step after `counter` at `wall`: when a millisecond's counter is full, the clock moves a millisecond on. */
function after(wall: number, counter: number, device: string): Hlc {
  if (counter < MAX_COUNTER) return { wall, counter: counter + 1, device };
  if (wall >= HLC_MAX_WALL) throw new RangeError('The clock has reached its end');
  return { wall: wall + 1, counter: 0, device };
}

/** A local event (a record written) at wall time `now`: later than `last`. */
export function tick(last: Hlc, now: number): Hlc {
  const wall = wallOf(now);
  return wall > last.wall ? { wall, counter: 0, device: last.device } : after(last.wall, last.counter, last.device);
}

/** A version received from another device at wall time `now`: later than both `last` and `remote`. */
export function receive(last: Hlc, remote: Hlc, now: number): Hlc {
  const wall = Math.max(wallOf(now), last.wall, remote.wall);
  if (wall === last.wall && wall === remote.wall) return after(wall, Math.max(last.counter, remote.counter), last.device);
  if (wall === last.wall) return after(wall, last.counter, last.device);
  if (wall === remote.wall) return after(wall, remote.counter, last.device);
  return { wall, counter: 0, device: last.device };
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Wall, then counter, then device: negative, zero or positive, like Array.prototype.sort wants. */
export function compareHlc(a: Hlc, b: Hlc): number {
  return Math.sign(a.wall - b.wall) || Math.sign(a.counter - b.counter) || byCodeUnit(a.device, b.device);
}

/** Fixed-width lower-case hex for wall and counter, then the device: text order is compareHlc's order. */
export function encodeHlc(clock: Hlc): string {
  const hex = (n: number, digits: number) => n.toString(16).padStart(digits, '0');
  return `${hex(clock.wall, WALL_DIGITS)}-${hex(clock.counter, COUNTER_DIGITS)}-${clock.device}`;
}

/** The clock encoded in `text`, or undefined when it is not one (for versions that came over the network). */
export function parseHlc(text: string): Hlc | undefined {
  const match = ENCODED.exec(text);
  if (!match) return undefined;
  const [, wall, counter, device] = match as unknown as [string, string, string, string];
  return { wall: parseInt(wall, 16), counter: parseInt(counter, 16), device };
}
