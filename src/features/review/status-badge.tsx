import { cn } from '../../components/ui/cn';
import type { ItemStatus } from '../../engine';

export const STATUS_LABELS: Readonly<Record<ItemStatus, string>> = {
  satisfied: 'Satisfied',
  failing: 'Fails',
  missing: 'Not documented',
  waived: 'Waived',
  not_required: 'Not required',
};

const STATUS_TONES: Readonly<Record<ItemStatus, string>> = {
  satisfied: 'bg-met-soft text-met border-met',
  failing: 'bg-fail-soft text-fail border-fail',
  missing: 'bg-missing-soft text-missing border-missing',
  waived: 'bg-review-soft text-review border-review',
  not_required: 'bg-white text-muted border-line',
};

export function StatusBadge({ status }: { readonly status: ItemStatus }) {
  return (
    <p className="mb-2">
      <span
        className={cn('inline-block rounded-full border px-2 py-0.5 text-xs font-semibold', STATUS_TONES[status])}
      >
        <span className="sr-only">Status: </span>
        {STATUS_LABELS[status]}
      </span>
    </p>
  );
}
