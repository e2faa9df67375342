// The shapes of Ebb's sourced content. Every item says where it comes from and when it was checked.

/** Countries with verified crisis lines. `INTL` is the fallback for everywhere else. */
export const countryCodes = ['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'DE', 'FR', 'NL', 'SG'] as const;
export type CountryCode = (typeof countryCodes)[number];

export interface Source {
  /** Public page the fact was checked against. */
  url: string;
  /** ISO date (YYYY-MM-DD) it was last checked. */
  verifiedOn: string;
}

/**
 * One way of reaching a service. Numbers are digits only, as dialled inside the country. A call's `press` is a key
 * to press on the line's menu once it answers (the 988 Lifeline: 2 for Spanish), shown beside the call button.
 */
export type Reach =
  | { kind: 'call'; number: string; display: string; press?: string }
  | { kind: 'text'; number: string; display: string; keyword?: string }
  | { kind: 'chat'; url: string };

export interface CrisisLine {
  id: string;
  country: CountryCode;
  name: string;
  /** One short line: what it is, in plain words. */
  about: string;
  reach: readonly Reach[];
  hours: string;
  /** Who it is for, e.g. "Anyone" or "Under-19s". */
  audience: string;
}

export interface EmergencyNumber {
  number: string;
  display: string;
}

export interface CountryHelp {
  code: CountryCode;
  name: string;
  /** The oldest check date of this country's entries (crisis-line-sources.ts): what Help now says. */
  checkedOn: string;
  emergency: readonly EmergencyNumber[];
  /** Where to go for an injury that is not an emergency, in this country's words. */
  urgentCare: string;
  lines: readonly CrisisLine[];
}

export interface Directory {
  name: string;
  url: string;
  about: string;
  source: Source;
}
