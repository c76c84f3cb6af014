import { useId, useState } from 'react';
import { TextField } from '../../components/ui/text-field';
import type { ItemId } from '../../policy';
import { readNumber, reduction, type Reduction } from './percent-change';

interface HelperSpec {
  readonly title: string;
  readonly before: { label: string; max: number };
  readonly after: { label: string; max: number };
  readonly unit: string;
  readonly result: (change: Reduction) => string;
}

const PAIN: HelperSpec = {
  title: 'Pain score calculator',
  before: { label: 'Pain score before the trial (0–10)', max: 10 },
  after: { label: 'Pain score during the trial (0–10)', max: 10 },
  unit: '',
  result: ({ percent, atLeastHalf }) =>
    `${percent}% reduction in pain: ${atLeastHalf ? 'at least' : 'less than'} the policy’s 50%.`,
};

const WEANING: HelperSpec = {
  title: 'Opioid weaning calculator',
  before: { label: 'Systemic opioid dose before weaning (MME/day)', max: 100000 },
  after: { label: 'Systemic opioid dose after weaning, before the trial (MME/day)', max: 100000 },
  unit: 'MME/day',
  result: ({ percent, atLeastHalf }) =>
    `${percent}% weaned: ${atLeastHalf ? 'at least' : 'less than'} the policy’s 50%.`,
};

// Where the policy states a number, a calculator the reviewer may use. It never answers for them.
const HELPERS: Partial<Record<ItemId, HelperSpec>> = {
  'II.A.1.a': PAIN,
  'II.A.2.a': PAIN,
  'I.A.2.g': WEANING,
};

export function ItemHelper({ id }: { readonly id: ItemId }) {
  const spec = HELPERS[id];
  return spec ? <Calculator id={id} spec={spec} /> : null;
}

function Calculator({ id, spec }: { readonly id: ItemId; readonly spec: HelperSpec }) {
  const uid = useId();
  const [beforeText, setBefore] = useState('');
  const [afterText, setAfter] = useState('');
  const before = readNumber(beforeText, 'The first value', 0, spec.before.max);
  const after = readNumber(afterText, 'The second value', 0, spec.after.max);
  const beforeError =
    before && !before.ok
      ? before.error
      : before?.ok && before.value === 0
        ? 'The first value must be more than 0.'
        : undefined;
  const afterError = after && !after.ok ? after.error : undefined;
  const result =
    before?.ok && after?.ok && before.value > 0
      ? spec.result(reduction(before.value, after.value))
      : undefined;

  return (
    <details className="mt-3 rounded-md border border-line bg-slate-50 p-3 text-sm print:hidden">
      <summary className="min-h-6 cursor-pointer font-semibold text-brand">
        {spec.title} for {id} (does not answer)
      </summary>
      <div className="mt-2 grid gap-3 sm:grid-cols-2">
        <TextField
          id={`${uid}-before`}
          label={spec.before.label}
          inputMode="decimal"
          value={beforeText}
          onChange={(e) => setBefore(e.target.value)}
          error={beforeError}
        />
        <TextField
          id={`${uid}-after`}
          label={spec.after.label}
          inputMode="decimal"
          value={afterText}
          onChange={(e) => setAfter(e.target.value)}
          error={afterError}
        />
      </div>
      <p className="mt-2" role="status">
        {result ?? 'Enter both values to see the change.'}
      </p>
    </details>
  );
}
