import { memo, useState, type ComponentProps } from 'react';
import { useFormContext, useFormState } from 'react-hook-form';
import { unreadableWords, useUnreadableInput } from '../../components/ui/unreadable-input';
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
            <DocumentDate
              readOnly={readOnly}
              problem={dateProblem}
              errorId={dateErrorId}
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
      ) : null}
    </details>
  );
});

/** The document's date, and what is wrong with it: the schema's word, or a date not readable. */
function DocumentDate({
  problem,
  errorId,
  onChange,
  onBlur,
  onFocus,
  ...input
}: ComponentProps<'input'> & { readonly problem: string | undefined; readonly errorId: string }) {
  const held = useUnreadableInput({ onChange, onBlur, onFocus });
  const error = held.unreadable ? unreadableWords('date') : problem;
  return (
    <>
      <input
        type="date"
        className={INPUT}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        {...input}
        onChange={held.onChange}
        onBlur={held.onBlur}
        onFocus={held.onFocus}
      />
      {error ? (
        <span id={errorId} className="font-semibold text-fail">
          The date of the document {error}.
        </span>
      ) : null}
    </>
  );
}
