export { LiveDetermination, OUTCOME_TONES } from './live-determination';
export { StepPage } from './step-page';
export { isStepId, STEP_IDS, STEP_TITLES, stepOfItem, type StepId } from './steps';
export { WizardLayout } from './wizard-layout';
export { formatDateTime } from './format';
export { StepRoutePage } from './step-route-page';
export { ProviderChecklist } from './provider-checklist';
export { useMode, type Mode } from './mode';
export { DRUG_LABELS, INDICATION_LABELS, REQUEST_LABELS } from './labels';
