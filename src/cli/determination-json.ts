import type { Determination } from '../engine';

/** The determination as one line of JSON. */
export function determinationJson(d: Determination): string {
  return JSON.stringify(d);
}
