import {
  formatInZone,
  instantOfWallTime,
  parseIsoDateTime,
  PLAN_TIME_ZONE,
  TRIAL_WAIVERS,
  wallTimeIn,
  CALCULATOR_ITEMS,
  type Answer,
  type CaseFile,
  type MedicalDirectorDecision,
  type NurseAction,
  type Drug,
  type Indication,
  type Request,
  type ReviewStatus,
  type TrialWaiverGround,
  type Urgency,
} from '../../engine';
import { ITEM_IDS, POLICY, type ItemId } from '../../policy';
import { toFormKey, type FormKey } from './form-keys';

/** The wizard's form: every field a string ('' when not given), items under their form keys. */
export interface ReviewFormValues {
  request: Request | '';
  drug: Drug | '';
  indication: Indication | '';
  /** The grounds of a trial waiver request (Note to II), none when no waiver is requested. */
  trialWaiver: TrialWaiverGround[];
  reviewDate: string;
  /** The date of service, on which age is taken for the codes marked `*`. */
  serviceDate: string;
  urgency: Urgency | '';
  /** Local time in the plan's time zone, as a datetime-local input writes it. */
  receivedAt: string;
  memberName: string;
  memberId: string;
  memberDateOfBirth: string;
  providerName: string;
  providerNpi: string;
  reviewerName: string;
  status: ReviewStatus;
  answers: Record<FormKey, Answer | ''>;
  notes: Record<FormKey, string>;
  codes: string[];
  /** The record of the review: the nurse's action, who completed it, the medical director. */
  record: RecordFormValues;
  /** Where each note's evidence is: document, date (YYYY-MM-DD), page. */
  sources: Record<FormKey, SourceFormValues>;
  /** The calculators' inputs, as typed. */
  calculators: Record<FormKey, CalculatorFormValues>;
}

export interface RecordFormValues {
  action: NurseAction | '';
  informationRequested: string;
  requestedFrom: string;
  pendedOn: string;
  respondBy: string;
  /** Local time in the plan's time zone, as a datetime-local input writes it. */
  referredAt: string;
  authorizationNumber: string;
  completedByName: string;
  completedByCredentials: string;
  /** ISO 8601 with offset: set when the review is completed, not typed. */
  completedAt: string;
  mdDecision: MedicalDirectorDecision | '';
  mdName: string;
  mdCredentials: string;
  /** Local time in the plan's time zone. */
  mdDecidedAt: string;
  mdRationale: string;
}

export interface SourceFormValues {
  document: string;
  date: string;
  page: string;
}

export interface CalculatorFormValues {
  before: string;
  after: string;
}

function recordValues(file: CaseFile): RecordFormValues {
  const action = file.nurseAction;
  const md = file.medicalDirector;
  return {
    action: action?.action ?? '',
    informationRequested: action?.informationRequested ?? '',
    requestedFrom: action?.requestedFrom ?? '',
    pendedOn: action?.pendedOn ?? '',
    respondBy: action?.respondBy ?? '',
    referredAt: toLocalDateTime(action?.referredAt),
    authorizationNumber: file.authorizationNumber ?? '',
    completedByName: file.completedBy?.name ?? '',
    completedByCredentials: file.completedBy?.credentials ?? '',
    completedAt: file.completedAt ?? '',
    mdDecision: md?.decision ?? '',
    mdName: md?.name ?? '',
    mdCredentials: md?.credentials ?? '',
    mdDecidedAt: toLocalDateTime(md?.decidedAt),
    mdRationale: md?.rationale ?? '',
  };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A case file's receivedAt as plan-time wall-clock text for a datetime-local input. */
export function toLocalDateTime(iso: string | undefined): string {
  const ms = iso === undefined ? undefined : parseIsoDateTime(iso);
  if (ms === undefined) return '';
  const w = wallTimeIn(ms, PLAN_TIME_ZONE);
  const base = `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
  return w.second === 0 ? base : `${base}:${pad(w.second)}`;
}

const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Plan-time wall-clock text back to ISO 8601 with the offset in force then. */
export function fromLocalDateTime(local: string): string | undefined {
  const m = LOCAL_RE.exec(local);
  if (!m) return local === '' ? undefined : local;
  const wall = {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4]),
    minute: Number(m[5]),
    second: Number(m[6] ?? 0),
  };
  return formatInZone(instantOfWallTime(wall, PLAN_TIME_ZONE), PLAN_TIME_ZONE);
}

export function toFormValues(file: CaseFile): ReviewFormValues {
  const answers = {} as Record<FormKey, Answer | ''>;
  const notes = {} as Record<FormKey, string>;
  const sources = {} as Record<FormKey, SourceFormValues>;
  const calculators = {} as Record<FormKey, CalculatorFormValues>;
  for (const id of ITEM_IDS) {
    answers[toFormKey(id)] = file.answers[id] ?? '';
    notes[toFormKey(id)] = file.notes?.[id] ?? '';
    const source = file.sources?.[id];
    sources[toFormKey(id)] = {
      document: source?.document ?? '',
      date: source?.date ?? '',
      page: source?.page ?? '',
    };
  }
  for (const id of ITEM_IDS) {
    const inputs = (
      file.calculators as Partial<Record<ItemId, { before?: number; after?: number }>> | undefined
    )?.[id];
    calculators[toFormKey(id)] = {
      before: inputs?.before === undefined ? '' : String(inputs.before),
      after: inputs?.after === undefined ? '' : String(inputs.after),
    };
  }
  return {
    request: file.request ?? '',
    drug: file.drug ?? '',
    indication: file.indication ?? '',
    trialWaiver: [...(file.trialWaiver ?? [])],
    reviewDate: file.reviewDate ?? '',
    serviceDate: file.serviceDate ?? '',
    urgency: file.urgency ?? '',
    receivedAt: toLocalDateTime(file.receivedAt),
    memberName: file.member?.name ?? '',
    memberId: file.member?.id ?? '',
    memberDateOfBirth: file.member?.dateOfBirth ?? '',
    providerName: file.provider?.name ?? '',
    providerNpi: file.provider?.npi ?? '',
    reviewerName: file.reviewer?.name ?? '',
    status: file.status ?? 'in_progress',
    answers,
    notes,
    codes: file.codes ?? [],
    record: recordValues(file),
    sources,
    calculators,
  };
}

function isTrialWaiver(value: string): value is TrialWaiverGround {
  return (TRIAL_WAIVERS as readonly string[]).includes(value);
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * The form for a saved review. Where the case file had to set a typed value aside (a date of
 * birth after the review date, a time received that is not a time, a waiver the request does not
 * allow, a note too long), the typed value goes back in its field, so a reload loses nothing and the field still
 * says what is wrong with it.
 */
export function toFormValuesKeeping(file: CaseFile, typed: unknown): ReviewFormValues {
  const values = toFormValues(file);
  if (typed === null || typeof typed !== 'object') return values;
  const t = typed as Record<string, unknown>;
  const member =
    t.member !== null && typeof t.member === 'object' ? (t.member as Record<string, unknown>) : {};
  const receivedAt = textOf(t.receivedAt);
  const typedWaiver: unknown[] = Array.isArray(t.trialWaiver) ? t.trialWaiver : [t.trialWaiver];
  const waiver = typedWaiver.filter((w): w is TrialWaiverGround => isTrialWaiver(textOf(w)));
  // A note too long for the case file is left out of it, but kept as typed.
  const typedNotes =
    t.notes !== null && typeof t.notes === 'object' ? (t.notes as Record<string, unknown>) : {};
  const notes = { ...values.notes };
  for (const id of ITEM_IDS) {
    const key = toFormKey(id);
    notes[key] = notes[key] || textOf(typedNotes[id]);
  }
  return {
    ...values,
    notes,
    reviewDate: values.reviewDate || textOf(t.reviewDate),
    serviceDate: values.serviceDate || textOf(t.serviceDate),
    memberDateOfBirth: values.memberDateOfBirth || textOf(member.dateOfBirth),
    receivedAt: values.receivedAt || toLocalDateTime(receivedAt) || receivedAt,
    trialWaiver: values.trialWaiver.length > 0 ? values.trialWaiver : waiver,
  };
}

type Loose<T> = { [K in keyof T]?: T[K] extends object ? Loose<T[K]> : T[K] | undefined };

function given<T extends string>(value: T | '' | undefined): T | undefined {
  const trimmed = typeof value === 'string' ? value.trim() : value;
  return trimmed === '' || trimmed === undefined ? undefined : (trimmed as T);
}

/** A calculator's input as a number; text that is not one stays as typed, for the draft to set aside. */
function numberOf(text: string | undefined): number | string | undefined {
  const trimmed = text?.trim() ?? '';
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : trimmed;
}

function compact<T extends object>(value: T): T | undefined {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return entries.length === 0 ? undefined : (Object.fromEntries(entries) as T);
}

/**
 * The form as a case file (unvalidated: the draft validates it). Empty fields are left out, so
 * an export holds only what the reviewer gave.
 */
export function toCaseFileInput(values: Loose<ReviewFormValues>): Record<string, unknown> {
  const answers: Partial<Record<ItemId, Answer>> = {};
  const notes: Partial<Record<ItemId, string>> = {};
  for (const id of ITEM_IDS) {
    const answer = values.answers?.[toFormKey(id)];
    if (answer) answers[id] = answer;
    const note = values.notes?.[toFormKey(id)];
    if (note && note.trim() !== '') notes[id] = note;
  }
  const sources: Partial<Record<ItemId, object>> = {};
  for (const id of ITEM_IDS) {
    const source = values.sources?.[toFormKey(id)];
    const given_ = compact({
      document: given(source?.document),
      date: given(source?.date),
      page: given(source?.page),
    });
    if (given_) sources[id] = given_;
  }
  const calculators: Partial<Record<ItemId, object>> = {};
  for (const id of CALCULATOR_ITEMS) {
    const inputs = values.calculators?.[toFormKey(id)];
    const given_ = compact({ before: numberOf(inputs?.before), after: numberOf(inputs?.after) });
    if (given_) calculators[id] = given_;
  }
  const r = values.record ?? {};
  const codes = (values.codes ?? []).filter((c): c is string => typeof c === 'string' && c !== '');
  const grounds = (values.trialWaiver ?? []).filter((g): g is TrialWaiverGround => !!g);
  const file = {
    policy: POLICY.number,
    status: values.status,
    request: given(values.request),
    drug: given(values.drug),
    indication: given(values.indication),
    trialWaiver: grounds.length > 0 ? grounds : undefined,
    reviewDate: given(values.reviewDate),
    serviceDate: given(values.serviceDate),
    urgency: given(values.urgency),
    receivedAt: fromLocalDateTime(values.receivedAt ?? ''),
    member: compact({
      name: given(values.memberName),
      id: given(values.memberId),
      dateOfBirth: given(values.memberDateOfBirth),
    }),
    provider: compact({ name: given(values.providerName), npi: given(values.providerNpi) }),
    reviewer: compact({ name: given(values.reviewerName) }),
    answers,
    notes: compact(notes),
    codes: codes.length > 0 ? codes : undefined,
    nurseAction: compact({
      action: given(r.action),
      informationRequested: given(r.informationRequested),
      requestedFrom: given(r.requestedFrom),
      pendedOn: given(r.pendedOn),
      respondBy: given(r.respondBy),
      referredAt: fromLocalDateTime(r.referredAt ?? ''),
    }),
    authorizationNumber: given(r.authorizationNumber),
    completedBy: compact({
      name: given(r.completedByName),
      credentials: given(r.completedByCredentials),
    }),
    completedAt: given(r.completedAt),
    medicalDirector: compact({
      decision: given(r.mdDecision),
      name: given(r.mdName),
      credentials: given(r.mdCredentials),
      decidedAt: fromLocalDateTime(r.mdDecidedAt ?? ''),
      rationale: given(r.mdRationale),
    }),
    sources: compact(sources),
    calculators: compact(calculators),
  };
  return compact(file) ?? { policy: POLICY.number };
}
