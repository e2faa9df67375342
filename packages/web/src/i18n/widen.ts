// The shape every language's catalogue has: the same keys as the English one, any text. English catalogues are
// `as const`, so each leaf's type is its own words; widening them lets Spanish and French fill the same shape,
// and a key missing from either fails the type check.
export type Widen<T> = T extends string
  ? string
  : T extends readonly string[]
    ? readonly string[]
    : T extends (...args: infer A) => infer R
      ? (...args: A) => Widen<R>
      : { readonly [K in keyof T]: Widen<T[K]> };
