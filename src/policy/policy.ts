// The policy's identity, its scope and the Note on waiving the trial, word for word.

export const POLICY = {
  number: 'LA.CP.MP.173',
  title: 'Implantable Intrathecal or Epidural Pain Pump',
  plan: 'Louisiana Healthcare Connections',
  revision: '1/26',
  approved: '3/30/26',
  effective: '4/30/26',
} as const;

export type PolicyNumber = typeof POLICY.number;

/** The revision's effective date (4/30/26) as YYYY-MM-DD: a review dated earlier is warned about. */
export const EFFECTIVE_DATE = '2026-04-30';

/** Part I's and Part II's opening statements, which say what each part covers. */
export const PARTS = {
  trial: {
    id: 'I',
    statement:
      'It is the policy of Louisiana Healthcare Connections that a preliminary trial of epidural or intrathecal administration of an opioid drug is medically necessary when all of the following criteria are met:',
    indications: 'Request is for either of the following indications:',
  },
  implant: {
    id: 'II',
    statement:
      'It is the policy of Louisiana Healthcare Connections that implantation of a permanent epidural or intrathecal pain pump to administer an opioid drug, alone or in combination with other non-opioid drugs, is medically necessary when all of the following criteria are met:',
    indications: 'Request is for either of the following indications:',
  },
} as const;

export const REFERRALS = {
  'LA.PHAR.149': {
    number: 'LA.PHAR.149',
    title: 'Intrathecal Baclofen (Gablofen, Lioresal)',
    text: 'Refer to LA.PHAR.149 Intrathecal Baclofen (Gablofen, Lioresal) for requests for Baclofen.',
  },
  'LA.CP.MP.107': {
    number: 'LA.CP.MP.107',
    title: 'Durable Medical Equipment (DME), section on Pumps',
    text: 'Refer to the LA.CP.MP.107 Durable Medical Equipment (DME) section on Pumps for criteria for other indications.',
  },
} as const;

export type ReferralPolicy = keyof typeof REFERRALS;

/** The Note under II, on the trial for pain of malignant origin (marked * on II.A.1.a). */
export const TRIAL_WAIVER_NOTE =
  'The trial requirement for a percutaneous intrathecal or epidural drug delivery system for pain of malignant origin may be reviewed by a medical director on a case-by-case basis for instances of advanced disease, when survival time is limited, or considered high risk for procedures.';

/** The mark the policy puts after II.A.1.a and before its Note, tying the two together. */
export const TRIAL_WAIVER_MARK = '*';

export const TRIAL_WAIVER_REASONS = {
  advanced_disease: 'Advanced disease',
  limited_survival: 'Survival time is limited',
  high_procedural_risk: 'Considered high risk for procedures',
} as const;

export type TrialWaiverReason = keyof typeof TRIAL_WAIVER_REASONS;

/** The item the waiver sets aside: the trial's own result. */
export const WAIVED_BY_TRIAL_WAIVER = 'II.A.1.a' as const;

/** Where the app publishes this policy as a FHIR R4 Questionnaire, relative to its own origin. */
export const QUESTIONNAIRE_FILE = `fhir/Questionnaire-${POLICY.number}.json`;
