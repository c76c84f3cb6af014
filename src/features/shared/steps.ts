import type { CaseFile, Determination, ItemTrace } from '../../engine';
import { ITEM_BY_ID, type ItemId, type SectionId } from '../../policy';
import { isStepId, STEP_IDS, type StepId } from './step-ids';

export { isStepId, STEP_IDS, type StepId };

export const STEP_TITLES: Readonly<Record<StepId, string>> = {
  request: 'Request',
  'trial-criteria': 'Trial criteria',
  contraindications: 'Contraindications',
  'implant-criteria': 'Implant criteria',
  codes: 'Codes',
  determination: 'Determination',
};

/** A provider's office ends on a checklist of what to attach, not on a determination. */
export function stepTitle(step: StepId, mode: 'reviewer' | 'provider'): string {
  return mode === 'provider' && step === 'determination' ? 'Checklist' : STEP_TITLES[step];
}

type Path = Pick<CaseFile, 'request' | 'drug' | 'indication'>;

/**
 * The steps this request goes through. A drug or an indication outside the policy ends the wizard
 * at the request with what the policy says of it; a pump already in place has no criteria here,
 * but its codes are in the policy's table, so the codes step stays (DESIGN.md, "Scope comes first").
 * The implant criteria are asked of an implant only.
 */
export function applicableSteps(path: Path): StepId[] {
  if (path.drug === 'baclofen' || path.drug === 'other' || path.indication === 'other')
    return ['request', 'determination'];
  if (path.request === 'existing_pump') return ['request', 'codes', 'determination'];
  return STEP_IDS.filter((step) => step !== 'implant-criteria' || path.request !== 'trial');
}

/** The sections each step asks, for this request. */
export function sectionsOfStep(step: StepId, path: Path): SectionId[] {
  const malignant = path.indication === 'malignant';
  const nonmalignant = path.indication === 'nonmalignant';
  switch (step) {
    case 'trial-criteria':
      return malignant ? ['I.A.1'] : nonmalignant ? ['I.A.2'] : [];
    case 'contraindications':
      // II.B repeats the I.B list and is the one asked at implant.
      return path.request === 'implant' ? ['II.B'] : path.request === 'trial' ? ['I.B'] : [];
    case 'implant-criteria':
      return malignant ? ['II.A.1'] : nonmalignant ? ['II.A.2'] : [];
    case 'request':
    case 'codes':
    case 'determination':
      return [];
    default: {
      const unreachable: never = step;
      return unreachable;
    }
  }
}

const STEP_OF_SECTION: Readonly<Record<SectionId, StepId>> = {
  'I.A.1': 'trial-criteria',
  'I.A.2': 'trial-criteria',
  'I.B': 'contraindications',
  'II.A.1': 'implant-criteria',
  'II.A.2': 'implant-criteria',
  'II.B': 'contraindications',
};

export function stepOfItem(id: ItemId): StepId {
  return STEP_OF_SECTION[ITEM_BY_ID[id].section];
}

/**
 * How a step stands. Unanswered questions are the reviewer's own unfinished work; "Not documented"
 * is an answer, a finding about the record: the two are told apart (DESIGN.md).
 */
export type StepState = 'complete' | 'failing' | 'unanswered' | 'not_documented' | 'not_started';

/**
 * Failing if any of its required items fails; else unanswered while any is unanswered (not
 * started while all are); else not documented while any is answered Not documented; else complete.
 */
export function stepState(step: StepId, path: Path, determination: Determination): StepState {
  const sections = new Set(sectionsOfStep(step, path));
  if (step === 'request') {
    if (determination.outcome === 'out_of_scope') return 'complete';
    return determination.undecided.length === 0 ? 'complete' : 'unanswered';
  }
  if (step === 'codes') return determination.codes.length > 0 ? 'complete' : 'not_started';
  if (step === 'determination') return 'not_started';
  if (sections.size === 0) return 'unanswered';
  const traces: ItemTrace[] = determination.items.filter(
    (t) => t.required && sections.has(ITEM_BY_ID[t.id].section),
  );
  if (traces.some((t) => t.status === 'failing')) return 'failing';
  if (traces.some((t) => t.status === 'unanswered')) {
    return traces.some((t) => t.answer !== null) ? 'unanswered' : 'not_started';
  }
  if (traces.some((t) => t.status === 'not_documented')) return 'not_documented';
  return 'complete';
}
