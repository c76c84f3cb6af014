// The case file's vocabularies and limits (DESIGN.md, "The case file"). Kept apart from the
// schema in case-file.ts so that code checking a case without zod (fast-parse.ts, the command
// line) shares the very same words.

export const REQUESTS = ['trial', 'implant'] as const;
export const DRUGS = ['opioid', 'baclofen', 'other'] as const;
export const INDICATIONS = ['malignant', 'nonmalignant'] as const;
export const TRIAL_WAIVERS = [
  'advanced_disease',
  'limited_survival',
  'high_procedural_risk',
] as const;
export const URGENCIES = ['standard', 'expedited'] as const;
export const STATUSES = ['in_progress', 'completed', 'amended'] as const;

export type Request = (typeof REQUESTS)[number];
export type Drug = (typeof DRUGS)[number];
export type Indication = (typeof INDICATIONS)[number];
export type TrialWaiver = (typeof TRIAL_WAIVERS)[number];
export type ReviewStatus = (typeof STATUSES)[number];

export const LIMITS = {
  noteLength: 4000,
  textLength: 200,
  codes: 60,
} as const;

/** A requested code: letters and digits, 1 to 10 of them. */
export const CODE_PATTERN = /^[A-Za-z0-9]{1,10}$/;

/**
 * What a name or identifier may not hold: control characters, and Unicode's direction controls
 * (embeddings, overrides, isolates and marks). These are invisible, and the direction controls
 * make text display in another order than it is stored: a member ID with a right-to-left
 * override shows as a different ID. Notes may hold them (a note is shown isolated, see the
 * summary); identifiers may not.
 */
export const HIDDEN_IN_IDENTIFIER = /[\p{Cc}\p{Bidi_Control}]/u;

export const HIDDEN_IN_IDENTIFIER_MESSAGE =
  'holds invisible direction or control characters, which can make it display as a different text; names and identifiers may not hold them';

/** An identifier as typed, without the characters it may not hold, and how many there were. */
export function withoutHiddenCharacters(text: string): { text: string; removed: number } {
  const kept = text.replace(new RegExp(HIDDEN_IN_IDENTIFIER.source, 'gu'), '');
  return { text: kept, removed: [...text].length - [...kept].length };
}
