export interface Reduction {
  /** The fall as a percentage of `before`, as shown: whole unless that would misstate the verdict. */
  readonly percent: number;
  /** Whether it fell by at least half: `after` is no more than half of `before`. */
  readonly atLeastHalf: boolean;
}

/**
 * A fall from `before` (more than 0) to `after`, against the policy's "at least 50%". The verdict
 * is read from the numbers as typed (2 × after ≤ before: doubling is exact), never from a rounded
 * percentage, so 180 → 90.5 MME/day is 49.7% weaned, less than half, not "50%".
 */
export function reduction(before: number, after: number): Reduction {
  const atLeastHalf = 2 * after <= before;
  const exact = ((before - after) / before) * 100;
  let percent = Math.round(exact);
  if (percent >= 50 !== atLeastHalf) percent = Math.trunc(exact * 10) / 10;
  if (!atLeastHalf && percent >= 50) percent = 49.9;
  if (atLeastHalf && percent < 50) percent = 50;
  return { percent, atLeastHalf };
}

export type NumberCheck = { ok: true; value: number } | { ok: false; error: string };

/** Reads a number the reviewer typed, within bounds, saying what is wrong in words. */
export function readNumber(
  text: string,
  label: string,
  min: number,
  max: number,
): NumberCheck | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { ok: false, error: `${label} must be a number.` };
  if (value < min || value > max)
    return { ok: false, error: `${label} must be from ${min} to ${max}.` };
  return { ok: true, value };
}
