import {
  ITEM_IDS,
  POLICY,
  REFERRALS,
  TRIAL_WAIVER_REASONS,
  WAIVED_BY_TRIAL_WAIVER,
  type ItemId,
  type ReferralPolicy,
} from '../policy';
import { ALL_ANSWERS, standingOf, type Answer } from './answers';
import type { CaseFile, Drug, Indication, Request, TrialWaiver } from './case-file';
import { codeFindings, type CodeFinding } from './code-findings';
import { ageOn, dueBy, parseIsoDate, parseIsoDateTime, todayIso } from './dates';
import { requiredItems } from './required-items';

export const OUTCOMES = [
  'out_of_scope',
  'not_met',
  'incomplete',
  'medical_director_review',
  'meets_criteria',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const OUTCOME_LABELS: Readonly<Record<Outcome, string>> = {
  out_of_scope: 'Out of scope: refer to another policy',
  not_met: 'Criteria not met: refer to a medical director',
  incomplete: 'Incomplete: documentation needed',
  medical_director_review: 'Medical director review: trial waiver',
  meets_criteria: 'Meets criteria',
};

/** How one item stands in this request. */
export type ItemStatus = 'satisfied' | 'failing' | 'missing' | 'waived' | 'not_required';

export interface ItemTrace {
  readonly id: ItemId;
  readonly required: boolean;
  /** The answer given, or null when none was. */
  readonly answer: Answer | null;
  readonly status: ItemStatus;
}

/** A fact about the request that decides which items it needs. */
export type PathFact = 'drug' | 'request' | 'indication';

export interface Determination {
  readonly policy: typeof POLICY.number;
  readonly revision: typeof POLICY.revision;
  readonly outcome: Outcome;
  readonly referral?: ReferralPolicy;
  /** One sentence saying why. */
  readonly reason: string;
  readonly request: Request | null;
  readonly drug: Drug | null;
  readonly indication: Indication | null;
  readonly trialWaiver: TrialWaiver | null;
  /** Facts about the request not yet recorded; each keeps the review incomplete. */
  readonly undecided: readonly PathFact[];
  readonly failing: readonly ItemId[];
  readonly missing: readonly ItemId[];
  readonly waived: readonly ItemId[];
  /** Every item of the policy, in policy order. */
  readonly items: readonly ItemTrace[];
  readonly codes: readonly CodeFinding[];
  readonly reviewDate: string;
  /** "case" when the file gives the review date, "today" when today's date stood in for it. */
  readonly reviewDateSource: 'case' | 'today';
  /** Whole years on the review date, when the date of birth is known. */
  readonly memberAge: number | null;
  /** When a decision is due, in the plan's time zone, when the time received is known. */
  readonly dueBy?: string;
}

export interface DetermineOptions {
  /** Today's date (YYYY-MM-DD), used when the case gives no review date. Defaults to the clock. */
  readonly today?: string;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function listIds(ids: readonly string[]): string {
  return ids.join(', ');
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

const FACT_WORDS: Readonly<Record<PathFact, string>> = {
  drug: 'the drug',
  request: 'whether this is a trial or an implant',
  indication: 'whether the pain is of malignant or non-malignant origin',
};

// A reason that depends on one word of the case only (the drug, the request, the waiver) is
// written once for each word and reused.
const fixedReasons = new Map<string, string>();

function fixedReason(key: string, write: () => string): string {
  let reason = fixedReasons.get(key);
  if (reason === undefined) {
    reason = write();
    fixedReasons.set(key, reason);
  }
  return reason;
}

function reasonFor(
  outcome: Outcome,
  file: CaseFile,
  failing: readonly ItemId[],
  missing: readonly ItemId[],
  undecided: readonly PathFact[],
): string {
  switch (outcome) {
    case 'out_of_scope':
      return fixedReason(`out_of_scope ${file.drug === 'baclofen'}`, () =>
        writeReason(outcome, file, failing, missing, undecided),
      );
    case 'medical_director_review':
      // writeReason throws for a waiver other than the three (or none): a handful of entries at most.
      return fixedReason(`medical_director_review ${file.trialWaiver ?? ''}`, () =>
        writeReason(outcome, file, failing, missing, undecided),
      );
    case 'meets_criteria':
      return fixedReason(`meets_criteria ${file.request === 'implant'}`, () =>
        writeReason(outcome, file, failing, missing, undecided),
      );
    default:
      return writeReason(outcome, file, failing, missing, undecided);
  }
}

function writeReason(
  outcome: Outcome,
  file: CaseFile,
  failing: readonly ItemId[],
  missing: readonly ItemId[],
  undecided: readonly PathFact[],
): string {
  switch (outcome) {
    case 'out_of_scope': {
      const referral =
        file.drug === 'baclofen' ? REFERRALS['LA.PHAR.149'] : REFERRALS['LA.CP.MP.107'];
      return file.drug === 'baclofen'
        ? `Baclofen is reviewed under ${referral.number} ${referral.title}, not ${POLICY.number}.`
        : `${POLICY.number} covers an opioid, alone or with non-opioid drugs; other drugs and indications are reviewed under ${referral.number} ${referral.title}.`;
    }
    case 'not_met':
      return `${plural(failing.length, 'required item is', 'required items are')} not satisfied: ${listIds(failing)}.`;
    case 'incomplete': {
      const parts: string[] = [];
      if (undecided.length > 0)
        parts.push(`not yet recorded: ${undecided.map((f) => FACT_WORDS[f]).join('; ')}`);
      if (missing.length > 0)
        parts.push(
          `${plural(missing.length, 'required item is', 'required items are')} not documented: ${listIds(missing)}`,
        );
      return `Nothing fails, but ${parts.join('; and ')}.`;
    }
    case 'medical_director_review': {
      const why = file.trialWaiver
        ? TRIAL_WAIVER_REASONS[file.trialWaiver].toLowerCase()
        : 'a waiver';
      return `Every other requirement is met; the trial (${WAIVED_BY_TRIAL_WAIVER}) is waived for pain of malignant origin (${why}), which a medical director reviews case by case.`;
    }
    case 'meets_criteria':
      return `Every required criterion for ${file.request === 'implant' ? 'a permanent implant' : 'a preliminary trial'} is met and no contraindication is present.`;
    default: {
      const unreachable: never = outcome;
      return unreachable;
    }
  }
}

// The item traces. A trace depends only on the item, its answer and its status, and it is
// read-only, so each is made once, frozen and shared between determinations: a determination
// builds a list of 34 references rather than 34 objects.

interface TraceChoices {
  /** How the answer stands, when the item is required. */
  readonly standing: ReturnType<typeof standingOf>;
  readonly required: ItemTrace;
  readonly notRequired: ItemTrace;
  readonly waived: ItemTrace;
}

function trace(id: ItemId, answer: Answer | null, status: ItemStatus): ItemTrace {
  return Object.freeze({
    id,
    required: status !== 'not_required' && status !== 'waived',
    answer,
    status,
  });
}

function requiredStatus(standing: ReturnType<typeof standingOf>): ItemStatus {
  return standing === 'satisfies' ? 'satisfied' : standing === 'fails' ? 'failing' : 'missing';
}

// An answer outside the vocabulary can reach determine() only from a caller that skipped the
// case-file schema; it gets choices of its own, as before the traces were shared.
function choicesOf(id: ItemId, answer: Answer | null): TraceChoices {
  const standing = standingOf(answer ?? undefined);
  return {
    standing,
    required: trace(id, answer, requiredStatus(standing)),
    notRequired: trace(id, answer, 'not_required'),
    waived: trace(id, answer, 'waived'),
  };
}

/** The answers, told apart by their first letter: met, not_met, absent, present, unknown. */
function answerNumber(answer: string): number {
  switch (answer.charCodeAt(0)) {
    case 109: // m
      return answer === 'met' ? 0 : -1;
    case 110: // n
      return answer === 'not_met' ? 1 : -1;
    case 97: // a
      return answer === 'absent' ? 2 : -1;
    case 112: // p
      return answer === 'present' ? 3 : -1;
    case 117: // u
      return answer === 'unknown' ? 4 : -1;
    default:
      return -1;
  }
}

const ANSWER_COUNT = ALL_ANSWERS.length;

/** Each item's choices with no answer, in policy order. */
const UNANSWERED: readonly TraceChoices[] = ITEM_IDS.map((id) => choicesOf(id, null));

/** Each item's choices for each answer: item index × 5 + answerNumber(answer). */
const ANSWERED: readonly TraceChoices[] = ITEM_IDS.flatMap((id) =>
  ALL_ANSWERS.map((answer, n) => {
    if (answerNumber(answer) !== n) throw new Error(`answerNumber does not know ${answer}`);
    return choicesOf(id, answer);
  }),
);

const WAIVED_INDEX = ITEM_IDS.indexOf(WAIVED_BY_TRIAL_WAIVER);
const ITEM_INDEX: ReadonlyMap<string, number> = new Map(ITEM_IDS.map((id, index) => [id, index]));
const NO_OPTIONS: DetermineOptions = {};
// Each item's choices for this case. Reused by every call (determine() runs to the end without
// calling out) and set afresh for all 34 items at the start of each.
const caseChoices: TraceChoices[] = [...UNANSWERED];
const NOTHING_REQUIRED: readonly boolean[] = ITEM_IDS.map(() => false);

// Which items are required, by request (none, trial, implant) and indication (none, malignant,
// non-malignant), as flags in policy order: made from requiredItems() once per path.
const requiredByPath: (readonly boolean[] | undefined)[] = [];

function requiredFlags(
  request: Request | undefined,
  indication: Indication | undefined,
): readonly boolean[] {
  // requiredSections reads any indication other than malignant, when given, as non-malignant,
  // and a request that is neither trial nor implant as none.
  const r = request === 'trial' ? 1 : request === 'implant' ? 2 : 0;
  const i = !indication ? 0 : indication === 'malignant' ? 1 : 2;
  let flags = requiredByPath[r * 3 + i];
  if (!flags) {
    const required = new Set<ItemId>(requiredItems(request, indication));
    flags = ITEM_IDS.map((id) => required.has(id));
    requiredByPath[r * 3 + i] = flags;
  }
  return flags;
}

/**
 * The determination for a case, by DESIGN.md's rules, first match wins:
 * out of scope, not met, incomplete, medical director review (malignant implant with a trial
 * waiver), meets criteria. Answers to items the request does not need are kept but do not count.
 */
export function determine(file: CaseFile, options: DetermineOptions = NO_OPTIONS): Determination {
  const request = file.request;
  const indication = file.indication;
  const outOfScope = file.drug === 'baclofen' || file.drug === 'other';

  // II Note: for malignant pain the medical director may waive the trial; then II.A.1.a, the
  // trial's result, is not required and every other item still is.
  const waiver =
    file.trialWaiver !== undefined && request === 'implant' && indication === 'malignant'
      ? file.trialWaiver
      : undefined;

  const undecided: PathFact[] = [];
  if (!outOfScope) {
    if (file.drug === undefined) undecided.push('drug');
    if (request === undefined) undecided.push('request');
    if (indication === undefined) undecided.push('indication');
  }

  const required = outOfScope ? NOTHING_REQUIRED : requiredFlags(request, indication);
  const failing: ItemId[] = [];
  const missing: ItemId[] = [];
  const waived: ItemId[] = [];

  // Each item's trace choices, by its answer. A case answers some of the 34 items: going through
  // the answers it has costs less than asking it for each of the 34.
  const choices = caseChoices;
  for (let index = 0; index < ITEM_IDS.length; index++)
    choices[index] = UNANSWERED[index] as TraceChoices;
  const answers = file.answers;
  for (const key in answers) {
    const index = ITEM_INDEX.get(key);
    if (index === undefined) continue;
    const answer = answers[key as ItemId];
    if (answer === undefined || answer === null) continue;
    const n = answerNumber(answer);
    choices[index] =
      n < 0
        ? choicesOf(key as ItemId, answer)
        : (ANSWERED[index * ANSWER_COUNT + n] as TraceChoices);
  }

  const items: ItemTrace[] = new Array<ItemTrace>(ITEM_IDS.length);
  for (let index = 0; index < ITEM_IDS.length; index++) {
    const id = ITEM_IDS[index] as ItemId;
    const choice = choices[index] as TraceChoices;
    if (waiver !== undefined && index === WAIVED_INDEX) {
      items[index] = choice.waived;
      waived.push(id);
    } else if (!required[index]) {
      items[index] = choice.notRequired;
    } else {
      items[index] = choice.required;
      if (choice.standing === 'fails') failing.push(id);
      else if (choice.standing !== 'satisfies') missing.push(id);
    }
  }

  let outcome: Outcome;
  if (outOfScope) outcome = 'out_of_scope';
  else if (failing.length > 0) outcome = 'not_met';
  else if (missing.length > 0 || undecided.length > 0) outcome = 'incomplete';
  else if (waiver !== undefined) outcome = 'medical_director_review';
  else outcome = 'meets_criteria';

  const reviewDate = file.reviewDate ?? options.today ?? todayIso(Date.now());
  const birth = file.member?.dateOfBirth ? parseIsoDate(file.member.dateOfBirth) : undefined;
  const on = parseIsoDate(reviewDate);
  const age = birth && on ? ageOn(birth, on) : undefined;
  const memberAge = age !== undefined && age >= 0 ? age : undefined;
  const receivedMs = file.receivedAt === undefined ? undefined : parseIsoDateTime(file.receivedAt);

  const reason = reasonFor(outcome, file, failing, missing, undecided);
  const codes = codeFindings(file.codes, memberAge);
  const reviewDateSource = file.reviewDate === undefined ? 'today' : 'case';
  // Written out field by field, in the order the command line prints them (JSON.stringify keeps
  // insertion order): referral only when out of scope, dueBy only when the time received is known.
  const determination: Mutable<Determination> =
    outcome === 'out_of_scope'
      ? {
          policy: POLICY.number,
          revision: POLICY.revision,
          outcome,
          referral: file.drug === 'baclofen' ? 'LA.PHAR.149' : 'LA.CP.MP.107',
          reason,
          request: request ?? null,
          drug: file.drug ?? null,
          indication: indication ?? null,
          trialWaiver: waiver ?? null,
          undecided,
          failing,
          missing,
          waived,
          items,
          codes,
          reviewDate,
          reviewDateSource,
          memberAge: memberAge ?? null,
        }
      : {
          policy: POLICY.number,
          revision: POLICY.revision,
          outcome,
          reason,
          request: request ?? null,
          drug: file.drug ?? null,
          indication: indication ?? null,
          trialWaiver: waiver ?? null,
          undecided,
          failing,
          missing,
          waived,
          items,
          codes,
          reviewDate,
          reviewDateSource,
          memberAge: memberAge ?? null,
        };
  if (receivedMs !== undefined) determination.dueBy = dueBy(receivedMs, file.urgency ?? 'standard');
  return determination;
}
