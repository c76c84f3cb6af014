import * as z from 'zod/mini';
import { HIDDEN_IN_IDENTIFIER, HIDDEN_IN_IDENTIFIER_MESSAGE } from './case-file-words';
import { isoDateProblem, isoDateTimeProblem } from './dates';

// The kinds of field a case file is made of, shared by the case file's schema (case-file.ts) and
// the record of a review (review-record.ts). Every message names what is wrong and never quotes
// the value: it may be patient data.

export const MUST_BE_OBJECT = { error: 'must be an object' };

export function quoteList(words: readonly string[]): string {
  const quoted = words.map((w) => `"${w}"`);
  return quoted.length <= 1
    ? quoted.join('')
    : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

export function oneOf<const T extends readonly [string, ...string[]]>(words: T) {
  return z.enum(words, { error: `must be ${quoteList(words)}` });
}

/** A field that may be left out or null: either way it is not recorded yet (a draft). */
export function recorded<T extends z.core.SomeType>(schema: T) {
  return z.optional(
    z.pipe(
      z.nullable(schema),
      z.transform((value: z.output<T> | null) => value ?? undefined),
    ),
  );
}

export function text(max: number) {
  return z
    .string({ error: 'must be text' })
    .check(z.maxLength(max, { error: `must be at most ${max} characters` }));
}

/** A name or an identifier: text with no invisible direction or control characters. */
export function identifier(max: number) {
  return text(max).check(
    z.refine((value) => !HIDDEN_IN_IDENTIFIER.test(value), {
      error: HIDDEN_IN_IDENTIFIER_MESSAGE,
    }),
  );
}

/** A text checked by a function that words what is wrong with it (dates.ts), never quoting it. */
export function checkedText(problemOf: (value: string) => string | undefined, notText: string) {
  return z.string({ error: notText }).check(
    z.superRefine((value, ctx) => {
      const problem = problemOf(value);
      if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem, input: value });
    }),
  );
}

// A real date written YYYY-MM-DD, and a date-time with its offset, in the years 1900 to 2100:
// an impossible date or an earlier year is a typing slip (dates.ts).
export const isoDate = checkedText(isoDateProblem, 'must be a date written YYYY-MM-DD');
export const isoDateTime = checkedText(
  isoDateTimeProblem,
  'must be a date-time such as 2026-11-24T09:30:00-06:00',
);
