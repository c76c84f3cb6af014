import type { ItemId } from '../policy';
import type { CaseFile } from './case-file';
import { parseIsoDateTime } from './dates';
import type { Determination } from './determine';
import { plainNote } from './reasons';
import { noteRequired } from './review-record';

// When a review may be marked completed (DESIGN.md, "The record of a review"): a completed review
// is a chart document, so it must say whose case it is, what the nurse did, who did it, and give
// every required item an answer, with a note wherever the answer is not a plain yes.

/** One thing that keeps a review from being completed, in words, with what it concerns. */
export interface CompletionProblem {
  readonly message: string;
  /** The item concerned, for a link to its question. */
  readonly item?: ItemId;
  /** The field of the record concerned (`member.id`, `nurseAction`, `completedBy.name`). */
  readonly field?: string;
}

/**
 * What is still to be done before the review can be completed, in the order a reviewer would do
 * it; empty when it can be. Answers to items the request does not need do not count.
 */
export function completionProblems(
  file: CaseFile,
  determination: Determination,
): CompletionProblem[] {
  const problems: CompletionProblem[] = [];
  for (const fact of determination.undecided)
    problems.push({ message: `The ${fact} is not recorded.`, field: fact });
  if (!file.member?.id?.trim())
    problems.push({ message: 'The member ID is not recorded.', field: 'member.id' });
  for (const item of determination.items) {
    if (!item.required) continue;
    // A trial waiver request standing in for II.A.1.a is not an unanswered item (DESIGN.md).
    if (item.status === 'unanswered')
      problems.push({ message: `${item.id} is not answered.`, item: item.id });
    else if (
      item.answer !== null &&
      noteRequired(item.answer) &&
      plainNote(file.notes?.[item.id]) === undefined
    )
      problems.push({
        message: `${item.id} needs a note: what the record shows, or what is missing from it.`,
        item: item.id,
      });
  }
  const action = file.nurseAction?.action;
  if (action === undefined)
    problems.push({ message: 'The nurse’s action is not recorded.', field: 'nurseAction' });
  else if (action === 'approved' && determination.outcome !== 'meets_criteria')
    // A nurse approves only what meets the criteria; anything else goes to a medical director.
    problems.push({
      message:
        'A nurse reviewer approves only a request that meets the criteria: pend it or refer it to a medical director.',
      field: 'nurseAction',
    });
  if (!file.completedBy?.name?.trim())
    problems.push({
      message: 'Who completed the review (name) is not recorded.',
      field: 'completedBy.name',
    });
  return problems;
}

export type Timeliness = 'on_time' | 'late';

/**
 * A decision made after its due-by is late, and a late decision is itself an adverse
 * determination (42 CFR 438.404(c)(5)). Undefined when either time is unknown.
 */
export function timeliness(
  completedAt: string | undefined,
  dueBy: string | undefined,
): Timeliness | undefined {
  const done = completedAt === undefined ? undefined : parseIsoDateTime(completedAt);
  const due = dueBy === undefined ? undefined : parseIsoDateTime(dueBy);
  if (done === undefined || due === undefined) return undefined;
  return done <= due ? 'on_time' : 'late';
}

/** How long until the due-by, in whole minutes (negative once it has passed). */
export function minutesUntil(dueBy: string | undefined, nowMs: number): number | undefined {
  const due = dueBy === undefined ? undefined : parseIsoDateTime(dueBy);
  return due === undefined ? undefined : Math.floor((due - nowMs) / 60_000);
}
