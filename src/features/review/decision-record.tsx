import { Controller, useFormContext, useFormState, useWatch } from 'react-hook-form';
import { RadioGroup, type RadioOption } from '../../components/ui/radio-group';
import { TextField } from '../../components/ui/text-field';
import {
  FIELD_LABELS,
  MEDICAL_DIRECTOR_DECISION_LABELS,
  MEDICAL_DIRECTOR_DECISIONS,
  NURSE_ACTION_LABELS,
  NURSE_ACTIONS,
  type Determination,
  type MedicalDirectorDecision,
  type NurseAction,
} from '../../engine';
import { linesToRefer, needsMedicalDirector } from '../shared';
import { errorMessage } from './form-validation';
import type { ReviewFormValues } from './form-values';

const ACTION_OPTIONS: RadioOption<NurseAction>[] = NURSE_ACTIONS.map((value) => ({
  value,
  label: NURSE_ACTION_LABELS[value],
}));

const DECISION_OPTIONS: RadioOption<MedicalDirectorDecision>[] = MEDICAL_DIRECTOR_DECISIONS.map(
  (value) => ({ value, label: MEDICAL_DIRECTOR_DECISION_LABELS[value] }),
);

const TEXTAREA =
  'min-h-16 rounded-md border border-line bg-white px-3 py-2 text-sm read-only:bg-slate-50';

export interface DecisionRecordProps {
  readonly determination: Determination;
  readonly readOnly: boolean;
}

/**
 * What was decided, recorded in the review: the nurse's action (approved; pended, with what was
 * asked of whom and when; referred, with the time), the plan's reference number, who completed
 * the review, and for a referral the medical director's decision.
 */
export function DecisionRecord({ determination, readOnly }: DecisionRecordProps) {
  const { control, register } = useFormContext<ReviewFormValues>();
  const { errors } = useFormState({ control, name: 'record' });
  /** What the case file's schema finds wrong with a field, named as its label names it. */
  const problem = (field: string, name: string) => {
    const message = errorMessage(errors, field);
    return message === undefined ? undefined : `${name} ${message}.`;
  };
  const action = useWatch({ control, name: 'record.action' });
  const referral = needsMedicalDirector(determination) || action === 'referred';
  const lines = linesToRefer(determination);
  return (
    <section
      aria-labelledby="decision-record-title"
      className="flex flex-col gap-4 rounded-lg border border-line bg-white p-4"
    >
      <h2 id="decision-record-title" className="text-lg font-semibold">
        The record of this review
      </h2>
      <Controller
        control={control}
        name="record.action"
        render={({ field }) => (
          <RadioGroup<NurseAction>
            name="nurse-action"
            legend={FIELD_LABELS['nurseAction.action']}
            description="A nurse reviewer approves only a request that meets the criteria; anything else is pended for information or referred to a medical director, never denied."
            options={ACTION_OPTIONS}
            value={field.value}
            onChange={field.onChange}
            disabled={readOnly}
            numberKeys
          />
        )}
      />
      {action === 'pended' ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <div className="flex flex-col gap-1 sm:col-span-2">
            <label htmlFor="record-information" className="text-sm font-semibold">
              Information requested
            </label>
            <textarea
              id="record-information"
              readOnly={readOnly}
              maxLength={4000}
              className={TEXTAREA}
              {...register('record.informationRequested')}
            />
          </div>
          <TextField
            id="record-requested-from"
            label="Requested from"
            readOnly={readOnly}
            error={problem('record.requestedFrom', 'Requested from')}
            {...register('record.requestedFrom')}
          />
          <TextField
            id="record-pended-on"
            label="Requested on"
            type="date"
            readOnly={readOnly}
            error={problem('record.pendedOn', 'The date requested')}
            {...register('record.pendedOn')}
          />
          <TextField
            id="record-respond-by"
            label="To be sent by"
            type="date"
            readOnly={readOnly}
            error={problem('record.respondBy', 'The date to be sent by')}
            {...register('record.respondBy')}
          />
        </div>
      ) : null}
      {action === 'referred' ? (
        <TextField
          id="record-referred-at"
          label="Referred to a medical director at (Central time)"
          type="datetime-local"
          readOnly={readOnly}
          className="max-w-xs"
          error={problem('record.referredAt', 'The time referred')}
          {...register('record.referredAt')}
        />
      ) : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField
          id="record-authorization"
          label={FIELD_LABELS.authorizationNumber}
          readOnly={readOnly}
          error={problem('record.authorizationNumber', 'The reference number')}
          {...register('record.authorizationNumber')}
        />
        <TextField
          id="record-completed-by"
          label="Completed by (name)"
          autoComplete="name"
          readOnly={readOnly}
          error={problem('record.completedByName', 'The name')}
          {...register('record.completedByName')}
        />
        <TextField
          id="record-completed-credentials"
          label="Credentials (e.g. RN)"
          readOnly={readOnly}
          error={problem('record.completedByCredentials', 'The credentials')}
          {...register('record.completedByCredentials')}
        />
      </div>
      {referral ? (
        <fieldset className="flex flex-col gap-3 rounded-md border border-review bg-review-soft p-3">
          <legend className="px-1 font-semibold">Medical director</legend>
          <p className="text-sm">
            {lines.length > 0 ? `Lines a nurse cannot approve: ${lines.join(', ')}. ` : null}
            Filled in when the medical director has decided; the summary prints these as lines to
            fill in until then.
          </p>
          <Controller
            control={control}
            name="record.mdDecision"
            render={({ field }) => (
              <RadioGroup<MedicalDirectorDecision>
                name="md-decision"
                legend={FIELD_LABELS['medicalDirector.decision']}
                options={DECISION_OPTIONS}
                value={field.value}
                onChange={field.onChange}
                disabled={readOnly}
                numberKeys
              />
            )}
          />
          <div className="grid gap-3 sm:grid-cols-3">
            <TextField
              id="record-md-name"
              label="Medical director (name)"
              readOnly={readOnly}
              error={problem('record.mdName', 'The name')}
              {...register('record.mdName')}
            />
            <TextField
              id="record-md-credentials"
              label="Medical director’s credentials"
              readOnly={readOnly}
              error={problem('record.mdCredentials', 'The credentials')}
              {...register('record.mdCredentials')}
            />
            <TextField
              id="record-md-decided-at"
              label="Decided at (Central time)"
              type="datetime-local"
              readOnly={readOnly}
              error={problem('record.mdDecidedAt', 'The time decided')}
              {...register('record.mdDecidedAt')}
            />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="record-md-rationale" className="text-sm font-semibold">
              Medical director’s rationale
            </label>
            <textarea
              id="record-md-rationale"
              readOnly={readOnly}
              maxLength={4000}
              className={TEXTAREA}
              {...register('record.mdRationale')}
            />
          </div>
        </fieldset>
      ) : null}
    </section>
  );
}
