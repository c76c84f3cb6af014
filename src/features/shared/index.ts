// What the wizard, the summary and the routes share: the request's words, the steps and their
// logic, the reviewer's and the provider's words, dates as a reader expects them, the provider's
// checklist. It imports no other feature.
export { DRUG_LABELS, INDICATION_LABELS, REQUEST_LABELS } from './labels';
export { formatDateTime } from './format';
export {
  DUE_BY_WORDS,
  PROVIDER_ANSWER_KEY,
  PROVIDER_CODE_FINDING_LABELS,
  PROVIDER_DISCLAIMER,
  PROVIDER_ITEM_PROMPT,
  PROVIDER_OUTCOME_LABELS,
  useMode,
  type Mode,
} from './mode';
export { OUTCOME_TONES } from './outcome-tones';
export { ProviderChecklist } from './provider-checklist';
export {
  applicableSteps,
  isStepId,
  sectionsOfStep,
  STEP_IDS,
  STEP_TITLES,
  stepOfItem,
  stepState,
  stepTitle,
  type StepId,
  type StepState,
} from './steps';
export { SUMMARY_VIEWS, type SummaryView } from './summary-views';
export { outcomeLabel } from './outcome-label';
export {
  fitWords,
  LINE_VERDICT_WORDS,
  lineVerdict,
  PROVIDER_LINE_VERDICT_WORDS,
} from './code-lines';
export { REQUEST_CHOICES, REQUEST_COLUMNS } from './labels';
export { Warnings } from './warnings';
export { CaseBanner, timeLeftWords } from './case-banner';
export { CompleteReview } from './complete-review';
export { linesToRefer, needsMedicalDirector } from './decision-lines';
export { LetterSentences, letterSentences } from './letter-sentences';
