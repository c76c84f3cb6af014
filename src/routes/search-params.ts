// Search params are validated by hand rather than with zod: they are a few words each, and the
// first page would otherwise load the schema library for them. A tampered value is dropped
// (the page falls back to its default) instead of failing. Each validator returns every key it
// owns, undefined when refused: the router lays the result over the raw params, so a key left out
// would let the raw value through.

/** The shape of a policy item ID (I.A.2.g, II.B.4); the page checks the ID itself. */
export const ITEM_ID_PATTERN = /^I{1,2}\.[AB]\.\d(\.[a-z])?$/;

export function oneOf<const T extends readonly string[]>(
  allowed: T,
  value: unknown,
): T[number] | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? value
    : undefined;
}
