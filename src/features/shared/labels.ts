import type { Drug, Indication, Request } from '../../engine';

// The request's choices in words, the same on every page that shows them.

export const DRUG_LABELS: Readonly<Record<Drug, string>> = {
  opioid: 'An opioid, alone or with non-opioid drugs',
  baclofen: 'Baclofen',
  other: 'Another drug',
};

/** A request as a page describing it says it; the wizard's radios say just "Trial" or "Implant". */
export const REQUEST_LABELS: Readonly<Record<Request, string>> = {
  trial: 'Trial (Part I, preliminary trial)',
  implant: 'Implant (Part II, permanent pump)',
};

export const INDICATION_LABELS: Readonly<Record<Indication, string>> = {
  malignant: 'Malignant',
  nonmalignant: 'Non-malignant',
};
