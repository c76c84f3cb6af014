import { ITEM_IDS, ITEMS, POLICY } from '../policy';
import { CONTRAINDICATION_ANSWERS, CRITERION_ANSWERS } from './answers';
import type { CaseFile } from './case-file';
import {
  CODE_PATTERN,
  DRUGS,
  HIDDEN_IN_IDENTIFIER,
  INDICATIONS,
  LIMITS,
  REQUESTS,
  STATUSES,
  TRIAL_WAIVERS,
  URGENCIES,
} from './case-file-words';
import { compareIsoDates, isIsoDate, isIsoDateTime } from './dates';

// The case-file schema (case-file.ts, zod) builds a result object per field and per item for
// every file, and that was the largest cost of a line of `evaluate --jsonl`. Most files are
// valid, so this hand-written check goes first. It ACCEPTS only what the schema surely accepts,
// and then returns the value the schema would return: the same fields, in the schema's order
// (answers and notes in policy order), `answers` as {} when the file has none. Anything else it
// DECLINES (returns undefined), and the schema decides and words the problems.
// fast-parse.test.ts holds the two together over valid, broken and arbitrary inputs.
//
// It declines, rather than judges, whatever is not plain data as JSON.parse makes it: objects
// whose prototype is not Object.prototype, properties that are not enumerable or not own (with
// Object.prototype left as the language defines it), symbol keys in answers and notes, a field
// present with the value undefined, and text longer than its limit in UTF-16 units (the schema
// counts characters, and decides those).

type Plain = { readonly [key: string]: unknown };

function isPlainObject(value: unknown): value is Plain {
  return (
    typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype
  );
}

/**
 * Whether every own string-keyed property of an object is one of the `count` keys for…in gave,
 * so none is hidden from for…in. (The schema passes over symbol keys, and so may this.)
 */
function onlyEnumerableOwn(value: object, count: number): boolean {
  return Object.getOwnPropertyNames(value).length === count;
}

function isOneOf(value: unknown, words: readonly string[]): boolean {
  return typeof value === 'string' && words.includes(value);
}

function isText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

const ITEM_INDEX: ReadonlyMap<string, number> = new Map(ITEM_IDS.map((id, index) => [id, index]));
const ANSWERS_OF_ITEM: readonly (readonly string[])[] = ITEMS.map((item) =>
  item.kind === 'criterion' ? CRITERION_ANSWERS : CONTRAINDICATION_ANSWERS,
);

/**
 * A map from item ID to a value (answers, notes), copied in policy order; undefined when it is
 * not plain data or when a key is not an item or a value fails `valid`.
 */
function itemMap(
  value: unknown,
  valid: (index: number, entry: unknown) => boolean,
): Record<string, unknown> | undefined {
  if (!isPlainObject(value)) return undefined;
  let count = 0;
  let last = -1;
  let inOrder = true;
  for (const key in value) {
    const index = ITEM_INDEX.get(key);
    if (index === undefined || !valid(index, value[key])) return undefined;
    count += 1;
    if (index < last) inOrder = false;
    last = index;
  }
  if (!onlyEnumerableOwn(value, count)) return undefined;
  // A copy by spreading keeps the object's fast properties (V8): one built key by key turns into
  // a dictionary past 16 keys, and determine() reads every answer. Spreading would copy symbol
  // keys too, which the schema leaves out.
  if (inOrder) return Object.getOwnPropertySymbols(value).length === 0 ? { ...value } : undefined;
  // The schema writes the items in policy order, whatever the order of the file.
  const entries: [string, unknown][] = [];
  for (const id of ITEM_IDS) if (Object.hasOwn(value, id)) entries.push([id, value[id]]);
  return Object.fromEntries(entries);
}

const validAnswer = (index: number, entry: unknown): boolean =>
  isOneOf(entry, ANSWERS_OF_ITEM[index] as readonly string[]);
const validNote = (_index: number, entry: unknown): boolean => isText(entry, LIMITS.noteLength);

function codeList(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || value.length > LIMITS.codes) return undefined;
  const codes: string[] = [];
  for (let i = 0; i < value.length; i++) {
    const code: unknown = value[i];
    if (typeof code !== 'string' || !CODE_PATTERN.test(code)) return undefined;
    codes.push(code);
  }
  return codes;
}

/**
 * A small object of optional names and identifiers (member, provider, reviewer), copied in the
 * order of `fields`; `dateField`, when given, is a date rather than text.
 */
function textFields(
  value: unknown,
  fields: readonly string[],
  dateField?: string,
): Record<string, string> | undefined {
  if (!isPlainObject(value)) return undefined;
  let count = 0;
  for (const key in value) {
    if (!fields.includes(key)) return undefined;
    const entry = value[key];
    if (
      key === dateField
        ? !(typeof entry === 'string' && isIsoDate(entry))
        : !isText(entry, LIMITS.textLength) || HIDDEN_IN_IDENTIFIER.test(entry)
    )
      return undefined;
    count += 1;
  }
  if (!onlyEnumerableOwn(value, count)) return undefined;
  const out: Record<string, string> = {};
  for (const field of fields) {
    const entry = value[field];
    if (entry !== undefined) out[field] = entry as string;
  }
  return out;
}

const MEMBER_FIELDS = ['name', 'id', 'dateOfBirth'] as const;
const PROVIDER_FIELDS = ['name', 'npi'] as const;
const REVIEWER_FIELDS = ['name'] as const;

/** The fields of a case file, in the schema's order. */
const FIELDS = [
  'policy',
  'request',
  'drug',
  'indication',
  'trialWaiver',
  'answers',
  'notes',
  'codes',
  'member',
  'provider',
  'reviewer',
  'reviewDate',
  'urgency',
  'receivedAt',
  'status',
] as const;
type Field = (typeof FIELDS)[number];
const FIELD_SET: ReadonlySet<string> = new Set(FIELDS);

/**
 * The case file the schema would make of `input`, when it surely accepts it; otherwise
 * undefined, and the schema is to decide. Never throws on plain data.
 */
export function fastParseCaseFile(input: unknown): CaseFile | undefined {
  if (!isPlainObject(input)) return undefined;
  let count = 0;
  for (const key in input) {
    // An unknown field (the schema refuses it), or one present as undefined (the schema keeps it).
    if (!FIELD_SET.has(key) || input[key] === undefined) return undefined;
    count += 1;
  }
  if (!onlyEnumerableOwn(input, count)) return undefined;
  const field = input as { readonly [K in Field]?: unknown };

  if (field.policy !== POLICY.number) return undefined;
  const { request, drug, indication, trialWaiver, urgency, status, reviewDate, receivedAt } = field;
  if (request !== undefined && !isOneOf(request, REQUESTS)) return undefined;
  if (drug !== undefined && !isOneOf(drug, DRUGS)) return undefined;
  if (indication !== undefined && !isOneOf(indication, INDICATIONS)) return undefined;
  if (trialWaiver !== undefined) {
    // II Note: a trial waiver only for an implant for pain of malignant origin.
    if (!isOneOf(trialWaiver, TRIAL_WAIVERS)) return undefined;
    if (request !== 'implant' || indication !== 'malignant') return undefined;
  }
  if (urgency !== undefined && !isOneOf(urgency, URGENCIES)) return undefined;
  if (status !== undefined && !isOneOf(status, STATUSES)) return undefined;
  if (reviewDate !== undefined && !(typeof reviewDate === 'string' && isIsoDate(reviewDate)))
    return undefined;
  if (receivedAt !== undefined && !(typeof receivedAt === 'string' && isIsoDateTime(receivedAt)))
    return undefined;

  const answers = field.answers === undefined ? {} : itemMap(field.answers, validAnswer);
  if (answers === undefined) return undefined;
  let notes: Record<string, unknown> | undefined;
  if (field.notes !== undefined && (notes = itemMap(field.notes, validNote)) === undefined)
    return undefined;
  let codes: string[] | undefined;
  if (field.codes !== undefined && (codes = codeList(field.codes)) === undefined) return undefined;
  let member: Record<string, string> | undefined;
  if (
    field.member !== undefined &&
    (member = textFields(field.member, MEMBER_FIELDS, 'dateOfBirth')) === undefined
  )
    return undefined;
  let provider: Record<string, string> | undefined;
  if (
    field.provider !== undefined &&
    (provider = textFields(field.provider, PROVIDER_FIELDS)) === undefined
  )
    return undefined;
  let reviewer: Record<string, string> | undefined;
  if (
    field.reviewer !== undefined &&
    (reviewer = textFields(field.reviewer, REVIEWER_FIELDS)) === undefined
  )
    return undefined;
  // A member is not born after the review date.
  const dateOfBirth = member?.dateOfBirth;
  if (
    dateOfBirth !== undefined &&
    typeof reviewDate === 'string' &&
    compareIsoDates(dateOfBirth, reviewDate) > 0
  )
    return undefined;

  // The schema's order of fields; absent ones left out.
  const out: Record<string, unknown> = { policy: POLICY.number };
  if (request !== undefined) out.request = request;
  if (drug !== undefined) out.drug = drug;
  if (indication !== undefined) out.indication = indication;
  if (trialWaiver !== undefined) out.trialWaiver = trialWaiver;
  out.answers = answers;
  if (notes !== undefined) out.notes = notes;
  if (codes !== undefined) out.codes = codes;
  if (member !== undefined) out.member = member;
  if (provider !== undefined) out.provider = provider;
  if (reviewer !== undefined) out.reviewer = reviewer;
  if (reviewDate !== undefined) out.reviewDate = reviewDate;
  if (urgency !== undefined) out.urgency = urgency;
  if (receivedAt !== undefined) out.receivedAt = receivedAt;
  if (status !== undefined) out.status = status;
  return out as CaseFile;
}
