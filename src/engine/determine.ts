import {
  ITEM_IDS,
  POLICY,
  REFERRALS,
  TRIAL_WAIVER_REASONS,
  WAIVED_BY_TRIAL_WAIVER,
  type ItemId,
  type ReferralPolicy,
} from '../policy';
import { standingOf, type Answer } from './answers';
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

function reasonFor(
  outcome: Outcome,
  file: CaseFile,
  failing: readonly ItemId[],
  missing: readonly ItemId[],
  undecided: readonly PathFact[],
): string {
  switch (outcome) {
    case 'out_of_scope': {
      const referral = file.drug === 'baclofen' ? REFERRALS['LA.PHAR.149'] : REFERRALS['LA.CP.MP.107'];
      return file.drug === 'baclofen'
        ? `Baclofen is reviewed under ${referral.number} ${referral.title}, not ${POLICY.number}.`
        : `${POLICY.number} covers an opioid, alone or with non-opioid drugs; other drugs and indications are reviewed under ${referral.number} ${referral.title}.`;
    }
    case 'not_met':
      return `${plural(failing.length, 'required item is', 'required items are')} not satisfied: ${listIds(failing)}.`;
    case 'incomplete': {
      const parts: string[] = [];
      if (undecided.length > 0) parts.push(`not yet recorded: ${undecided.map((f) => FACT_WORDS[f]).join('; ')}`);
      if (missing.length > 0)
        parts.push(`${plural(missing.length, 'required item is', 'required items are')} not documented: ${listIds(missing)}`);
      return `Nothing fails, but ${parts.join('; and ')}.`;
    }
    case 'medical_director_review': {
      const why = file.trialWaiver ? TRIAL_WAIVER_REASONS[file.trialWaiver].toLowerCase() : 'a waiver';
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

/**
 * The determination for a case, by DESIGN.md's rules, first match wins:
 * out of scope, not met, incomplete, medical director review (malignant implant with a trial
 * waiver), meets criteria. Answers to items the request does not need are kept but do not count.
 */
export function determine(file: CaseFile, options: DetermineOptions = {}): Determination {
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

  const required = outOfScope ? new Set<ItemId>() : new Set<ItemId>(requiredItems(request, indication));
  const failing: ItemId[] = [];
  const missing: ItemId[] = [];
  const waived: ItemId[] = [];
  const items: ItemTrace[] = [];
  const answers = file.answers;

  for (const id of ITEM_IDS) {
    const answer = answers[id] ?? null;
    let status: ItemStatus;
    if (waiver !== undefined && id === WAIVED_BY_TRIAL_WAIVER) {
      status = 'waived';
      waived.push(id);
    } else if (!required.has(id)) {
      status = 'not_required';
    } else {
      const standing = standingOf(answer ?? undefined);
      if (standing === 'satisfies') status = 'satisfied';
      else if (standing === 'fails') {
        status = 'failing';
        failing.push(id);
      } else {
        status = 'missing';
        missing.push(id);
      }
    }
    items.push({ id, required: status !== 'not_required' && status !== 'waived', answer, status });
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

  return {
    policy: POLICY.number,
    revision: POLICY.revision,
    outcome,
    ...(outcome === 'out_of_scope'
      ? { referral: file.drug === 'baclofen' ? ('LA.PHAR.149' as const) : ('LA.CP.MP.107' as const) }
      : {}),
    reason: reasonFor(outcome, file, failing, missing, undecided),
    request: request ?? null,
    drug: file.drug ?? null,
    indication: indication ?? null,
    trialWaiver: waiver ?? null,
    undecided,
    failing,
    missing,
    waived,
    items,
    codes: codeFindings(file.codes, memberAge),
    reviewDate,
    reviewDateSource: file.reviewDate === undefined ? 'today' : 'case',
    memberAge: memberAge ?? null,
    ...(receivedMs === undefined ? {} : { dueBy: dueBy(receivedMs, file.urgency ?? 'standard') }),
  };
}
