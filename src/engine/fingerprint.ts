import type { CaseFile } from './case-file';

// A short fingerprint of a case's contents, printed on the summary so two printouts of the same
// member can be told apart. Not a security measure: it tells versions apart, it does not sign.

/** JSON with every object's keys sorted, so the same contents always give the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    // Matches JSON.stringify: undefined, functions and symbols have no JSON form.
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) {
    return `[${value.map((entry) => (entry === undefined ? 'null' : canonicalJson(entry))).join(',')}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(
      ([, entry]) =>
        entry !== undefined && typeof entry !== 'function' && typeof entry !== 'symbol',
    )
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
}

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

/** FNV-1a, 64 bits, over the text's UTF-8 bytes, as 16 hex digits. Synchronous, unlike crypto.subtle. */
export function fnv1a64(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * FNV_PRIME) & MASK_64;
  }
  return hash.toString(16).padStart(16, '0');
}

/** The case's fingerprint: 12 hex digits in groups of four, e.g. "3fa9-12bc-07de". */
export function caseFingerprint(file: CaseFile): string {
  const hex = fnv1a64(canonicalJson(file)).slice(0, 12);
  return `${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8, 12)}`;
}
