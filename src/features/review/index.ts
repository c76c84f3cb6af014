export { openReview } from './review-form';
export { StepRoutePage } from './step-route-page';
export { WizardLayout } from './wizard-layout';
