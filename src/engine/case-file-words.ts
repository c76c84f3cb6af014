import { TRIAL_WAIVER_REASONS } from '../policy';

// The case file's vocabularies, limits and words (DESIGN.md, "The case file"): each field's
// name and each answer as a person reads them. One table, read by the schema (case-file.ts),
// the wizard, the summary, the provider's checklist and the FHIR Questionnaire, so that a
// choice is worded the same wherever it is shown.

/** A trial (Part I), an implant (Part II), or a pump already in place (codes, no criteria). */
export const REQUESTS = ['trial', 'implant', 'existing_pump'] as const;
export const DRUGS = ['opioid', 'baclofen', 'other'] as const;
/** Chronic pain of malignant or non-malignant origin, or another indication (not chronic pain). */
export const INDICATIONS = ['malignant', 'nonmalignant', 'other'] as const;
/** II Note: the grounds on which the provider asks a medical director to waive the trial. */
export const TRIAL_WAIVERS = [
  'advanced_disease',
  'limited_survival',
  'high_procedural_risk',
] as const;
export const URGENCIES = ['standard', 'expedited'] as const;
export const STATUSES = ['in_progress', 'completed', 'amended'] as const;

export type Request = (typeof REQUESTS)[number];
export type Drug = (typeof DRUGS)[number];
export type Indication = (typeof INDICATIONS)[number];
/** One ground of a trial waiver request. */
export type TrialWaiverGround = (typeof TRIAL_WAIVERS)[number];
/** @deprecated the name of a ground before a request could name several; use TrialWaiverGround. */
export type TrialWaiver = TrialWaiverGround;
export type ReviewStatus = (typeof STATUSES)[number];

export const LIMITS = {
  noteLength: 4000,
  textLength: 200,
  codes: 60,
} as const;

/** A requested code: letters and digits, 1 to 10 of them (spaces around it are trimmed). */
export const CODE_PATTERN = /^\s*[A-Za-z0-9]{1,10}\s*$/;

/**
 * What a name or identifier may not hold: control characters, and Unicode's direction controls
 * (embeddings, overrides, isolates and marks). These are invisible, and the direction controls
 * make text display in another order than it is stored: a member ID with a right-to-left
 * override shows as a different ID. Notes may hold them (a note is shown isolated, see the
 * summary); identifiers may not.
 */
export const HIDDEN_IN_IDENTIFIER = /[\p{Cc}\p{Bidi_Control}]/u;

export const HIDDEN_IN_IDENTIFIER_MESSAGE =
  'holds invisible direction or control characters, which can make it display as a different text; names and identifiers may not hold them';

/** An identifier as typed, without the characters it may not hold, and how many there were. */
export function withoutHiddenCharacters(text: string): { text: string; removed: number } {
  const kept = text.replace(new RegExp(HIDDEN_IN_IDENTIFIER.source, 'gu'), '');
  return { text: kept, removed: [...text].length - [...kept].length };
}

// ---- words ----

/** A request as a page describing it says it. */
export const REQUEST_LABELS: Readonly<Record<Request, string>> = {
  trial: 'Trial (Part I, preliminary trial)',
  implant: 'Implant (Part II, permanent pump)',
  existing_pump:
    'A pump already in place (refill, electronic analysis, reprogramming, replacement or removal)',
};

export const DRUG_LABELS: Readonly<Record<Drug, string>> = {
  opioid: 'An opioid, alone or with non-opioid drugs',
  baclofen: 'Baclofen',
  other: 'Another drug',
};

export const INDICATION_LABELS: Readonly<Record<Indication, string>> = {
  malignant: 'Malignant',
  nonmalignant: 'Non-malignant',
  other: 'Another indication (not chronic pain)',
};

/** Each ground of a waiver request, in the Note's own words. */
export const TRIAL_WAIVER_LABELS: Readonly<Record<TrialWaiverGround, string>> =
  TRIAL_WAIVER_REASONS;

/** The grounds of a waiver request in words: "advanced disease; survival time is limited". */
export function waiverGroundsInWords(grounds: readonly TrialWaiverGround[]): string {
  return grounds.map((g) => TRIAL_WAIVER_LABELS[g].toLowerCase()).join('; ');
}

export const URGENCY_LABELS: Readonly<Record<(typeof URGENCIES)[number], string>> = {
  standard: 'Standard',
  expedited: 'Expedited',
};

export const STATUS_LABELS: Readonly<Record<ReviewStatus, string>> = {
  in_progress: 'In progress',
  completed: 'Completed',
  amended: 'Amended',
};

/** Each field of the case file (other than the items' answers and notes), as a label names it. */
export const FIELD_LABELS = {
  request: 'Request type',
  drug: 'Drug to be given by the pump',
  indication: 'Indication: origin of the chronic pain',
  trialWaiver: 'Trial waiver request (Note to II): its grounds',
  urgency: 'Urgency',
  receivedAt: 'Request received',
  'member.name': 'Member name',
  'member.id': 'Member ID',
  'member.dateOfBirth': 'Member date of birth',
  'provider.name': 'Provider name',
  'provider.npi': 'Provider NPI',
  codes: 'Requested CPT/HCPCS codes',
  reviewDate: 'Review date',
  serviceDate: 'Date of service',
  'reviewer.name': 'Reviewer',
  status: 'Review status',
} as const;

export type FieldName = keyof typeof FIELD_LABELS;
