import { useFormContext } from 'react-hook-form';
import { noteRequired, type Answer } from '../../engine';
import type { PolicyItem } from '../../policy';
import { toFormKey } from './form-keys';
import type { ReviewFormValues } from './form-values';
import { ItemHelper } from './item-helpers';
import { NoteField } from './note-field';

const INPUT = 'min-h-10 rounded-md border border-line px-3 py-2 text-sm read-only:bg-slate-50';

/** What the note must say for an answer that needs one. */
function noteAsk(answer: Answer | ''): string | undefined {
  if (!noteRequired(answer === '' ? null : answer)) return undefined;
  return answer === 'unknown' ? 'what is missing from the record' : 'what the record shows';
}

export interface ItemEvidenceProps {
  readonly item: PolicyItem;
  readonly answer: Answer | '';
  readonly readOnly?: boolean;
}

/**
 * The evidence for an answer: the calculator where the policy states a number, the note (required
 * for Not met, Present and Not documented before the review can be completed) and, optionally,
 * where in the record it is: document, date, page.
 */
export function ItemEvidence({ item, answer, readOnly }: ItemEvidenceProps) {
  const { register } = useFormContext<ReviewFormValues>();
  const key = toFormKey(item.id);
  return (
    <>
      <ItemHelper id={item.id} readOnly={readOnly} />
      <NoteField id={item.id} readOnly={readOnly} ask={noteAsk(answer)} />
      <details className="mt-2 text-sm print:hidden">
        <summary className="min-h-6 cursor-pointer text-xs font-semibold text-muted">
          Source of the note on {item.id} (optional)
        </summary>
        <div className="mt-2 grid gap-2 sm:grid-cols-[2fr_1fr_1fr]">
          <label className="flex flex-col gap-1 text-xs font-semibold text-muted">
            Document
            <input
              type="text"
              readOnly={readOnly}
              maxLength={200}
              className={INPUT}
              {...register(`sources.${key}.document`)}
            />
          </label>
          <label className="flex flex-col gap-1 text-xs font-semibold text-muted">
            Date of the document
            <input
              type="date"
              readOnly={readOnly}
              className={INPUT}
              {...register(`sources.${key}.date`)}
            />
          </label>
          <label className="flex flex-col gap-1 text-xs font-semibold text-muted">
            Page
            <input
              type="text"
              readOnly={readOnly}
              maxLength={200}
              className={INPUT}
              {...register(`sources.${key}.page`)}
            />
          </label>
        </div>
      </details>
    </>
  );
}
