import {
  EFFECTIVE_DATE,
  ITEM_IDS,
  POLICY,
  REFERRALS,
  WAIVED_BY_TRIAL_WAIVER,
  type ItemId,
  type ReferralPolicy,
} from '../policy';
import { type Answer } from './answers';
import {
  waiverGroundsInWords,
  type CaseFile,
  type Drug,
  type Indication,
  type Request,
  type TrialWaiverGround,
} from './case-file';
import { codeFindings, type CodeFinding } from './code-findings';
import { ageOn, compareIsoDates, dueBy, parseIsoDate, parseIsoDateTime, todayIso } from './dates';
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

/**
 * How one item stands in this request:
 * - satisfied: a criterion or indication met, a contraindication absent;
 * - failing: a criterion or indication not met, a contraindication present;
 * - not_documented: answered "Not documented" (a finding about the record);
 * - unanswered: nobody has answered it yet (the reviewer's unfinished work);
 * - waiver_requested: II.A.1.a, neither met nor not met, with a trial waiver request standing in;
 * - not_required: this request does not need it (an answer given is kept but does not count).
 */
export type ItemStatus =
  'satisfied' | 'failing' | 'not_documented' | 'unanswered' | 'waiver_requested' | 'not_required';

export interface ItemTrace {
  readonly id: ItemId;
  readonly required: boolean;
  /** The answer given, or null when none was. */
  readonly answer: Answer | null;
  readonly status: ItemStatus;
}

/** A fact about the request that decides which items it needs, and whether the policy applies. */
export type PathFact = 'drug' | 'request' | 'indication';

export interface Determination {
  readonly policy: typeof POLICY.number;
  readonly revision: typeof POLICY.revision;
  readonly outcome: Outcome;
  /** Present only when out of scope: the policy the request goes to, or null when none is named. */
  readonly referral?: ReferralPolicy | null;
  /** One or two sentences saying why. */
  readonly reason: string;
  /** Plain sentences a reviewer must read before relying on the outcome. */
  readonly warnings: readonly string[];
  readonly request: Request | null;
  readonly drug: Drug | null;
  readonly indication: Indication | null;
  /** The grounds of a trial waiver request (II Note), for a malignant implant; else null. */
  readonly trialWaiver: readonly TrialWaiverGround[] | null;
  /** Facts about the request not yet recorded; each keeps the review incomplete. */
  readonly undecided: readonly PathFact[];
  /** Required items not met, or contraindications present, in policy order. */
  readonly failing: readonly ItemId[];
  /** Required items without a deciding answer (not documented or unanswered), in policy order. */
  readonly missing: readonly ItemId[];
  /** The items of `missing` that nobody has answered. */
  readonly unanswered: readonly ItemId[];
  /** ['II.A.1.a'] when a trial waiver request stands in for the trial's result; else []. */
  readonly waiverRequested: readonly ItemId[];
  /** Every item of the policy, in policy order. */
  readonly items: readonly ItemTrace[];
  readonly codes: readonly CodeFinding[];
  readonly reviewDate: string;
  /** "case" when the file gives the review date, "today" when today's date stood in for it. */
  readonly reviewDateSource: 'case' | 'today';
  readonly serviceDate: string | null;
  /** Whole years on the date of service, or on the review date when none is recorded. */
  readonly memberAge: number | null;
  /** When a decision is due, in the plan's time zone, when the time received is known. */
  readonly dueBy?: string;
}

export interface DetermineOptions {
  /** Today's date (YYYY-MM-DD), used when the case gives no review date. Defaults to the clock. */
  readonly today?: string;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function list(ids: readonly string[]): string {
  return ids.join(', ');
}

const FACT_WORDS: Readonly<Record<PathFact, string>> = {
  drug: 'the drug',
  request: 'the request (a trial, an implant, or a pump already in place)',
  indication: 'the indication (chronic pain of malignant or non-malignant origin, or another)',
};

/** Why nothing is decided yet while a fact that sets the path is not recorded. */
export function undecidedReason(undecided: readonly PathFact[]): string {
  return `Not yet recorded: ${undecided.map((f) => FACT_WORDS[f]).join('; ')}. Any of them could still put the request outside ${POLICY.number}, so nothing is decided on criteria that may not apply.`;
}

/** The status an answer gives a required item. */
function statusOf(answer: Answer | null): ItemStatus {
  switch (answer) {
    case 'met':
    case 'absent':
      return 'satisfied';
    case 'not_met':
    case 'present':
      return 'failing';
    case 'unknown':
      return 'not_documented';
    case null:
      return 'unanswered';
    default: {
      const unreachable: never = answer;
      return unreachable;
    }
  }
}

/** Scope first (DESIGN.md, "The determination", rule 1): the first recorded fact, in order. */
function scopeOf(file: CaseFile): { referral: ReferralPolicy | null; reason: string } | undefined {
  if (file.drug === 'baclofen') {
    const to = REFERRALS['LA.PHAR.149'];
    return {
      referral: 'LA.PHAR.149',
      reason: `Baclofen is reviewed under ${to.number} ${to.title}, not ${POLICY.number}.`,
    };
  }
  if (file.drug === 'other') {
    return {
      referral: null,
      reason: `${POLICY.number} covers an opioid, alone or with non-opioid drugs; a drug that is neither an opioid nor baclofen is outside its scope, and the policy names no other policy for it.`,
    };
  }
  if (file.indication === 'other') {
    const to = REFERRALS['LA.CP.MP.107'];
    return {
      referral: 'LA.CP.MP.107',
      reason: `${POLICY.number} covers chronic pain; other indications are reviewed under ${to.number} ${to.title}.`,
    };
  }
  if (file.request === 'existing_pump') {
    return {
      referral: null,
      reason: `${POLICY.number} has no criteria for a pump already in place (refill, electronic analysis, reprogramming, replacement or removal), and names no other policy for it; its code table lists these codes, and their findings are shown.`,
    };
  }
  return undefined;
}

/**
 * The determination for a case (DESIGN.md, "The determination"), first match wins:
 * 1. out of scope (baclofen, another drug, another indication, a pump already in place);
 * 2. incomplete while the drug, the request or the indication is not recorded;
 * 3. not met: a required item not met or a contraindication present;
 * 4. incomplete: a required item not documented or unanswered;
 * 5. medical director review: a malignant implant with a trial waiver request standing in for
 *    II.A.1.a;
 * 6. meets criteria.
 */
export function determine(file: CaseFile, options: DetermineOptions = {}): Determination {
  const scope = scopeOf(file);

  const undecided: PathFact[] = [];
  if (!scope) {
    if (file.drug === undefined) undecided.push('drug');
    if (file.request === undefined) undecided.push('request');
    if (file.indication === undefined) undecided.push('indication');
  }

  // II Note: the provider may ask a medical director to waive the trial for a malignant implant.
  const waiver =
    file.request === 'implant' && file.indication === 'malignant' ? file.trialWaiver : undefined;

  // While a fact is not recorded, the items of every path still possible are listed.
  const required = new Set<ItemId>(scope ? [] : requiredItems(file.request, file.indication));

  const items: ItemTrace[] = ITEM_IDS.map((id) => {
    const answer = file.answers[id] ?? null;
    if (!required.has(id)) return { id, required: false, answer, status: 'not_required' };
    // II Note: a trial that was done answers II.A.1.a met or not met, and the request does not
    // change that; a trial not done (not documented or unanswered) is what the request is about.
    if (id === WAIVED_BY_TRIAL_WAIVER && waiver && answer !== 'met' && answer !== 'not_met') {
      return { id, required: false, answer, status: 'waiver_requested' };
    }
    return { id, required: true, answer, status: statusOf(answer) };
  });

  const idsWith = (...statuses: ItemStatus[]) =>
    items.filter((t) => statuses.includes(t.status)).map((t) => t.id);
  const failing = idsWith('failing');
  const missing = idsWith('not_documented', 'unanswered');
  const unanswered = idsWith('unanswered');
  const waiverRequested = idsWith('waiver_requested');
  const trialAnswer = file.answers[WAIVED_BY_TRIAL_WAIVER];

  let outcome: Outcome;
  let reason: string;
  if (scope) {
    outcome = 'out_of_scope';
    reason = scope.reason;
  } else if (undecided.length > 0) {
    outcome = 'incomplete';
    reason = undecidedReason(undecided);
    if (failing.length > 0)
      reason += ` Of the items it could still need, ${plural(failing.length, 'fails', 'fail')}: ${list(failing)}.`;
  } else if (failing.length > 0) {
    outcome = 'not_met';
    reason = `${plural(failing.length, 'required item is', 'required items are')} not satisfied: ${list(failing)}.`;
    if (waiver && trialAnswer === 'not_met') {
      reason += ` A trial waiver was requested (${waiverGroundsInWords(waiver)}), but a trial was done and failed (${WAIVED_BY_TRIAL_WAIVER} not met); the request does not set that result aside.`;
    }
  } else if (missing.length > 0) {
    outcome = 'incomplete';
    const parts: string[] = [];
    const notDocumented = missing.filter((id) => !unanswered.includes(id));
    if (notDocumented.length > 0)
      parts.push(
        `${plural(notDocumented.length, 'required item is', 'required items are')} not documented: ${list(notDocumented)}`,
      );
    if (unanswered.length > 0)
      parts.push(
        `${plural(unanswered.length, 'required item is', 'required items are')} not answered yet: ${list(unanswered)}`,
      );
    reason = `Nothing fails, but ${parts.join('; and ')}.`;
  } else if (waiver && waiverRequested.length > 0) {
    outcome = 'medical_director_review';
    reason = `Every other requirement is met. The provider asks that the trial requirement (${WAIVED_BY_TRIAL_WAIVER}) be waived for pain of malignant origin (${waiverGroundsInWords(waiver)}); under the Note to Part II a medical director reviews that case by case.`;
  } else {
    outcome = 'meets_criteria';
    reason = `Every required criterion for ${file.request === 'implant' ? 'a permanent implant' : 'a preliminary trial'} is met and no contraindication is present.`;
  }

  const warnings: string[] = [];
  const reviewDate = file.reviewDate ?? options.today ?? todayIso(Date.now());
  if (compareIsoDates(reviewDate, EFFECTIVE_DATE) < 0) {
    warnings.push(
      `The review date is before ${POLICY.effective}, when revision ${POLICY.revision} of ${POLICY.number} took effect; earlier revisions had other criteria, so check which revision applies before relying on this determination.`,
    );
  }
  if (waiver && trialAnswer === 'met') {
    warnings.push(
      `A trial waiver was requested, but ${WAIVED_BY_TRIAL_WAIVER} is met: the trial was done and succeeded, so the request is moot and the case is judged as if there were none.`,
    );
  }

  // Coding Implications: the member's age on the date of service, or on the review date when no
  // date of service is recorded; with neither recorded, a `*` code's finding is age_unknown.
  const ageDate = file.serviceDate ?? file.reviewDate;
  const birth = file.member?.dateOfBirth ? parseIsoDate(file.member.dateOfBirth) : undefined;
  const on = ageDate ? parseIsoDate(ageDate) : undefined;
  const age = birth && on ? ageOn(birth, on) : undefined;
  const memberAge = age !== undefined && age >= 0 ? age : undefined;
  const codes = codeFindings(file.codes, {
    age: memberAge,
    request: file.request,
    criteriaMet: outcome === 'meets_criteria',
  });

  const receivedMs = file.receivedAt === undefined ? undefined : parseIsoDateTime(file.receivedAt);

  return {
    policy: POLICY.number,
    revision: POLICY.revision,
    outcome,
    ...(scope ? { referral: scope.referral } : {}),
    reason,
    warnings,
    request: file.request ?? null,
    drug: file.drug ?? null,
    indication: file.indication ?? null,
    trialWaiver: waiver ?? null,
    undecided,
    failing,
    missing,
    unanswered,
    waiverRequested,
    items,
    codes,
    reviewDate,
    reviewDateSource: file.reviewDate === undefined ? 'today' : 'case',
    serviceDate: file.serviceDate ?? null,
    memberAge: memberAge ?? null,
    ...(receivedMs === undefined ? {} : { dueBy: dueBy(receivedMs, file.urgency ?? 'standard') }),
  };
}
