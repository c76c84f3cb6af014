import { ITEM_IDS } from '../policy';
import type { CaseFile } from './case-file';

// What is wrong with a case file, and how it is told to a person: what and where, never the
// value (a case file holds a patient's details), in a message of bounded length.

/** One thing wrong with a case file: where (`answers["I.B.1"]`) and what. */
export interface CaseFileProblem {
  /** Where, as a reader writes it: `answers["I.B.1"]`, `member.dateOfBirth`. */
  readonly path: string;
  readonly message: string;
  /** The same place as keys, for code that needs to find the field. */
  readonly at: readonly (string | number)[];
}

export type CaseFileResult =
  | { readonly ok: true; readonly caseFile: CaseFile }
  | { readonly ok: false; readonly problems: readonly CaseFileProblem[] };

/**
 * The keys a path may show as they are written: the policy's item IDs, the fields of a case
 * file (case-file-problems.test.ts holds this list to the schema) and the keys of a FHIR
 * QuestionnaireResponse that the importer names. Any other key was made up by whoever wrote
 * the file, and may be a patient's name: it is shown as […].
 */
const KNOWN_KEYS: ReadonlySet<string> = new Set<string>([
  // The record of a review (review-record.ts).
  'nurseAction',
  'action',
  'informationRequested',
  'requestedFrom',
  'pendedOn',
  'respondBy',
  'referredAt',
  'authorizationNumber',
  'completedBy',
  'credentials',
  'completedAt',
  'medicalDirector',
  'decision',
  'decidedAt',
  'rationale',
  'sources',
  'document',
  'date',
  'page',
  'calculators',
  'before',
  'after',
  ...ITEM_IDS,
  // The case file.
  'policy',
  'status',
  'request',
  'drug',
  'indication',
  'trialWaiver',
  'answers',
  'notes',
  'codes',
  'member',
  'name',
  'id',
  'dateOfBirth',
  'provider',
  'npi',
  'reviewer',
  'reviewDate',
  'serviceDate',
  'urgency',
  'receivedAt',
  // A FHIR QuestionnaireResponse.
  'resourceType',
  'questionnaire',
  'authored',
  'item',
  'answer',
  'linkId',
  'text',
  'system',
  'code',
  'display',
  'valueCoding',
  'valueString',
  'valueDate',
  'valueDateTime',
  'valueBoolean',
  'valueInteger',
  'valueDecimal',
]);

// An outline number such as I.Z.9 or ii.b.6: not an item of the policy, but shaped like one, and
// worth showing to whoever mistyped it. It says nothing about a patient.
const OUTLINE_NUMBER = /^[IV]{1,3}(?:\.[A-Z](?:\.\d{1,2}(?:\.[A-Z])?)?)?$/i;

/** Whether a path shows a key as it is written: a key of the format, or an outline number. */
export function isKnownKey(key: string): boolean {
  return KNOWN_KEYS.has(key) || OUTLINE_NUMBER.test(key);
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const UNKNOWN_KEY = '[…]';

/**
 * Writes a path the way a reader would type it: member.dateOfBirth, answers["I.B.1"], codes[2].
 * A key the format does not know is written […], never as it is.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment !== 'string' || !isKnownKey(segment)) out += UNKNOWN_KEY;
    else if (IDENTIFIER.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return capText(out || '(the file)', MAX_PATH_LENGTH);
}

/** The longest path shown: a path through deeply nested items is cut in the middle. */
export const MAX_PATH_LENGTH = 120;
/** The longest message shown for one problem. */
export const MAX_MESSAGE_LENGTH = 200;

/** Text cut to at most `max` characters, with … where it was cut, on one line. */
export function capText(text: string, max: number): string {
  const line = text.replace(/[\r\n\u2028\u2029]+/g, ' ');
  const chars = [...line];
  if (chars.length <= max) return line;
  const half = Math.floor((max - 1) / 2);
  return `${chars.slice(0, half).join('')}…${chars.slice(chars.length - (max - 1 - half)).join('')}`;
}

/** A problem as it is shown: its path and message each of bounded length, on one line. */
export function shownProblem(problem: CaseFileProblem): CaseFileProblem {
  return {
    path: capText(problem.path, MAX_PATH_LENGTH),
    message: capText(problem.message, MAX_MESSAGE_LENGTH),
    at: problem.at,
  };
}

/** One line for a person: the first problem, and how many more there are. */
export function describeProblems(problems: readonly CaseFileProblem[]): string {
  const [first, ...rest] = problems;
  if (!first) return 'the case file is not valid';
  const shown = shownProblem(first);
  const more =
    rest.length === 0 ? '' : ` (and ${rest.length} more problem${rest.length === 1 ? '' : 's'})`;
  return `${shown.path}: ${shown.message}${more}`;
}
