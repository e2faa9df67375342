// How long to wait before the next try after wrong passcodes.

/**
 * After `failures` wrong passcodes in a row: none for the first three, then 5 s doubling up to 5 minutes.
 * Wrong tries never wipe data and never block Help now.
 */
export function unlockDelayMs(failures: number): number {
  if (failures < 3) return 0;
  return Math.min(5_000 * 2 ** (failures - 3), 300_000);
}
