import type { Drug, Indication, Request } from '../../engine';

// The request's choices in words, the same on every page that shows them.

export const DRUG_LABELS: Readonly<Record<Drug, string>> = {
  opioid: 'An opioid, alone or with non-opioid drugs',
  baclofen: 'Baclofen',
  other: 'Another drug',
};

/** A request as a page describing it says it; the wizard's radios say it shorter (REQUEST_CHOICES). */
export const REQUEST_LABELS: Readonly<Record<Request, string>> = {
  trial: 'Trial (Part I, preliminary trial)',
  implant: 'Implant (Part II, permanent pump)',
  existing_pump:
    'A pump already in place (refill, electronic analysis, reprogramming, replacement, removal)',
};

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

export const INDICATION_LABELS: Readonly<Record<Indication, string>> = {
  malignant: 'Malignant',
  nonmalignant: 'Non-malignant',
  other: 'Another indication (not chronic pain)',
};
