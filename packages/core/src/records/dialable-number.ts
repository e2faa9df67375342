// A typed phone number as digits to dial: for call and text links, and to tell whether two entries are one person.

/** Digits to dial, keeping a leading +; undefined when the text cannot be a phone number. */
export function dialableNumber(phone: string): string | undefined {
  const trimmed = phone.trim();
  if (!/^\+?[\d\s().-]+$/.test(trimmed)) return undefined;
  const digits = trimmed.replace(/[^\d]/g, '');
  if (digits.length < 3 || digits.length > 15) return undefined;
  return (trimmed.startsWith('+') ? '+' : '') + digits;
}
