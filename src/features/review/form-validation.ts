import { zodResolver } from '@hookform/resolvers/zod';
import { get, set, type FieldError, type FieldErrors, type Resolver } from 'react-hook-form';
import * as z from 'zod/mini';
import { caseFileSchema } from '../../engine';
import { ITEM_IDS } from '../../policy';
import { toFormKey } from './form-keys';
import { toCaseFileInput, type ReviewFormValues } from './form-values';

// The form is checked by the case file's one schema (DESIGN.md, "The case file"): the form's
// values become the case file they are saved as, and each problem goes back to the field that
// holds it, in the schema's own words. Nothing typed is refused as it is typed: the field says
// what is wrong, and the draft sets the value aside until it is put right.

const formAsCaseFile = z.pipe(
  z.transform((values: ReviewFormValues) => toCaseFileInput(values)),
  caseFileSchema,
);

/** The form field that holds each field of the case file the schema may find fault with. */
const FORM_FIELD_OF: ReadonlyMap<string, string> = new Map([
  ['reviewDate', 'reviewDate'],
  ['serviceDate', 'serviceDate'],
  ['receivedAt', 'receivedAt'],
  ['member.name', 'memberName'],
  ['member.id', 'memberId'],
  ['member.dateOfBirth', 'memberDateOfBirth'],
  ['provider.name', 'providerName'],
  ['provider.npi', 'providerNpi'],
  ['reviewer.name', 'reviewerName'],
  ['nurseAction.informationRequested', 'record.informationRequested'],
  ['nurseAction.requestedFrom', 'record.requestedFrom'],
  ['nurseAction.pendedOn', 'record.pendedOn'],
  ['nurseAction.respondBy', 'record.respondBy'],
  ['nurseAction.referredAt', 'record.referredAt'],
  ['authorizationNumber', 'record.authorizationNumber'],
  ['completedBy.name', 'record.completedByName'],
  ['completedBy.credentials', 'record.completedByCredentials'],
  ['medicalDirector.name', 'record.mdName'],
  ['medicalDirector.credentials', 'record.mdCredentials'],
  ['medicalDirector.decidedAt', 'record.mdDecidedAt'],
  ['medicalDirector.rationale', 'record.mdRationale'],
  ...ITEM_IDS.flatMap((id) => {
    const key = toFormKey(id);
    return [
      [`notes.${id}`, `notes.${key}`],
      [`sources.${id}.document`, `sources.${key}.document`],
      [`sources.${id}.date`, `sources.${key}.date`],
      [`sources.${id}.page`, `sources.${key}.page`],
      [`calculators.${id}.before`, `calculators.${key}.before`],
      [`calculators.${id}.after`, `calculators.${key}.after`],
    ] as const;
  }),
]);

function isFieldError(node: unknown): node is FieldError {
  return (
    node !== null &&
    typeof node === 'object' &&
    typeof (node as { type?: unknown }).type === 'string' &&
    'message' in node
  );
}

/** Each error the resolver found, with the dotted path of the case-file field it is about. */
function leaves(errors: object, prefix = ''): [string, FieldError][] {
  return Object.entries(errors).flatMap(([key, node]): [string, FieldError][] => {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (isFieldError(node)) return [[path, node]];
    return node !== null && typeof node === 'object' ? leaves(node as object, path) : [];
  });
}

const byCaseFile = zodResolver(formAsCaseFile, undefined, { raw: true });

/**
 * Fields whose value is one of fixed choices (an answer, the request, a ticked code): the schema
 * has nothing to say of any of them, so a change to one alone is not checked. An answer is the
 * most frequent change of all, and it is then drawn without waiting for the whole file's check.
 */
const CHOSEN =
  /^(answers|request|drug|indication|urgency|trialWaiver|codes|status)(\.|$)|^record\.(action|mdDecision)$/;

/**
 * The form's resolver: @hookform/resolvers' zodResolver over the case file's schema, its errors
 * moved from the case file's paths to the form's fields. A problem with no field of its own in
 * the form (a waiver the request does not allow) is left to the draft, which sets it aside.
 */
export const reviewFormResolver: Resolver<ReviewFormValues> = async (values, context, options) => {
  if (options.names !== undefined && options.names.every((name) => CHOSEN.test(name)))
    return { values, errors: {} };
  const result = await byCaseFile(values, context, options);
  const errors: FieldErrors<ReviewFormValues> = {};
  for (const [path, error] of leaves(result.errors)) {
    const field = FORM_FIELD_OF.get(path);
    if (field !== undefined) set(errors, field, { type: error.type, message: error.message });
  }
  return Object.keys(errors).length === 0 ? { values, errors: {} } : { values: {}, errors };
};

/** The message of the error on a form field, if it has one. */
export function errorMessage(
  errors: FieldErrors<ReviewFormValues>,
  field: string,
): string | undefined {
  const error: unknown = get(errors, field);
  return isFieldError(error) && typeof error.message === 'string' ? error.message : undefined;
}
