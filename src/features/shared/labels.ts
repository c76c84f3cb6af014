import { REQUEST_LABELS, type Request } from '../../engine';

// The request's choices in words, the same on every page that shows them: the case file's one
// table of words.
export { DRUG_LABELS, INDICATION_LABELS, REQUEST_LABELS } from '../../engine';

/** The request as the wizard's radios name it. */
export const REQUEST_CHOICES: Readonly<Record<Request, string>> = {
  trial: 'Trial',
  implant: 'Implant',
  existing_pump: REQUEST_LABELS.existing_pump,
};

/** The request as a column of the table of codes that fit it names it. */
export const REQUEST_COLUMNS: Readonly<Record<Request, string>> = {
  trial: 'Trial',
  implant: 'Implant',
  existing_pump: 'Pump in place',
};
