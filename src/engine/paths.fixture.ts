// Test support for determine.test.ts and determine.property.test.ts: the items each path needs,
// written out by hand from DESIGN.md ("Which items a request needs" and the table of IDs), not
// computed by the engine, so the tests check the engine against the design rather than itself.
import { describeProblems, parseCaseFile, type CaseFile } from './case-file';

// The indications (DESIGN.md, "The policy as data"): each asked first in its own list.
export const IND_I_A_1 = 'I.A.1';
export const IND_I_A_2 = 'I.A.2';
export const IND_II_A_1 = 'II.A.1';
export const IND_II_A_2 = 'II.A.2';

export const I_A_1 = ['I.A.1.a', 'I.A.1.b', 'I.A.1.c'];
export const I_A_2 = [
  'I.A.2.a',
  'I.A.2.b',
  'I.A.2.c',
  'I.A.2.d',
  'I.A.2.e',
  'I.A.2.f',
  'I.A.2.g',
  'I.A.2.h',
];
export const I_B = ['I.B.1', 'I.B.2', 'I.B.3', 'I.B.4', 'I.B.5'];
export const II_A_1 = ['II.A.1.a', 'II.A.1.b', 'II.A.1.c', 'II.A.1.d'];
export const II_A_2 = [
  'II.A.2.a',
  'II.A.2.b',
  'II.A.2.c',
  'II.A.2.d',
  'II.A.2.e',
  'II.A.2.f',
  'II.A.2.g',
  'II.A.2.h',
  'II.A.2.i',
];
export const II_B = ['II.B.1', 'II.B.2', 'II.B.3', 'II.B.4', 'II.B.5'];

/** All 38 items, in policy order: each indication just before its lettered items. */
export const ALL_ITEMS = [
  IND_I_A_1,
  ...I_A_1,
  IND_I_A_2,
  ...I_A_2,
  ...I_B,
  IND_II_A_1,
  ...II_A_1,
  IND_II_A_2,
  ...II_A_2,
  ...II_B,
];

export function isContraindication(id: string): boolean {
  return /^I{1,2}\.B\.\d$/.test(id);
}

/** The answer that satisfies an item: a criterion met, a contraindication absent. */
export function satisfying(id: string): 'met' | 'absent' {
  return isContraindication(id) ? 'absent' : 'met';
}

/** The answer that fails an item: a criterion not met, a contraindication present. */
export function failing(id: string): 'not_met' | 'present' {
  return isContraindication(id) ? 'present' : 'not_met';
}

export function answersOf(
  ids: readonly string[],
  answer: (id: string) => string,
): Record<string, string> {
  return Object.fromEntries(ids.map((id) => [id, answer(id)]));
}

export type SatisfiedOutcome = 'meets_criteria' | 'medical_director_review';

export interface PathCase {
  readonly name: string;
  readonly request: 'trial' | 'implant';
  readonly indication: 'malignant' | 'nonmalignant';
  readonly trialWaiver?: readonly (
    'advanced_disease' | 'limited_survival' | 'high_procedural_risk'
  )[];
  /** The items this request needs, in policy order. */
  readonly required: readonly string[];
  /** The outcome when every required item is satisfied. */
  readonly allSatisfied: SatisfiedOutcome;
}

export const PATHS: readonly PathCase[] = [
  {
    name: 'trial, malignant',
    request: 'trial',
    indication: 'malignant',
    required: [IND_I_A_1, ...I_A_1, ...I_B],
    allSatisfied: 'meets_criteria',
  },
  {
    name: 'trial, non-malignant',
    request: 'trial',
    indication: 'nonmalignant',
    required: [IND_I_A_2, ...I_A_2, ...I_B],
    allSatisfied: 'meets_criteria',
  },
  {
    name: 'implant, malignant',
    request: 'implant',
    indication: 'malignant',
    // I.A.1 is not asked again at implant: II.A.1 restates it.
    required: [...I_A_1, IND_II_A_1, ...II_A_1, ...II_B],
    allSatisfied: 'meets_criteria',
  },
  {
    name: 'implant, malignant, trial waiver requested and no trial result',
    request: 'implant',
    indication: 'malignant',
    trialWaiver: ['advanced_disease'],
    // II Note: with no trial result, II.A.1.a is not required; everything else still is.
    required: [...I_A_1, IND_II_A_1, 'II.A.1.b', 'II.A.1.c', 'II.A.1.d', ...II_B],
    allSatisfied: 'medical_director_review',
  },
  {
    name: 'implant, non-malignant',
    request: 'implant',
    indication: 'nonmalignant',
    required: [...I_A_2, IND_II_A_2, ...II_A_2, ...II_B],
    allSatisfied: 'meets_criteria',
  },
];

/** A case file through the schema, so every case a test builds is one a user could load. */
export function caseFile(fields: Record<string, unknown>): CaseFile {
  const result = parseCaseFile({ policy: 'LA.CP.MP.173', ...fields });
  if (!result.ok) throw new Error(`test case refused: ${describeProblems(result.problems)}`);
  return result.caseFile;
}

/** The case file for a path with the given answers, the drug an opioid. */
export function pathCase(
  path: PathCase,
  answers: Record<string, string>,
  extra: Record<string, unknown> = {},
): CaseFile {
  return caseFile({
    request: path.request,
    drug: 'opioid',
    indication: path.indication,
    ...(path.trialWaiver ? { trialWaiver: path.trialWaiver } : {}),
    answers,
    ...extra,
  });
}
