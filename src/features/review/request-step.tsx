import { useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { Controller, useFormContext, useFormState, useWatch } from 'react-hook-form';
import { RadioGroup, type RadioOption } from '../../components/ui/radio-group';
import { focusNextStop } from '../../components/ui/focus-next';
import { TextField } from '../../components/ui/text-field';
import {
  EARLIEST_YEAR,
  FIELD_LABELS,
  LATEST_YEAR,
  TURNAROUND,
  type Determination,
  type Drug,
  type Indication,
  type Request,
  type Urgency,
} from '../../engine';
import { errorMessage } from './form-validation';
import type { ReviewFormValues } from './form-values';
import {
  DRUG_LABELS,
  DUE_BY_WORDS,
  formatDateTime,
  INDICATION_LABELS,
  type Mode,
  useMode,
} from '../shared';
import { IdentifierField, type IdentifierName } from './identifier-field';
import { REQUEST_CHOICES } from '../shared';
import { ScopeNotice } from './scope-notice';

const REQUEST_OPTIONS: RadioOption<Request>[] = (
  ['trial', 'implant', 'existing_pump'] as const
).map((value) => ({ value, label: REQUEST_CHOICES[value] }));
const DRUG_OPTIONS: RadioOption<Drug>[] = (['opioid', 'baclofen', 'other'] as const).map(
  (value) => ({
    value,
    label: DRUG_LABELS[value],
  }),
);
const INDICATION_OPTIONS: RadioOption<Indication>[] = (
  ['malignant', 'nonmalignant', 'other'] as const
).map((value) => ({
  value,
  label: INDICATION_LABELS[value],
}));
const URGENCY_OPTIONS: RadioOption<Urgency>[] = [
  { value: 'standard', label: 'Standard' },
  { value: 'expedited', label: 'Expedited' },
];

/** The step's words for a plan's reviewer, and for a provider's office preparing a request. */
const WORDS = {
  reviewer: {
    reviewDate: 'Review date',
    theReviewDateFirst: 'The review date',
    theReviewDate: 'the review date',
    received: 'Request received (Central time)',
    noDueBy: 'Enter when the request was received to see when the decision is due.',
    reviewer: 'Reviewer',
  },
  provider: {
    reviewDate: 'Date of this check',
    theReviewDateFirst: 'The date of this check',
    theReviewDate: 'the date of this check',
    received: 'Request received by the plan (Central time)',
    noDueBy: 'Enter when the plan received the request to see when its decision is due.',
    reviewer: 'Person preparing the request',
  },
} as const satisfies Record<Mode, Record<string, string>>;

type Words = (typeof WORDS)[Mode];

/** The fields the case file checks on this step, and how a reader names each. */
function checkedFields(words: Words) {
  return [
    ['reviewDate', words.theReviewDateFirst],
    ['memberDateOfBirth', 'The date of birth'],
    ['receivedAt', 'The time received'],
  ] as const;
}

/**
 * A date typed with a two-digit year (05/04/26 arrives as the year 0026) is refused for its year,
 * which says more to the reviewer than "not a real date".
 */
function yearProblem(typed: unknown): string | undefined {
  const year = typeof typed === 'string' ? /^(\d{4})-/.exec(typed)?.[1] : undefined;
  if (year === undefined || (Number(year) >= EARLIEST_YEAR && Number(year) <= LATEST_YEAR))
    return undefined;
  return `must be in the years ${EARLIEST_YEAR} to ${LATEST_YEAR}: type the year with four digits`;
}

/** The optional identifiers, each a plain text field, with their labels in the mode's words. */
function identifiers(words: Words): readonly (readonly [IdentifierName, string])[] {
  return [
    ['memberName', FIELD_LABELS['member.name']],
    ['memberId', FIELD_LABELS['member.id']],
    ['providerName', FIELD_LABELS['provider.name']],
    ['providerNpi', FIELD_LABELS['provider.npi']],
    ['reviewerName', words.reviewer],
  ];
}

/**
 * Enter in a date field moves on to the next question, as 1/2/3 do on a choice: not past the
 * field's own calendar button first.
 */
function enterMovesOn(event: KeyboardEvent<HTMLInputElement>): void {
  if (event.key !== 'Enter' || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey)
    return;
  event.preventDefault();
  focusNextStop(event.currentTarget);
}

export function RequestStep({
  determination,
  readOnly,
}: {
  readonly determination: Determination;
  readonly readOnly: boolean;
}) {
  const { control, register } = useFormContext<ReviewFormValues>();
  const values = useWatch({ control });
  const mode = useMode();
  const words = WORDS[mode];
  const { errors: fieldErrors } = useFormState({
    control,
    name: ['reviewDate', 'memberDateOfBirth', 'receivedAt'],
  });
  const [reviewDateOpen, setReviewDateOpen] = useState(false);
  const errors: Partial<Record<keyof ReviewFormValues, string>> = {};
  for (const [field, name] of checkedFields(words)) {
    const problem = errorMessage(fieldErrors, field);
    if (problem === undefined) continue;
    // The schema's messages speak of the review date; each mode names it in its own words.
    const message =
      yearProblem(values[field]) ?? problem.replace('the review date', words.theReviewDate);
    errors[field] = `${name} ${message}.`;
  }
  const radio = <V extends string>(
    name: 'request' | 'drug' | 'indication' | 'urgency',
    legend: string,
    options: RadioOption<V>[],
    description?: string,
  ) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <RadioGroup<V>
          name={name}
          legend={legend}
          description={description}
          options={options}
          value={(field.value ?? '') as V | ''}
          onChange={field.onChange}
          disabled={readOnly}
          numberKeys
          className="rounded-lg border border-line bg-white p-4"
        />
      )}
    />
  );

  const age = determination.memberAge;
  const reviewDateSet = Boolean(values.reviewDate) && !errors.reviewDate && !reviewDateOpen;
  const drugOutOfScope =
    determination.outcome === 'out_of_scope' &&
    (determination.drug === 'baclofen' || determination.drug === 'other');
  return (
    <div className="flex flex-col gap-4">
      {radio(
        'drug',
        'Drug to be given by the pump',
        DRUG_OPTIONS,
        'LA.CP.MP.173 covers an opioid drug, alone or in combination with other non-opioid drugs.',
      )}
      {drugOutOfScope ? (
        // A drug outside the policy ends the review here: the request and indication no longer matter.
        <ScopeNotice determination={determination} />
      ) : (
        <>
          {radio(
            'request',
            'Request type',
            REQUEST_OPTIONS,
            'Trial: a preliminary epidural or intrathecal trial (I). Implant: a permanent pump (II). A pump already in place: its codes are in the policy’s table, its criteria are not.',
          )}
          {radio(
            'indication',
            'Indication',
            INDICATION_OPTIONS,
            'The policy covers chronic pain of malignant or non-malignant origin.',
          )}
          {determination.outcome === 'out_of_scope' ? (
            <ScopeNotice determination={determination} />
          ) : null}
        </>
      )}
      <fieldset className="rounded-lg border border-line bg-white p-4" disabled={readOnly}>
        <legend className="font-semibold">Dates</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="flex flex-col gap-1">
            <TextField
              id="reviewDate"
              type="date"
              label={words.reviewDate}
              error={errors.reviewDate}
              // Filled in already (today): not three Tab stops and a calendar on the way to the
              // fields that need typing. "Change" puts it back in the Tab order.
              tabIndex={reviewDateSet ? -1 : undefined}
              onKeyDown={enterMovesOn}
              {...register('reviewDate', { deps: 'memberDateOfBirth' })}
            />
            {reviewDateSet && !readOnly ? (
              <button
                type="button"
                data-skip-on-answer=""
                onClick={() => {
                  flushSync(() => setReviewDateOpen(true));
                  document.getElementById('reviewDate')?.focus();
                }}
                className="min-h-6 self-start text-sm text-brand underline underline-offset-2 hover:no-underline"
              >
                Change {words.theReviewDate}
              </button>
            ) : null}
          </div>
          <TextField
            id="memberDateOfBirth"
            type="date"
            label={FIELD_LABELS['member.dateOfBirth']}
            hint={
              age === null
                ? 'Decides how codes marked * are reviewed (under 21).'
                : `Age ${age} on ${determination.serviceDate ? 'the date of service' : words.theReviewDate}.`
            }
            error={errors.memberDateOfBirth}
            onKeyDown={enterMovesOn}
            {...register('memberDateOfBirth')}
          />
        </div>
      </fieldset>
      <fieldset className="rounded-lg border border-line bg-white p-4" disabled={readOnly}>
        <legend className="font-semibold">Turnaround</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          {radio(
            'urgency',
            'Urgency',
            URGENCY_OPTIONS,
            `Expedited: decision within ${TURNAROUND.expedited.label}. Standard: within ${TURNAROUND.standard.label}.`,
          )}
          <TextField
            id="receivedAt"
            type="datetime-local"
            label={words.received}
            error={errors.receivedAt}
            onKeyDown={enterMovesOn}
            {...register('receivedAt')}
          />
        </div>
        <p className="mt-3 text-sm" aria-live="polite">
          {determination.dueBy ? (
            <>
              {DUE_BY_WORDS[mode]} <strong>{formatDateTime(determination.dueBy)}</strong>
              {values.urgency ? '' : ' (standard, as no urgency is chosen)'}.
            </>
          ) : (
            words.noDueBy
          )}
        </p>
      </fieldset>
      <fieldset className="rounded-lg border border-line bg-white p-4" disabled={readOnly}>
        <legend className="font-semibold">Identifiers (optional)</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          {identifiers(words).map(([name, label]) => (
            <IdentifierField key={name} name={name} label={label} />
          ))}
        </div>
      </fieldset>
    </div>
  );
}
