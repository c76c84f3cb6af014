import { memo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { cn } from '../../components/ui/cn';
import { LIMITS } from '../../engine';
import type { ItemId } from '../../policy';
import { toFormKey } from './form-keys';
import type { ReviewFormValues } from './form-values';

const LIMIT = LIMITS.noteLength;
/** The count shows once a note is this long, so it is seen before the limit is reached. */
const COUNT_FROM = LIMIT - 400;

/**
 * The optional note beside an item. Nothing pasted or typed is cut: a note longer than a case
 * file holds stays in the field (and in this tab's storage), and the field says that it is left
 * out of the export and the summary until it is shortened, and by how much.
 */
export const NoteField = memo(function NoteField({
  id,
  readOnly,
  className,
  onEscape,
  ask,
}: {
  readonly id: ItemId;
  readonly readOnly?: boolean;
  readonly className?: string;
  /** When the answer needs a note before the review is completed: what it must say. */
  readonly ask?: string;
  /** Escape leaves the note (for the item's answer, where 1/2/3 answer and move on). */
  readonly onEscape?: (textarea: HTMLTextAreaElement) => void;
}) {
  const { control, register } = useFormContext<ReviewFormValues>();
  const key = toFormKey(id);
  const noteId = `note-${key}`;
  const note = useWatch({ control, name: `notes.${key}` }) ?? '';
  const over = note.length - LIMIT;
  const counted = note.length >= COUNT_FROM;
  return (
    <div className={cn('mt-3 flex flex-col gap-1', className)}>
      <label htmlFor={noteId} className="text-xs font-semibold text-muted">
        Note on {id} {ask ? <span className="text-ink">(required: {ask})</span> : '(optional)'}
      </label>
      <textarea
        id={noteId}
        rows={1}
        readOnly={readOnly}
        aria-invalid={over > 0 ? true : undefined}
        aria-describedby={counted ? `${noteId}-count` : undefined}
        className={
          over > 0
            ? 'min-h-10 rounded-md border-2 border-fail px-3 py-2 text-sm'
            : 'min-h-10 rounded-md border border-line px-3 py-2 text-sm'
        }
        {...register(`notes.${key}`)}
        onKeyDown={(event) => {
          if (event.key !== 'Escape' || !onEscape) return;
          event.preventDefault();
          onEscape(event.currentTarget);
        }}
      />
      {counted ? (
        <p
          id={`${noteId}-count`}
          className={over > 0 ? 'text-sm font-semibold text-fail' : 'text-xs text-muted'}
        >
          {note.length.toLocaleString('en-US')} of {LIMIT.toLocaleString('en-US')} characters.
          {over > 0
            ? ` This note is ${over.toLocaleString('en-US')} too long for the case file: it is kept here, but the export and the summary leave it out until it is shortened.`
            : null}
        </p>
      ) : null}
    </div>
  );
});
