// Ids, versions and cursors arrive from clients: short printable ASCII only, so nothing readable hides in them.

const opaque = /^[\x21-\x7e]{1,128}$/;

/** Throws a RangeError naming the field when `value` is not 1–128 printable ASCII characters. */
export function assertOpaqueText(field: string, value: string): void {
  if (!opaque.test(value)) throw new RangeError(`${field} must be 1–128 printable ASCII characters`);
}
