/** A fall from `before` to `after` as a whole percentage of `before` (negative when it rose). */
export function percentReduction(before: number, after: number): number {
  return Math.round(((before - after) / before) * 100);
}

export type NumberCheck = { ok: true; value: number } | { ok: false; error: string };

/** Reads a number the reviewer typed, within bounds, saying what is wrong in words. */
export function readNumber(text: string, label: string, min: number, max: number): NumberCheck | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { ok: false, error: `${label} must be a number.` };
  if (value < min || value > max) return { ok: false, error: `${label} must be from ${min} to ${max}.` };
  return { ok: true, value };
}
