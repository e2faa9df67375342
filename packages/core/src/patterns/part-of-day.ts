// The parts of a day that Patterns groups urges into, defined once: night 00:00–05:59, morning 06:00–11:59,
// afternoon 12:00–17:59, evening 18:00–23:59, by the clock on the person's own device.
export const partsOfDay = ['night', 'morning', 'afternoon', 'evening'] as const;
export type PartOfDay = (typeof partsOfDay)[number];

/** The index in partsOfDay of the part an hour (0–23, local) falls in: six hours each. */
export const partIndex = (hour: number): number => Math.min(3, Math.max(0, Math.floor(hour / 6)));

/** The part of the day an hour (0–23, local) falls in. */
export const partOfDay = (hour: number): PartOfDay => partsOfDay[partIndex(hour)] as PartOfDay;

/** Days of the week as Date#getDay numbers, Monday first (ISO 8601), the order Patterns shows them in. */
export const weekdaysMondayFirst = [1, 2, 3, 4, 5, 6, 0] as const;
