import { memo, useState } from 'react';
import { useFormContext, useFormState } from 'react-hook-form';
import { noteRequired, type Answer } from '../../engine';
import type { ItemId } from '../../policy';
import { toFormKey } from './form-keys';
import { errorMessage } from './form-validation';
import type { ReviewFormValues } from './form-values';

const INPUT = 'min-h-10 rounded-md border border-line px-3 py-2 text-sm read-only:bg-slate-50';

/** What the note must say for an answer that needs one. */
export function noteAsk(answer: Answer | '' | undefined): string | undefined {
  if (answer === undefined) return undefined;
  if (!noteRequired(answer === '' ? null : answer)) return undefined;
  return answer === 'unknown' ? 'what is missing from the record' : 'what the record shows';
}

/**
 * Where the note's evidence is in the record, optionally: document, date, page. Drawn again only
 * when its own field says so, not with its item's every answer.
 */
export const NoteSource = memo(function NoteSource({
  id,
  readOnly,
}: {
  readonly id: ItemId;
  readonly readOnly?: boolean;
}) {
  const { control, register } = useFormContext<ReviewFormValues>();
  const key = toFormKey(id);
  const dateProblem = errorMessage(
    useFormState({ control, name: `sources.${key}.date` }).errors,
    `sources.${key}.date`,
  );
  const dateErrorId = `source-date-${key}-error`;
  // The fields are drawn once the reviewer opens them (or a date in them is wrong): an answer that
  // shows the note does not draw three fields nobody asked for with it.
  const [opened, setOpened] = useState(false);
  const shown = opened || dateProblem !== undefined;
  return (
    <details
      className="mt-2 text-sm print:hidden"
      open={shown || undefined}
      onToggle={(event) => setOpened(event.currentTarget.open)}
    >
      <summary className="min-h-6 cursor-pointer text-xs font-semibold text-muted">
        Source of the note on {id} (optional)
      </summary>
      {shown ? (
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
              aria-invalid={dateProblem ? true : undefined}
              aria-describedby={dateProblem ? dateErrorId : undefined}
              {...register(`sources.${key}.date`)}
            />
            {dateProblem ? (
              <span id={dateErrorId} className="font-semibold text-fail">
                The date of the document {dateProblem}.
              </span>
            ) : null}
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
      ) : null}
    </details>
  );
});
