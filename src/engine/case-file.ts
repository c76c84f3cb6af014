import * as z from 'zod/mini';
import { ITEMS, POLICY, type ItemId } from '../policy';
import { CONTRAINDICATION_ANSWERS, CRITERION_ANSWERS, type Answer } from './answers';
import {
  CODE_PATTERN,
  DRUGS,
  FIELD_LABELS,
  INDICATIONS,
  LIMITS,
  REQUESTS,
  STATUSES,
  TRIAL_WAIVERS,
  URGENCIES,
  type TrialWaiverGround,
} from './case-file-words';
import { formatPath, type CaseFileProblem, type CaseFileResult } from './case-file-problems';
import { normalizeCode } from './code-findings';
import { compareIsoDates } from './dates';
import {
  identifier,
  isoDate,
  isoDateTime,
  MUST_BE_OBJECT,
  oneOf,
  quoteList,
  recorded,
  text,
} from './case-file-fields';
import { parseJsonText } from './json-text';
import { REVIEW_RECORD_SHAPE } from './review-record';

export {
  describeProblems,
  formatPath,
  type CaseFileProblem,
  type CaseFileResult,
} from './case-file-problems';
export * from './case-file-words';

// The app's Content-Security-Policy forbids evaluating strings as code. zod/mini never compiles
// validators with `new Function`; jitless keeps any zod build that could from trying.
z.config({ jitless: true });

// The case file: one review as a JSON document (DESIGN.md, "The case file"). This schema is the
// one description of its shape: the CaseFile type, the import, the command line and the form all
// read it. Strict: a field or item ID that the format does not know is refused, never silently
// dropped. Every message names what is wrong and never quotes the value (it may be patient data).

// One answer per item, in that item's vocabulary: an indication or a criterion is met / not_met
// / unknown, a contraindication absent / present / unknown. No answer (or null) is unanswered.
const answerShape = Object.fromEntries(
  ITEMS.map((item) => [
    item.id,
    recorded(
      item.kind === 'contraindication'
        ? z.enum(CONTRAINDICATION_ANSWERS, {
            error: 'a contraindication is absent, present or unknown',
          })
        : z.enum(CRITERION_ANSWERS, {
            error: `${item.kind === 'indication' ? 'an indication' : 'a criterion'} is met, not_met or unknown`,
          }),
    ),
  ]),
) as unknown as {
  [K in ItemId]: z.ZodMiniOptional<z.ZodMiniType<Answer | undefined, Answer | null | undefined>>;
};

const noteShape = Object.fromEntries(
  ITEMS.map((item) => [item.id, recorded(text(LIMITS.noteLength))]),
) as unknown as {
  [K in ItemId]: z.ZodMiniOptional<z.ZodMiniType<string | undefined, string | null | undefined>>;
};

const code = z.string({ error: 'must be a code as text, e.g. "62350"' }).check(
  z.regex(CODE_PATTERN, {
    error: 'a code is letters and digits, e.g. 62350 or E0783',
  }),
);

// II Note: the provider asks that the trial be waived, on one ground or more. Files written
// before a request could name several hold one ground as a string; both read as a list, in the
// Note's order, each ground once. An empty list asks for nothing.
const ground = oneOf(TRIAL_WAIVERS);
const trialWaiver = z.pipe(
  z.union([ground, z.array(ground, { error: 'must be a list of grounds' })], {
    error: `must be a ground (${quoteList(TRIAL_WAIVERS)}) or a list of them`,
  }),
  z.transform((value): TrialWaiverGround[] | undefined => {
    const asked: readonly string[] = typeof value === 'string' ? [value] : value;
    const grounds = TRIAL_WAIVERS.filter((g) => asked.includes(g));
    return grounds.length > 0 ? grounds : undefined;
  }),
);

/** The case file's words for a date of birth after the review date or the date of service. */
export function birthAfterWords(field: 'reviewDate' | 'serviceDate'): string {
  return `is after the ${FIELD_LABELS[field].toLowerCase()}`;
}

/** The case file's zod schema: what a case file may hold, and the words of a refusal. */
export const caseFileSchema = z
  .strictObject(
    {
      policy: z.literal(POLICY.number, { error: `must be "${POLICY.number}"` }),
      request: recorded(oneOf(REQUESTS)),
      drug: recorded(oneOf(DRUGS)),
      indication: recorded(oneOf(INDICATIONS)),
      trialWaiver: recorded(trialWaiver),
      answers: z._default(
        z.pipe(
          z.nullable(z.strictObject(answerShape, MUST_BE_OBJECT)),
          z.transform((answers) => answers ?? {}),
        ),
        {},
      ),
      notes: recorded(z.strictObject(noteShape, MUST_BE_OBJECT)),
      // Each code as it is looked up (trimmed, upper-cased), once: " e0783" is E0783 everywhere,
      // in the codes step's table as in the determination.
      codes: recorded(
        z.pipe(
          z
            .array(code, { error: 'must be a list of codes' })
            .check(z.maxLength(LIMITS.codes, { error: `must list at most ${LIMITS.codes} codes` })),
          z.transform((codes) => [...new Set(codes.map(normalizeCode))]),
        ),
      ),
      member: recorded(
        z.strictObject(
          {
            name: recorded(identifier(LIMITS.textLength)),
            id: recorded(identifier(LIMITS.textLength)),
            dateOfBirth: recorded(isoDate),
          },
          MUST_BE_OBJECT,
        ),
      ),
      provider: recorded(
        z.strictObject(
          {
            name: recorded(identifier(LIMITS.textLength)),
            npi: recorded(identifier(LIMITS.textLength)),
          },
          MUST_BE_OBJECT,
        ),
      ),
      reviewer: recorded(
        z.strictObject({ name: recorded(identifier(LIMITS.textLength)) }, MUST_BE_OBJECT),
      ),
      reviewDate: recorded(isoDate),
      serviceDate: recorded(isoDate),
      urgency: recorded(oneOf(URGENCIES)),
      receivedAt: recorded(isoDateTime),
      status: recorded(oneOf(STATUSES)),
      // ---- The record of a review (DESIGN.md, "The record of a review") ----
      ...REVIEW_RECORD_SHAPE,
    },
    { error: 'a case file is a JSON object' },
  )
  .check(
    z.superRefine((file, ctx) => {
      // II Note: the trial requirement may be waived only for an implant for pain of malignant
      // origin.
      if (
        file.trialWaiver !== undefined &&
        !(file.request === 'implant' && file.indication === 'malignant')
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['trialWaiver'],
          message:
            'a trial waiver request applies only to an implant request for pain of malignant origin',
          input: file.trialWaiver,
        });
      }
      const dateOfBirth = file.member?.dateOfBirth;
      if (dateOfBirth === undefined) return;
      for (const field of ['reviewDate', 'serviceDate'] as const) {
        const date = file[field];
        if (date !== undefined && compareIsoDates(dateOfBirth, date) > 0) {
          ctx.addIssue({
            code: 'custom',
            path: ['member', 'dateOfBirth'],
            message: birthAfterWords(field),
            input: dateOfBirth,
          });
        }
      }
    }),
  );

export type CaseFile = z.infer<typeof caseFileSchema>;
export type CaseFileInput = z.input<typeof caseFileSchema>;
export type Answers = CaseFile['answers'];

const ITEM_MAPS = new Set(['answers', 'notes', 'sources']);

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
  const result = caseFileSchema.safeParse(input);
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
