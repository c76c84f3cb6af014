import * as z from 'zod/mini';
import { ITEMS, POLICY, type ItemId } from '../policy';
import { CONTRAINDICATION_ANSWERS, CRITERION_ANSWERS, type Answer } from './answers';
import {
  CODE_PATTERN,
  DRUGS,
  HIDDEN_IN_IDENTIFIER,
  HIDDEN_IN_IDENTIFIER_MESSAGE,
  INDICATIONS,
  LIMITS,
  REQUESTS,
  STATUSES,
  TRIAL_WAIVERS,
  URGENCIES,
} from './case-file-words';
import { formatPath, type CaseFileProblem, type CaseFileResult } from './case-file-problems';
import { compareIsoDates, isIsoDate, isIsoDateTime } from './dates';
import { fastParseCaseFile } from './fast-parse';
import { parseJsonText } from './json-text';

export {
  describeProblems,
  formatPath,
  type CaseFileProblem,
  type CaseFileResult,
} from './case-file-problems';

// The app's Content-Security-Policy forbids evaluating strings as code. zod/mini never compiles
// validators with `new Function`; jitless keeps any zod build that could from trying.
z.config({ jitless: true });

// The case file: one review as a JSON document (DESIGN.md, "The case file"). Strict: a field or
// item ID that the format does not know is refused, never silently dropped.

export {
  DRUGS,
  INDICATIONS,
  LIMITS,
  REQUESTS,
  STATUSES,
  TRIAL_WAIVERS,
  URGENCIES,
  withoutHiddenCharacters,
  type Drug,
  type Indication,
  type Request,
  type ReviewStatus,
  type TrialWaiver,
} from './case-file-words';

function quoteList(words: readonly string[]): string {
  const quoted = words.map((w) => `"${w}"`);
  return quoted.length <= 1
    ? quoted.join('')
    : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

function oneOf<const T extends readonly [string, ...string[]]>(words: T) {
  return z.enum(words, { error: `must be ${quoteList(words)}` });
}

function text(max: number) {
  return z
    .string({ error: 'must be text' })
    .check(z.maxLength(max, { error: `must be at most ${max} characters` }));
}

/** A name or an identifier: text with no invisible direction or control characters. */
function identifier(max: number) {
  return text(max).check(
    z.refine((value) => !HIDDEN_IN_IDENTIFIER.test(value), {
      error: HIDDEN_IN_IDENTIFIER_MESSAGE,
    }),
  );
}

/**
 * The schema is built when first asked for, not when the engine loads: most files pass the
 * hand-written check in fast-parse.ts, so the schema is needed only to word a refusal.
 */
function buildCaseFileSchema() {
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

  // One optional answer per item, in that item's vocabulary: a criterion is met / not_met /
  // unknown, a contraindication absent / present / unknown.
  const answerShape = Object.fromEntries(
    ITEMS.map((item) => [
      item.id,
      z.optional(
        z.enum(item.kind === 'criterion' ? CRITERION_ANSWERS : CONTRAINDICATION_ANSWERS, {
          error:
            item.kind === 'criterion'
              ? 'a criterion is met, not_met or unknown'
              : 'a contraindication is absent, present or unknown',
        }),
      ),
    ]),
  ) as unknown as { [K in ItemId]: z.ZodMiniOptional<z.ZodMiniType<Answer, Answer>> };

  const noteShape = Object.fromEntries(
    ITEMS.map((item) => [item.id, z.optional(text(LIMITS.noteLength))]),
  ) as unknown as { [K in ItemId]: z.ZodMiniOptional<z.ZodMiniType<string, string>> };

  const MUST_BE_OBJECT = { error: 'must be an object' };

  const codeSchema = z.string({ error: 'must be a code as text, e.g. "62350"' }).check(
    z.regex(CODE_PATTERN, {
      error: 'a code is letters and digits, e.g. 62350 or E0783',
    }),
  );

  return z
    .strictObject(
      {
        policy: z.literal(POLICY.number, { error: `must be "${POLICY.number}"` }),
        request: z.optional(oneOf(REQUESTS)),
        drug: z.optional(oneOf(DRUGS)),
        indication: z.optional(oneOf(INDICATIONS)),
        trialWaiver: z.optional(oneOf(TRIAL_WAIVERS)),
        answers: z._default(z.strictObject(answerShape, MUST_BE_OBJECT), {}),
        notes: z.optional(z.strictObject(noteShape, MUST_BE_OBJECT)),
        codes: z.optional(
          z
            .array(codeSchema, { error: 'must be a list of codes' })
            .check(z.maxLength(LIMITS.codes, { error: `must list at most ${LIMITS.codes} codes` })),
        ),
        member: z.optional(
          z.strictObject(
            {
              name: z.optional(identifier(LIMITS.textLength)),
              id: z.optional(identifier(LIMITS.textLength)),
              dateOfBirth: z.optional(isoDate),
            },
            MUST_BE_OBJECT,
          ),
        ),
        provider: z.optional(
          z.strictObject(
            {
              name: z.optional(identifier(LIMITS.textLength)),
              npi: z.optional(identifier(LIMITS.textLength)),
            },
            MUST_BE_OBJECT,
          ),
        ),
        reviewer: z.optional(
          z.strictObject({ name: z.optional(identifier(LIMITS.textLength)) }, MUST_BE_OBJECT),
        ),
        reviewDate: z.optional(isoDate),
        urgency: z.optional(oneOf(URGENCIES)),
        receivedAt: z.optional(isoDateTime),
        status: z.optional(oneOf(STATUSES)),
      },
      { error: 'a case file is a JSON object' },
    )
    .check(
      z.superRefine((file, ctx) => {
        // II Note: the trial may be waived only for an implant for pain of malignant origin.
        if (
          file.trialWaiver !== undefined &&
          !(file.request === 'implant' && file.indication === 'malignant')
        ) {
          ctx.addIssue({
            code: 'custom',
            path: ['trialWaiver'],
            message:
              'a trial waiver applies only to an implant request for pain of malignant origin',
            input: file.trialWaiver,
          });
        }
        const dateOfBirth = file.member?.dateOfBirth;
        if (
          dateOfBirth !== undefined &&
          file.reviewDate !== undefined &&
          compareIsoDates(dateOfBirth, file.reviewDate) > 0
        ) {
          ctx.addIssue({
            code: 'custom',
            path: ['member', 'dateOfBirth'],
            message: `is after the review date (${file.reviewDate})`,
            input: dateOfBirth,
          });
        }
      }),
    );
}

let schema: ReturnType<typeof buildCaseFileSchema> | undefined;

/** The case file's zod schema: what a case file may hold, and the words of a refusal. */
export function caseFileSchema(): ReturnType<typeof buildCaseFileSchema> {
  return (schema ??= buildCaseFileSchema());
}

export type CaseFile = z.output<ReturnType<typeof caseFileSchema>>;
export type CaseFileInput = z.input<ReturnType<typeof caseFileSchema>>;
export type Answers = CaseFile['answers'];

const ITEM_MAPS = new Set(['answers', 'notes']);

function keysOf(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((key) => (typeof key === 'number' ? key : String(key)));
}

function problemsOf(error: z.core.$ZodError): CaseFileProblem[] {
  const problems: CaseFileProblem[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const parent = issue.path[issue.path.length - 1];
      const inItemMap =
        issue.path.length === 1 && typeof parent === 'string' && ITEM_MAPS.has(parent);
      for (const key of issue.keys) {
        const at = [...keysOf(issue.path), key];
        problems.push({
          path: formatPath(at),
          message: inItemMap
            ? `not an item of ${POLICY.number}`
            : 'is not a field of the case file',
          at,
        });
      }
    } else {
      const at = keysOf(issue.path);
      problems.push({ path: formatPath(at), message: issue.message, at });
    }
  }
  return problems;
}

/** Validates a parsed JSON value as a case file. Never throws. */
export function parseCaseFile(input: unknown): CaseFileResult {
  // Most files are valid: a hand-written check takes those, with the value the schema would
  // give; anything it is not sure of goes to the schema, which also words the problems.
  const caseFile = fastParseCaseFile(input);
  if (caseFile !== undefined) return { ok: true, caseFile };
  const result = caseFileSchema().safeParse(input);
  return result.success
    ? { ok: true, caseFile: result.data }
    : { ok: false, problems: problemsOf(result.error) };
}

/**
 * Parses the text of a case file (JSON) and validates it. Never throws. A leading byte-order
 * mark is skipped; text that is not JSON is refused with where it goes wrong (line and column),
 * never with a quotation of the text, which may hold a patient's details.
 */
export function parseCaseFileText(textOfFile: string): CaseFileResult {
  const json = parseJsonText(textOfFile);
  return json.ok ? parseCaseFile(json.value) : { ok: false, problems: [json.problem] };
}
