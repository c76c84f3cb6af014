// The policy's Coding Implications table, in its order. `notOnFeeSchedule` is the policy's `*`:
// "Non-covered codes are denoted (*) and are reviewed for Medical Necessity for members under
// 21 years of age on a per case basis."

export type CodeSystem = 'CPT' | 'HCPCS';

export interface PolicyCode {
  readonly code: string;
  readonly system: CodeSystem;
  readonly notOnFeeSchedule: boolean;
  readonly description: string;
}

/** The kinds of request a code can belong to: the policy's two parts, and a pump already in place. */
export type CodeRequest = 'trial' | 'implant' | 'existing_pump';

// Which requests each code fits, read from the code's own description (DESIGN.md, "Codes"):
// - a trial: the injection and infusion codes 62320–62327;
// - an implant: catheter and pump implantation 62350, 62351, 62360–62362, and the pumps,
//   catheters and ports A4300, A4301, E0782, E0783, C1772, C1755;
// - a pump already in place: removal 62355, 62365; electronic analysis and refill 62367–62370;
//   replacement E0785, E0786; and 62350, 62351, 62360–62362, whose descriptions include
//   "revision" or "replacement";
// - the drug itself, J2274 and S0093: any request.
const TRIAL: readonly CodeRequest[] = ['trial'];
const IMPLANT: readonly CodeRequest[] = ['implant'];
const IMPLANT_OR_PUMP_IN_PLACE: readonly CodeRequest[] = ['implant', 'existing_pump'];
const PUMP_IN_PLACE: readonly CodeRequest[] = ['existing_pump'];
const ANY_REQUEST: readonly CodeRequest[] = ['trial', 'implant', 'existing_pump'];

export const CODE_FITS: Readonly<Record<string, readonly CodeRequest[]>> = {
  '62320': TRIAL,
  '62321': TRIAL,
  '62322': TRIAL,
  '62323': TRIAL,
  '62326': TRIAL,
  '62327': TRIAL,
  '62350': IMPLANT_OR_PUMP_IN_PLACE,
  '62351': IMPLANT_OR_PUMP_IN_PLACE,
  '62355': PUMP_IN_PLACE,
  '62360': IMPLANT_OR_PUMP_IN_PLACE,
  '62361': IMPLANT_OR_PUMP_IN_PLACE,
  '62362': IMPLANT_OR_PUMP_IN_PLACE,
  '62365': PUMP_IN_PLACE,
  '62367': PUMP_IN_PLACE,
  '62368': PUMP_IN_PLACE,
  '62369': PUMP_IN_PLACE,
  '62370': PUMP_IN_PLACE,
  A4300: IMPLANT,
  A4301: IMPLANT,
  E0782: IMPLANT,
  E0783: IMPLANT,
  E0785: PUMP_IN_PLACE,
  E0786: PUMP_IN_PLACE,
  C1772: IMPLANT,
  C1755: IMPLANT,
  J2274: ANY_REQUEST,
  S0093: ANY_REQUEST,
};

export const CODES: readonly PolicyCode[] = [
  {
    code: '62320',
    system: 'CPT',
    notOnFeeSchedule: false,
    description:
      'Injection(s), of diagnostic or therapeutic substance(s) (eg, anesthetic, antispasmodic, opioid, steroid, other solution), not including neurolytic substances, including needle or catheter placement, interlaminar epidural or subarachnoid, cervical or thoracic; without imaging guidance',
  },
  {
    code: '62321',
    system: 'CPT',
    notOnFeeSchedule: false,
    description:
      'Injection(s), of diagnostic or therapeutic substance(s) (eg, anesthetic, antispasmodic, opioid, steroid, other solution), not including neurolytic substances, including needle or catheter placement, interlaminar epidural or subarachnoid, cervical or thoracic; with imaging guidance (ie, fluoroscopy or CT)',
  },
  {
    code: '62322',
    system: 'CPT',
    notOnFeeSchedule: false,
    description:
      'Injection(s), of diagnostic or therapeutic substance(s) (eg, anesthetic, antispasmodic, opioid, steroid, other solution), not including neurolytic substances, including needle or catheter placement, interlaminar epidural or subarachnoid, lumbar or sacral (caudal); without imaging guidance',
  },
  {
    code: '62323',
    system: 'CPT',
    notOnFeeSchedule: false,
    description:
      'Injection(s), of diagnostic or therapeutic substance(s) (eg, anesthetic, antispasmodic, opioid, steroid, other solution), not including neurolytic substances, including needle or catheter placement, interlaminar epidural or subarachnoid, lumbar or sacral (caudal); with imaging guidance (ie, fluoroscopy or CT)',
  },
  {
    code: '62326',
    system: 'CPT',
    notOnFeeSchedule: false,
    description:
      'Injection(s), including indwelling catheter placement, continuous infusion or intermittent bolus, of diagnostic or therapeutic substance(s) (eg, anesthetic, antispasmodic, opioid, steroid, other solution), not including neurolytic substances, interlaminar epidural or subarachnoid, lumbar or sacral (caudal); without imaging guidance',
  },
  {
    code: '62327',
    system: 'CPT',
    notOnFeeSchedule: false,
    description:
      'Injection(s), including indwelling catheter placement, continuous infusion or intermittent bolus, of diagnostic or therapeutic substance(s) (eg, anesthetic, antispasmodic, opioid, steroid, other solution), not including neurolytic substances, interlaminar epidural or subarachnoid, lumbar or sacral (caudal); with imaging guidance (ie, fluoroscopy or CT)',
  },
  {
    code: '62350',
    system: 'CPT',
    notOnFeeSchedule: false,
    description:
      'Implantation, revision or repositioning of tunneled intrathecal or epidural catheter, for long-term medication administration via an external pump or implantable reservoir/infusion pump; without laminectomy',
  },
  {
    code: '62351',
    system: 'CPT',
    notOnFeeSchedule: false,
    description:
      'Implantation, revision or repositioning of tunneled intrathecal or epidural catheter, for long-term medication administration via an external pump or implantable reservoir/infusion pump; with laminectomy',
  },
  {
    code: '62355',
    system: 'CPT',
    notOnFeeSchedule: false,
    description: 'Removal of previously implanted intrathecal or epidural catheter',
  },
  {
    code: '62360',
    system: 'CPT',
    notOnFeeSchedule: false,
    description:
      'Implantation or replacement of device for intrathecal or epidural drug infusion; subcutaneous reservoir',
  },
  {
    code: '62361',
    system: 'CPT',
    notOnFeeSchedule: false,
    description:
      'Implantation or replacement of device for intrathecal or epidural drug infusion; nonprogrammable pump',
  },
  {
    code: '62362',
    system: 'CPT',
    notOnFeeSchedule: false,
    description:
      'Implantation or replacement of device for intrathecal or epidural drug infusion; programmable pump, including preparation of pump, with or without programming',
  },
  {
    code: '62365',
    system: 'CPT',
    notOnFeeSchedule: false,
    description:
      'Removal of subcutaneous reservoir or pump, previously implanted for intrathecal or epidural infusion',
  },
  {
    code: '62367',
    system: 'CPT',
    notOnFeeSchedule: false,
    description:
      'Electronic analysis of programmable, implanted pump for intrathecal or epidural drug infusion (includes evaluation of reservoir status, alarm status, drug prescription status); without reprogramming or refill',
  },
  {
    code: '62368',
    system: 'CPT',
    notOnFeeSchedule: false,
    description:
      'Electronic analysis of programmable, implanted pump for intrathecal or epidural drug infusion (includes evaluation of reservoir status, alarm status, drug prescription status); with reprogramming',
  },
  {
    code: '62369',
    system: 'CPT',
    notOnFeeSchedule: false,
    description:
      'Electronic analysis of programmable, implanted pump for intrathecal or epidural drug infusion (includes evaluation of reservoir status, alarm status, drug prescription status); with reprogramming and refill',
  },
  {
    code: '62370',
    system: 'CPT',
    notOnFeeSchedule: false,
    description:
      'Electronic analysis of programmable, implanted pump for intrathecal or epidural drug infusion (includes evaluation of reservoir status, alarm status, drug prescription status); with reprogramming and refill (requiring skill of a physician or other qualified health care professional)',
  },
  {
    code: 'A4300',
    system: 'HCPCS',
    notOnFeeSchedule: true,
    description:
      'Implantable access catheter, (e.g., venous, arterial, epidural subarachnoid, or peritoneal, etc.) external access',
  },
  {
    code: 'A4301',
    system: 'HCPCS',
    notOnFeeSchedule: true,
    description:
      'Implantable access total catheter, port/reservoir (e.g., venous, arterial, epidural, subarachnoid, peritoneal, etc.)',
  },
  {
    code: 'E0782',
    system: 'HCPCS',
    notOnFeeSchedule: true,
    description:
      'Infusion pump, implantable, nonprogrammable (includes all components, e.g., pump, catheter, connectors, etc.)',
  },
  {
    code: 'E0783',
    system: 'HCPCS',
    notOnFeeSchedule: false,
    description:
      'Infusion pump system, implantable, programmable (includes all components, e.g., pump, catheter, connectors, etc.)',
  },
  {
    code: 'E0785',
    system: 'HCPCS',
    notOnFeeSchedule: false,
    description:
      'Implantable intraspinal (epidural/intrathecal) catheter used with implantable infusion pump, replacement',
  },
  {
    code: 'E0786',
    system: 'HCPCS',
    notOnFeeSchedule: false,
    description:
      'Implantable programmable infusion pump, replacement (excludes implantable intraspinal catheter)',
  },
  {
    code: 'C1772',
    system: 'HCPCS',
    notOnFeeSchedule: true,
    description: 'Infusion pump, programmable (implantable)',
  },
  {
    code: 'C1755',
    system: 'HCPCS',
    notOnFeeSchedule: true,
    description: 'Catheter, intraspinal',
  },
  {
    code: 'J2274',
    system: 'HCPCS',
    notOnFeeSchedule: true,
    description:
      'Injection, morphine sulfate, preservative free for epidural or intrathecal use, 10 mg',
  },
  {
    code: 'S0093',
    system: 'HCPCS',
    notOnFeeSchedule: true,
    description: 'Injection, morphine sulfate, 500 mg (loading dose for infusion pump)',
  },
];

export const CODE_BY_ID: ReadonlyMap<string, PolicyCode> = new Map(CODES.map((c) => [c.code, c]));

export const CODING_NOTE =
  'NOTE: Coverage is subject to each requested code’s inclusion on the corresponding LDH fee schedule. Non-covered codes are denoted (*) and are reviewed for Medical Necessity for members under 21 years of age on a per case basis.';
