import { useId } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { TextField } from '../../components/ui/text-field';
import type { ItemId } from '../../policy';
import { toFormKey } from './form-keys';
import type { ReviewFormValues } from './form-values';
import { readNumber, reduction, type Reduction } from './percent-change';

interface HelperSpec {
  readonly title: string;
  readonly before: { label: string; max: number };
  readonly after: { label: string; max: number };
  readonly result: (change: Reduction) => string;
  /** The line written into the note: the numbers, the change, and the policy's 50%. */
  readonly noteLine: (before: number, after: number, change: Reduction) => string;
}

function verdict(atLeastHalf: boolean): string {
  return `${atLeastHalf ? 'at least' : 'less than'} the policy’s 50%`;
}

const PAIN: HelperSpec = {
  title: 'Pain score calculator',
  before: { label: 'Pain score before the trial (0–10)', max: 10 },
  after: { label: 'Pain score during the trial (0–10)', max: 10 },
  result: ({ percent, atLeastHalf }) => `${percent}% reduction in pain: ${verdict(atLeastHalf)}.`,
  noteLine: (before, after, { percent, atLeastHalf }) =>
    `Pain score ${before} → ${after} (0–10): ${percent}% reduction, ${verdict(atLeastHalf)}`,
};

const WEANING: HelperSpec = {
  title: 'Opioid weaning calculator',
  before: { label: 'Systemic opioid dose before weaning (MME/day)', max: 100000 },
  after: { label: 'Systemic opioid dose after weaning, before the trial (MME/day)', max: 100000 },
  result: ({ percent, atLeastHalf }) => `${percent}% weaned: ${verdict(atLeastHalf)}.`,
  noteLine: (before, after, { percent, atLeastHalf }) =>
    `MME ${before} → ${after} mg/day: ${percent}% weaned, ${verdict(atLeastHalf)}`,
};

// Where the policy states a number, a calculator the reviewer may use. It never answers for them.
const HELPERS: Partial<Record<ItemId, HelperSpec>> = {
  'II.A.1.a': PAIN,
  'II.A.2.a': PAIN,
  'I.A.2.g': WEANING,
};

export function ItemHelper({ id, readOnly }: { readonly id: ItemId; readonly readOnly?: boolean }) {
  const spec = HELPERS[id];
  return spec ? <Calculator id={id} spec={spec} readOnly={readOnly} /> : null;
}

/**
 * The calculator keeps its numbers in the review (they are part of the evidence), and one button
 * writes its result into the item's note, after whatever the note already says.
 */
function Calculator({
  id,
  spec,
  readOnly,
}: {
  readonly id: ItemId;
  readonly spec: HelperSpec;
  readonly readOnly?: boolean;
}) {
  const uid = useId();
  const key = toFormKey(id);
  const { control, register, getValues, setValue } = useFormContext<ReviewFormValues>();
  const beforeText = useWatch({ control, name: `calculators.${key}.before` }) ?? '';
  const afterText = useWatch({ control, name: `calculators.${key}.after` }) ?? '';
  const before = readNumber(beforeText, 'The first value', 0, spec.before.max);
  const after = readNumber(afterText, 'The second value', 0, spec.after.max);
  const beforeError =
    before && !before.ok
      ? before.error
      : before?.ok && before.value === 0
        ? 'The first value must be more than 0.'
        : undefined;
  const afterError = after && !after.ok ? after.error : undefined;
  const change =
    before?.ok && after?.ok && before.value > 0 ? reduction(before.value, after.value) : undefined;
  const line =
    change && before?.ok && after?.ok
      ? spec.noteLine(before.value, after.value, change)
      : undefined;

  const writeIntoNote = () => {
    if (!line) return;
    const note = getValues(`notes.${key}`).trimEnd();
    setValue(`notes.${key}`, note === '' ? `${line}.` : `${note}\n${line}.`, { shouldDirty: true });
  };

  return (
    <details
      className="mt-3 rounded-md border border-line bg-slate-50 p-3 text-sm print:hidden"
      open={beforeText !== '' || afterText !== '' ? true : undefined}
    >
      <summary className="min-h-6 cursor-pointer font-semibold text-brand">
        {spec.title} for {id} (does not answer)
      </summary>
      <div className="mt-2 grid gap-3 sm:grid-cols-2">
        <TextField
          id={`${uid}-before`}
          label={spec.before.label}
          inputMode="decimal"
          readOnly={readOnly}
          error={beforeError}
          {...register(`calculators.${key}.before`)}
        />
        <TextField
          id={`${uid}-after`}
          label={spec.after.label}
          inputMode="decimal"
          readOnly={readOnly}
          error={afterError}
          {...register(`calculators.${key}.after`)}
        />
      </div>
      <p className="mt-2" role="status">
        {change ? spec.result(change) : 'Enter both values to see the change.'}
      </p>
      {line && !readOnly ? (
        <button
          type="button"
          onClick={writeIntoNote}
          className="mt-2 min-h-6 text-brand underline underline-offset-2 hover:no-underline"
        >
          Write the result into the note on {id}
        </button>
      ) : null}
    </details>
  );
}
