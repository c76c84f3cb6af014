import * as z from 'zod/mini';
import { ITEMS, type ItemId } from '../policy';
import type { Answer } from './answers';
import { LIMITS } from './case-file-words';
import {
  identifier,
  isoDate,
  isoDateTime,
  MUST_BE_OBJECT,
  oneOf,
  recorded,
  text,
} from './case-file-fields';

// The record of a review (DESIGN.md, "The record of a review"): what was decided, by whom, when,
// and on what evidence. These fields sit in the case file beside the answers; case-file.ts
// spreads REVIEW_RECORD_SHAPE into its schema. Every one may be left out or null: a file written before the
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

const calculatorValue = z
  .number({ error: 'must be a number' })
  .check(
    z.gte(0, { error: 'must be 0 or more' }),
    z.lte(MAX_CALCULATOR_VALUE, { error: `must be at most ${MAX_CALCULATOR_VALUE}` }),
  );

/** Where a note's evidence is in the record sent: the document, its date, the page. */
const sourceSchema = z.strictObject(
  {
    document: recorded(text(LIMITS.textLength)),
    date: recorded(isoDate),
    page: recorded(text(LIMITS.textLength)),
  },
  MUST_BE_OBJECT,
);

const sourceShape = Object.fromEntries(
  ITEMS.map((item) => [item.id, recorded(sourceSchema)]),
) as unknown as { [K in ItemId]: ReturnType<typeof recorded<typeof sourceSchema>> };

const calculatorSchema = z.strictObject(
  { before: recorded(calculatorValue), after: recorded(calculatorValue) },
  MUST_BE_OBJECT,
);

const calculatorShape = Object.fromEntries(
  CALCULATOR_ITEMS.map((id) => [id, recorded(calculatorSchema)]),
) as unknown as { [K in CalculatorItem]: ReturnType<typeof recorded<typeof calculatorSchema>> };

const person = {
  name: recorded(identifier(LIMITS.textLength)),
  credentials: recorded(identifier(LIMITS.textLength)),
};

/** The fields of the record of a review, as zod fields of the case file (README, "The case file"). */
export const REVIEW_RECORD_SHAPE = {
  /** The nurse's action. Pended: what was asked, of whom, on which date, by when. Referred: when. */
  nurseAction: recorded(
    z.strictObject(
      {
        action: recorded(oneOf(NURSE_ACTIONS)),
        informationRequested: recorded(text(LONG_TEXT)),
        requestedFrom: recorded(text(LIMITS.textLength)),
        pendedOn: recorded(isoDate),
        respondBy: recorded(isoDate),
        referredAt: recorded(isoDateTime),
      },
      MUST_BE_OBJECT,
    ),
  ),
  /** The plan's reference or authorization number for the request. */
  authorizationNumber: recorded(text(LIMITS.textLength)),
  /** Who completed the review, and when (set against the decision's due-by). */
  completedBy: recorded(z.strictObject(person, MUST_BE_OBJECT)),
  completedAt: recorded(isoDateTime),
  /** A referred case's medical director: the decision, who, when, and why. */
  medicalDirector: recorded(
    z.strictObject(
      {
        decision: recorded(oneOf(MEDICAL_DIRECTOR_DECISIONS)),
        ...person,
        decidedAt: recorded(isoDateTime),
        rationale: recorded(text(LONG_TEXT)),
      },
      MUST_BE_OBJECT,
    ),
  ),
  /** Item ID → where the evidence for its note is: document, date, page. */
  sources: recorded(z.strictObject(sourceShape, MUST_BE_OBJECT)),
  /** Calculator item ID → the numbers the reviewer entered (before, after). */
  calculators: recorded(z.strictObject(calculatorShape, MUST_BE_OBJECT)),
};

/**
 * Whether an answer needs a note before the review can be completed: a failing answer (Not met,
 * Present) says what the record shows, Not documented says what is missing.
 */
export function noteRequired(answer: Answer | null | undefined): boolean {
  return answer === 'not_met' || answer === 'present' || answer === 'unknown';
}
