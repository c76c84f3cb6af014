import * as z from 'zod/mini';
import { ITEMS, type ItemId } from '../policy';
import type { Answer } from './answers';
import { LIMITS } from './case-file-words';
import { isIsoDate, isIsoDateTime } from './dates';

// The record of a review (DESIGN.md, "The record of a review"): what was decided, by whom, when,
// and on what evidence. These fields sit in the case file beside the answers; case-file.ts
// spreads REVIEW_RECORD_SHAPE into its schema. Every one is optional: a file written before the
// app kept them still imports, and a draft holds only what the reviewer has recorded so far.

/** What the nurse reviewer did: she approves, asks for more, or refers; she never denies. */
export const NURSE_ACTIONS = ['approved', 'pended', 'referred'] as const;
export type NurseAction = (typeof NURSE_ACTIONS)[number];

export const NURSE_ACTION_LABELS: Readonly<Record<NurseAction, string>> = {
  approved: 'Approved',
  pended: 'Pended for information',
  referred: 'Referred to a medical director',
};

/** The medical director's decision on a referred case. */
export const MEDICAL_DIRECTOR_DECISIONS = ['approve', 'deny', 'approve_in_part'] as const;
export type MedicalDirectorDecision = (typeof MEDICAL_DIRECTOR_DECISIONS)[number];

export const MEDICAL_DIRECTOR_DECISION_LABELS: Readonly<Record<MedicalDirectorDecision, string>> = {
  approve: 'Approve',
  deny: 'Deny',
  approve_in_part: 'Approve in part',
};

/**
 * The items where the policy states a number, and so the app offers a calculator: the trial's
 * "≥ 50% reduction in pain" (II.A.1.a, II.A.2.a) and "weaned by at least 50%" (I.A.2.g).
 */
export const CALCULATOR_ITEMS = [
  'I.A.2.g',
  'II.A.1.a',
  'II.A.2.a',
] as const satisfies readonly ItemId[];
export type CalculatorItem = (typeof CALCULATOR_ITEMS)[number];

/** The longest free text of the record (a rationale, what was asked for): a note's length. */
const LONG_TEXT = LIMITS.noteLength;
/** A calculator's inputs: a pain score (0–10) or a dose in MME/day. */
const MAX_CALCULATOR_VALUE = 100000;

function oneOf<const T extends readonly [string, ...string[]]>(words: T) {
  const quoted = words.map((w) => `"${w}"`);
  const list = `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
  return z.enum(words, { error: `must be ${list}` });
}

function text(max: number) {
  return z
    .string({ error: 'must be text' })
    .check(z.maxLength(max, { error: `must be at most ${max} characters` }));
}

const isoDate = z
  .string({ error: 'must be a date written YYYY-MM-DD' })
  .check(z.refine(isIsoDate, { error: 'must be a real date written YYYY-MM-DD' }));

const isoDateTime = z
  .string({ error: 'must be a date-time such as 2026-11-24T09:30:00-06:00' })
  .check(
    z.refine(isIsoDateTime, {
      error: 'must be a real date-time with its offset, such as 2026-11-24T09:30:00-06:00',
    }),
  );

const MUST_BE_OBJECT = { error: 'must be an object' };

const calculatorValue = z
  .number({ error: 'must be a number' })
  .check(
    z.gte(0, { error: 'must be 0 or more' }),
    z.lte(MAX_CALCULATOR_VALUE, { error: `must be at most ${MAX_CALCULATOR_VALUE}` }),
  );

/** Where a note's evidence is in the record sent: the document, its date, the page. */
const sourceSchema = z.strictObject(
  {
    document: z.optional(text(LIMITS.textLength)),
    date: z.optional(isoDate),
    page: z.optional(text(LIMITS.textLength)),
  },
  MUST_BE_OBJECT,
);

const sourceShape = Object.fromEntries(
  ITEMS.map((item) => [item.id, z.optional(sourceSchema)]),
) as unknown as { [K in ItemId]: z.ZodMiniOptional<typeof sourceSchema> };

const calculatorSchema = z.strictObject(
  { before: z.optional(calculatorValue), after: z.optional(calculatorValue) },
  MUST_BE_OBJECT,
);

const calculatorShape = Object.fromEntries(
  CALCULATOR_ITEMS.map((id) => [id, z.optional(calculatorSchema)]),
) as unknown as { [K in CalculatorItem]: z.ZodMiniOptional<typeof calculatorSchema> };

const person = {
  name: z.optional(text(LIMITS.textLength)),
  credentials: z.optional(text(LIMITS.textLength)),
};

/** The fields of the record of a review, as zod fields of the case file (README, "The case file"). */
export const REVIEW_RECORD_SHAPE = {
  /** The nurse's action. Pended: what was asked, of whom, on which date, by when. Referred: when. */
  nurseAction: z.optional(
    z.strictObject(
      {
        action: z.optional(oneOf(NURSE_ACTIONS)),
        informationRequested: z.optional(text(LONG_TEXT)),
        requestedFrom: z.optional(text(LIMITS.textLength)),
        pendedOn: z.optional(isoDate),
        respondBy: z.optional(isoDate),
        referredAt: z.optional(isoDateTime),
      },
      MUST_BE_OBJECT,
    ),
  ),
  /** The plan's reference or authorization number for the request. */
  authorizationNumber: z.optional(text(LIMITS.textLength)),
  /** Who completed the review, and when (set against the decision's due-by). */
  completedBy: z.optional(z.strictObject(person, MUST_BE_OBJECT)),
  completedAt: z.optional(isoDateTime),
  /** A referred case's medical director: the decision, who, when, and why. */
  medicalDirector: z.optional(
    z.strictObject(
      {
        decision: z.optional(oneOf(MEDICAL_DIRECTOR_DECISIONS)),
        ...person,
        decidedAt: z.optional(isoDateTime),
        rationale: z.optional(text(LONG_TEXT)),
      },
      MUST_BE_OBJECT,
    ),
  ),
  /** Item ID → where the evidence for its note is: document, date, page. */
  sources: z.optional(z.strictObject(sourceShape, MUST_BE_OBJECT)),
  /** Calculator item ID → the numbers the reviewer entered (before, after). */
  calculators: z.optional(z.strictObject(calculatorShape, MUST_BE_OBJECT)),
};

/**
 * Whether an answer needs a note before the review can be completed: a failing answer (Not met,
 * Present) says what the record shows, Not documented says what is missing.
 */
export function noteRequired(answer: Answer | null | undefined): boolean {
  return answer === 'not_met' || answer === 'present' || answer === 'unknown';
}
