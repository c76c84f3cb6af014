import { cn } from '../../components/ui/cn';
import { ITEM_STATUS_LABELS, type ItemStatus } from '../../engine';

const STATUS_TONES: Readonly<Record<ItemStatus, string>> = {
  satisfied: 'bg-met-soft text-met border-met',
  failing: 'bg-fail-soft text-fail border-fail',
  not_documented: 'bg-missing-soft text-missing border-missing',
  // Not answered yet is the reviewer's own unfinished work, not a finding about the record.
  unanswered: 'bg-white text-ink border-line border-dashed',
  waiver_requested: 'bg-review-soft text-review border-review',
  not_required: 'bg-white text-muted border-line',
};

export function StatusBadge({ status }: { readonly status: ItemStatus }) {
  return (
    <p className="mb-2">
      <span
        className={cn(
          'inline-block rounded-full border px-2 py-0.5 text-xs font-semibold',
          STATUS_TONES[status],
        )}
      >
        <span className="sr-only">Status: </span>
        {ITEM_STATUS_LABELS[status]}
      </span>
    </p>
  );
}

/**
 * The room of a badge, kept once the answer says the status: in the roomy cards the answers do not
 * move up under the pointer as the "Not answered yet" badge goes.
 */
export function StatusBadgeRoom() {
  return (
    <p className="invisible mb-2" aria-hidden="true">
      <span className="inline-block border px-2 py-0.5 text-xs">&nbsp;</span>
    </p>
  );
}
