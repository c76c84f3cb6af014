import {
  CHRONIC_PAIN_DEFINITION,
  ITEM_BY_ID,
  POLICY,
  REFERRALS,
  WAIVED_BY_TRIAL_WAIVER,
  type ItemId,
  type SectionId,
} from '../policy';
import { ANSWER_LABELS, type Answer } from './answers';
import { waiverGroundsInWords, type CaseFile, type TrialWaiverGround } from './case-file';
import type { Determination, ItemStatus, PathFact } from './determine';

// The "why" of a determination in words a medical director can paste into a letter and an office
// can act on: one sentence per failing item, and for each item the documentation that settles it.

/** Each list of the policy named as DESIGN.md's table names it: the path, then the kind. */
export const SECTION_NAMES: Readonly<Record<SectionId, string>> = {
  'I.A.1': 'Trial, malignant',
  'I.A.2': 'Trial, non-malignant',
  'I.B': 'Trial, contraindications',
  'II.A.1': 'Implant, malignant',
  'II.A.2': 'Implant, non-malignant',
  'II.B': 'Implant, contraindications',
};

export const ITEM_STATUS_LABELS: Readonly<Record<ItemStatus, string>> = {
  satisfied: 'Satisfied',
  failing: 'Fails',
  not_documented: 'Not documented',
  unanswered: 'Not answered yet',
  waiver_requested: 'Trial waiver requested',
  not_required: 'Not required',
};

// I.B and II.B are the same five contraindications, asked at the trial and again at implant.
const CONTRAINDICATION_DOCUMENTATION = [
  'the allergy list, checked against the materials of the implant',
  'a substance use history and screening (for example a urine drug screen and the prescription monitoring report)',
  'the psychiatric history and a cognitive or mental status assessment',
  'a recent examination and laboratory results showing no active systemic infection',
  'a recent examination of the planned implantation site',
] as const;

// II.A.1.a asks for the reduction in pain; II.A.2.a for that and the increase in function.
const TRIAL_RECORD = 'trial record with pain scores before and during the trial, and side effects';
const TRIAL_RECORD_WITH_FUNCTION =
  'trial record with pain scores before and during the trial, function and side effects';
const BODY_SIZE =
  'height and weight, and the surgeon’s note that body size will support the device';
const OTHER_DEVICES =
  'a list of the member’s implanted devices (pacemaker, stimulator, other pumps), or a statement that there are none';
const DRUG_ALLERGY = 'the allergy list, checked against the drug to be given by the pump';

// The indications: the policy sets no length of time for chronic pain. Its Background says how
// chronic pain is "often defined", and the request for documentation quotes it, no more.
const CHRONIC_PAIN_BACKGROUND = `(the policy’s Background: “${CHRONIC_PAIN_DEFINITION}”)`;
const MALIGNANT_PAIN = `the diagnosis of the malignancy, and a pain history showing how long the pain has lasted and that it has not responded to treatment ${CHRONIC_PAIN_BACKGROUND}`;

/**
 * For each item, the documentation that would settle it, in plain words for a provider's office.
 * Written to follow "request …" or "attach …".
 */
export const DOCUMENTATION_FOR: Readonly<Record<ItemId, string>> = {
  'I.A.1': MALIGNANT_PAIN,
  'I.A.2': `the diagnosis of the non-malignant cause of the pain, and a pain history showing how long the pain has lasted and that it has not responded to treatment ${CHRONIC_PAIN_BACKGROUND}`,
  'II.A.1': MALIGNANT_PAIN,
  'II.A.2': `the diagnosis of the non-malignant cause of the pain, and a pain history showing how severe the pain is and how long it has lasted ${CHRONIC_PAIN_BACKGROUND}`,
  'I.A.1.a':
    'the medication history of the pain treatments tried (drugs, doses, dates), with the response and any side effects',
  'I.A.1.b': 'the treating physician’s note on life expectancy (more than three months)',
  'I.A.1.c': 'imaging report of the spine',
  'I.A.2.a':
    'the diagnosis and the work-up that identified the cause of the pain (office notes, imaging or test results)',
  'I.A.2.b': 'the treating physician’s note on life expectancy (more than three months)',
  'I.A.2.c':
    'records of the conservative treatments tried (medications, physical therapy, behavioral health treatment for pain, nonsurgical procedures), with dates and results',
  'I.A.2.d':
    'office notes showing the member kept to previous treatment plans (visits attended, medications taken as prescribed)',
  'I.A.2.e': 'the psychological evaluation report',
  'I.A.2.f':
    'a surgeon’s or specialist’s opinion that further surgery or other treatment is not indicated or not likely to help',
  'I.A.2.g': 'opioid doses (MME/day) before and after weaning, with dates',
  'I.A.2.h': 'the physician’s note ruling out opioid-induced hyperalgesia as a cause of the pain',
  'I.B.1': CONTRAINDICATION_DOCUMENTATION[0],
  'I.B.2': CONTRAINDICATION_DOCUMENTATION[1],
  'I.B.3': CONTRAINDICATION_DOCUMENTATION[2],
  'I.B.4': CONTRAINDICATION_DOCUMENTATION[3],
  'I.B.5': CONTRAINDICATION_DOCUMENTATION[4],
  'II.A.1.a': TRIAL_RECORD,
  'II.A.1.b': BODY_SIZE,
  'II.A.1.c': OTHER_DEVICES,
  'II.A.1.d': DRUG_ALLERGY,
  'II.A.2.a': TRIAL_RECORD_WITH_FUNCTION,
  'II.A.2.b': 'the plan in place to continue weaning systemic opioids',
  'II.A.2.c':
    'recent coagulation studies (PT/INR, PTT, platelet count) showing no active coagulopathy',
  'II.A.2.d': BODY_SIZE,
  'II.A.2.e': OTHER_DEVICES,
  'II.A.2.f': DRUG_ALLERGY,
  'II.A.2.g': 'a neurological examination or imaging showing no increased intracranial pressure',
  'II.A.2.h':
    'records of the spine (examination or imaging) showing no anomaly that may complicate placing and fixing the catheter',
  'II.A.2.i':
    'behavioral health or psychological treatment notes showing continued, active participation',
  'II.B.1': CONTRAINDICATION_DOCUMENTATION[0],
  'II.B.2': CONTRAINDICATION_DOCUMENTATION[1],
  'II.B.3': CONTRAINDICATION_DOCUMENTATION[2],
  'II.B.4': CONTRAINDICATION_DOCUMENTATION[3],
  'II.B.5': CONTRAINDICATION_DOCUMENTATION[4],
};

/** What settles a fact about the request that decides which items it needs. */
export const DOCUMENTATION_FOR_FACT: Readonly<Record<PathFact, string>> = {
  drug: 'the drug or drugs the pump is to give (the order or the request form)',
  request:
    'whether the request is for a preliminary trial, a permanent implant, or a pump already in place (the request form)',
  indication:
    'the diagnosis, showing whether the pump is for chronic pain, of malignant or non-malignant origin, or for another indication',
};

/** A note as one line of plain text: line breaks and runs of spaces become single spaces. */
export function plainNote(note: string | undefined): string | undefined {
  const text = note?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}

/**
 * The reviewer's note as a parenthesis inside the reason's sentence, so that the reason and its
 * note stay one sentence a letter can quote whole. The note is kept as typed, on one line.
 */
function noteAside(note: string | undefined): string {
  const text = plainNote(note);
  return text ? ` (reviewer’s note: "${text}")` : '';
}

function itemLead(id: ItemId): string {
  const item = ITEM_BY_ID[id];
  return `${id} (${SECTION_NAMES[item.section]}): "${item.text}"`;
}

/**
 * The reason a failing item fails, in one plain sentence a medical director can paste into a
 * letter, the reviewer's note included:
 * `II.A.2.c (Implant, non-malignant): "No active coagulopathy" — answered Not met (reviewer’s note: "INR 3.1 on warfarin").`
 */
export function failingReason(
  id: ItemId,
  answer: Answer,
  note?: string,
  waiver?: readonly TrialWaiverGround[],
): string {
  const item = ITEM_BY_ID[id];
  const what =
    item.kind === 'contraindication'
      ? `answered ${ANSWER_LABELS[answer]}: this contraindication is present`
      : `answered ${ANSWER_LABELS[answer]}`;
  // II Note: the waiver concerns a trial not done; a trial done and failed still fails.
  const request =
    id === WAIVED_BY_TRIAL_WAIVER && waiver && waiver.length > 0
      ? `; a trial waiver was requested (${waiverGroundsInWords(waiver)}), but the trial was done and failed, and the request does not set that result aside`
      : '';
  return `${itemLead(id)} — ${what}${noteAside(note)}${request}.`;
}

/** Why a required item is not documented (with the reviewer's note), and what would settle it. */
export function missingReason(id: ItemId, answer: Answer | null, note?: string): string {
  if (answer === null) return unansweredReason(id, note);
  return `${itemLead(id)} — answered ${ANSWER_LABELS[answer]}${noteAside(note)}. To settle it, request ${DOCUMENTATION_FOR[id]}.`;
}

/** A required item nobody has answered yet: the reviewer's own work, not a finding about the record. */
export function unansweredReason(id: ItemId, note?: string): string {
  return `${itemLead(id)} — not answered yet${noteAside(note)}. Answer it from the record; if the record does not show it, request ${DOCUMENTATION_FOR[id]}.`;
}

export interface ItemReason {
  readonly id: ItemId;
  readonly answer: Answer | null;
  readonly note?: string;
  /** The whole reason: for a failing item one plain sentence, the reviewer's note included. */
  readonly sentence: string;
  /** The documentation that would settle the item. */
  readonly documentation: string;
}

export interface FactReason {
  readonly fact: PathFact;
  readonly documentation: string;
}

export interface WaiverRequestReason {
  readonly grounds: readonly TrialWaiverGround[];
  /** What the request means for this case, in one or two sentences. */
  readonly sentence: string;
}

export interface Reasons {
  /** One per failing item, in policy order. */
  readonly failing: readonly ItemReason[];
  /** One per required item answered "Not documented", in policy order: documentation to request. */
  readonly notDocumented: readonly ItemReason[];
  /** One per required item nobody has answered yet, in policy order: the reviewer's own work. */
  readonly unanswered: readonly ItemReason[];
  /** Facts about the request not yet recorded. */
  readonly undecided: readonly FactReason[];
  /** The trial waiver request (II Note), when one is recorded for a malignant implant. */
  readonly waiverRequest: WaiverRequestReason | null;
}

/** What a trial waiver request means for this case, by the answer to II.A.1.a (DESIGN.md, Note). */
function waiverRequestSentence(
  grounds: readonly TrialWaiverGround[],
  trialAnswer: Answer | null,
): string {
  const asked = `The provider asks that the trial requirement be waived (Note to Part II: ${waiverGroundsInWords(grounds)}).`;
  switch (trialAnswer) {
    case 'met':
      return `${asked} ${WAIVED_BY_TRIAL_WAIVER} is met: the trial was done and succeeded, so the request is moot and the case is judged as if there were none.`;
    case 'not_met':
      return `${asked} ${WAIVED_BY_TRIAL_WAIVER} is not met: a trial was done and failed. That fails like any other item; the request does not hide it.`;
    default:
      return `${asked} No trial result is recorded, so ${WAIVED_BY_TRIAL_WAIVER} is not required and every other item still is; a medical director decides the request case by case.`;
  }
}

/** The reasons for a determination of a case: what fails, what is missing and what settles it. */
export function reasonsFor(file: CaseFile, determination: Determination): Reasons {
  const answerOf = (id: ItemId): Answer | null => file.answers[id] ?? null;
  const noteOf = (id: ItemId): string | undefined => plainNote(file.notes?.[id]);
  const reason = (id: ItemId, sentence: string): ItemReason => {
    const note = noteOf(id);
    return {
      id,
      answer: answerOf(id),
      ...(note === undefined ? {} : { note }),
      sentence,
      documentation: DOCUMENTATION_FOR[id],
    };
  };
  const waiver = determination.trialWaiver ?? undefined;
  const unanswered = new Set(determination.unanswered);
  return {
    failing: determination.failing.map((id) => {
      const answer = answerOf(id);
      // A failing item always carries its answer; `not_met` stands in only to satisfy the type.
      return reason(id, failingReason(id, answer ?? 'not_met', noteOf(id), waiver));
    }),
    notDocumented: determination.missing
      .filter((id) => !unanswered.has(id))
      .map((id) => reason(id, missingReason(id, answerOf(id), noteOf(id)))),
    unanswered: determination.unanswered.map((id) => reason(id, unansweredReason(id, noteOf(id)))),
    undecided: determination.undecided.map((fact) => ({
      fact,
      documentation: DOCUMENTATION_FOR_FACT[fact],
    })),
    waiverRequest: waiver
      ? {
          grounds: waiver,
          sentence: waiverRequestSentence(waiver, answerOf(WAIVED_BY_TRIAL_WAIVER)),
        }
      : null,
  };
}

/** What an outcome means for the reviewer, in plain words: who may do what next. */
export function outcomeMeaning(determination: Determination): string {
  const d = determination;
  switch (d.outcome) {
    case 'meets_criteria':
      return d.request === 'implant'
        ? 'A nurse reviewer may approve this request. The approval is for the implant request reviewed under Part II; each requested code stands as its code finding says.'
        : 'A nurse reviewer may approve the preliminary trial. A trial is not an implant: implantation of a permanent pump has its own criteria, in Part II of the policy.';
    case 'not_met':
      return 'The request does not meet the criteria as documented. This is not a denial: a nurse reviewer does not deny. Refer the case to a medical director, with the reasons below.';
    case 'incomplete':
      return 'The review cannot be decided yet. Request the documentation listed below from the requesting provider, then finish the review. Until then the case is neither approved nor referred on its criteria.';
    case 'medical_director_review': {
      const why = d.trialWaiver ? waiverGroundsInWords(d.trialWaiver) : 'no grounds recorded';
      return `The provider asks that the trial requirement be waived under the Note to Part II (${why}). No trial result is recorded, so ${WAIVED_BY_TRIAL_WAIVER} is not required, and every other requirement is met. Only a medical director decides such a request, case by case: refer the case to a medical director. A nurse reviewer does not approve it alone.`;
    }
    case 'out_of_scope': {
      if (!d.referral) {
        return `${POLICY.number} does not apply to this request, and it names no other policy for it. It is neither approved nor referred to a medical director under ${POLICY.number}.`;
      }
      const referral = REFERRALS[d.referral];
      return `${POLICY.number} does not apply to this request. Refer it to ${referral.number} ${referral.title}; it is neither approved nor referred to a medical director under ${POLICY.number}.`;
    }
    default: {
      const unreachable: never = d.outcome;
      return unreachable;
    }
  }
}
