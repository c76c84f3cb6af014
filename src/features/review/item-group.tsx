import { memo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { RadioGroup, type RadioOption } from '../../components/ui/radio-group';
import { cn } from '../../components/ui/cn';
import {
  ANSWER_LABELS,
  answersFor,
  type Answer,
  type ItemStatus,
  type ItemTrace,
} from '../../engine';
import type { PolicyItem } from '../../policy';
import { useDensity } from './density';
import { answerRadio } from './focus-item';
import { itemDomId, toFormKey } from './form-keys';
import type { ReviewFormValues } from './form-values';
import { ItemHelper } from './item-helpers';
import { NoteField } from './note-field';
import { noteAsk, NoteSource } from './item-evidence';
import { StatusBadge, StatusBadgeRoom } from './status-badge';

export const ANSWER_KEYS = ['1', '2', '3'] as const;

/** On an item's answers, opens the item's note and puts the cursor in it. */
export const NOTE_KEY = 'n';

function optionsFor(item: PolicyItem): RadioOption<Answer>[] {
  return answersFor(item.kind).map((value, index) => ({
    value,
    label: ANSWER_LABELS[value],
    shortcut: ANSWER_KEYS[index],
  }));
}

function answerTone(value: Answer): string | undefined {
  if (value === 'met' || value === 'absent') return 'border-met bg-met-soft';
  if (value === 'not_met' || value === 'present') return 'border-fail bg-fail-soft';
  return 'border-missing bg-missing-soft';
}

// The chosen answer already says these: the item's status is shown once, by its answer. The
// others (not answered yet, a waiver request, an item the request does not need) are said in words.
const SHOWN_BY_ANSWER: ReadonlySet<ItemStatus> = new Set([
  'satisfied',
  'failing',
  'not_documented',
]);

/**
 * Moves focus on from an item just answered: to the next question on the page (an item's answer,
 * or the first of the trial waiver's grounds), or to the step's own "Next" control. The note key
 * pressed right there writes the note of the item just answered: "3, n" is "Not documented, and
 * why", with no Shift+Tab back to it.
 */
function focusNextItem(from: HTMLElement, noteId: string): void {
  const questions = Array.from(
    document.querySelectorAll<HTMLElement>('fieldset[data-item], fieldset[data-waiver-grounds]'),
  );
  const next = questions[questions.indexOf(from) + 1];
  const target = next
    ? next.hasAttribute('data-item')
      ? answerRadio(next)
      : next.querySelector<HTMLElement>('input')
    : document.querySelector<HTMLElement>('[data-next-step]');
  if (!target) return;
  target.focus();
  target.scrollIntoView({ block: 'nearest' });
  noteKeyFor(noteId, target);
}

/** Until focus leaves `landing` or another key is pressed there, the note key opens `noteId`'s note. */
function noteKeyFor(noteId: string, landing: HTMLElement): void {
  const stop = () => {
    landing.removeEventListener('keydown', onKeyDown);
    landing.removeEventListener('blur', stop);
  };
  const onKeyDown = (event: globalThis.KeyboardEvent) => {
    stop();
    if (event.key.toLowerCase() !== NOTE_KEY || event.altKey || event.ctrlKey || event.metaKey)
      return;
    // Before the question it lands on sees it: the key is for the note of the answer just given.
    event.preventDefault();
    event.stopPropagation();
    const shut = document.querySelector<HTMLButtonElement>(`button[aria-controls="${noteId}"]`);
    if (shut) shut.click();
    else document.getElementById(noteId)?.focus();
  };
  landing.addEventListener('keydown', onKeyDown);
  landing.addEventListener('blur', stop);
}

/** Back from an item's note to its answer. */
function focusAnswer(textarea: HTMLTextAreaElement): void {
  answerRadio(textarea.closest('fieldset'))?.focus();
}

export interface ItemGroupProps {
  readonly item: PolicyItem;
  readonly trace: ItemTrace | undefined;
  readonly readOnly?: boolean;
  readonly prompt?: string;
  /** A mark the policy sets after the item's text (II.A.1.a's `*`, which points to the Note). */
  readonly mark?: ReactNode;
}

/** One item of the policy: its ID and exact text, three answers, and an optional note. */
function ItemGroupView({ item, trace, readOnly, prompt, mark }: ItemGroupProps) {
  const { control } = useFormContext<ReviewFormValues>();
  const key = toFormKey(item.id);
  const options = optionsFor(item);
  const noteId = `note-${key}`;
  const compact = useDensity() === 'compact';
  const note = useWatch({ control, name: `notes.${key}` });
  const source = useWatch({ control, name: `sources.${key}` });
  const [noteOpen, setNoteOpen] = useState(false);
  // In the compact rows a note opens on demand; one already written, or a source given for it
  // (a wrong date in it says so there), is always shown.
  const noteShown =
    !compact || noteOpen || Boolean(note) || Object.values(source ?? {}).some(Boolean);

  const openNote = () => {
    flushSync(() => setNoteOpen(true));
    document.getElementById(noteId)?.focus();
  };

  // In the compact rows a row with no answer chosen says "not answered" by itself, and the live
  // determination lists them: a badge line under each would double the rows' height.
  const status =
    trace && !SHOWN_BY_ANSWER.has(trace.status) && !(compact && trace.status === 'unanswered')
      ? trace.status
      : undefined;

  return (
    <Controller
      control={control}
      name={`answers.${key}`}
      render={({ field }) => {
        // An answer that asks for a note (Not met, Present, Not documented) shows its field.
        const ask = noteAsk(field.value);
        const noteFieldShown = noteShown || ask !== undefined;
        const onKeyDown = (event: KeyboardEvent<HTMLFieldSetElement>) => {
          const target = event.target as HTMLElement;
          if (
            readOnly ||
            target.tagName !== 'INPUT' ||
            (target as HTMLInputElement).type !== 'radio'
          )
            return;
          if (event.altKey || event.ctrlKey || event.metaKey) return;
          if (event.key.toLowerCase() === NOTE_KEY) {
            event.preventDefault();
            openNote();
            return;
          }
          const index = (ANSWER_KEYS as readonly string[]).indexOf(event.key);
          const option = options[index];
          if (!option) return;
          event.preventDefault();
          field.onChange(option.value);
          focusNextItem(event.currentTarget, noteId);
        };
        return (
          <RadioGroup<Answer>
            id={itemDomId(item.id)}
            data-item={item.id}
            name={`answer-${key}`}
            legend={
              <>
                <span className="font-mono text-brand">{item.id}</span> {item.text}
                {mark}
              </>
            }
            legendClassName={cn('font-normal', compact && '@2xl:text-sm')}
            description={
              item.help ? (
                <>
                  {/* The Background's definition, for an indication (DESIGN.md). */}
                  <span className="block">{item.help}</span>
                  {prompt ? <span className="block">{prompt}</span> : null}
                </>
              ) : (
                prompt
              )
            }
            options={options}
            value={field.value ?? ''}
            onChange={field.onChange}
            onKeyDown={onKeyDown}
            disabled={readOnly}
            tone={answerTone}
            layout={compact ? 'row' : 'stacked'}
            className={cn(
              // Contained: an answer lays out and paints its own card again, not the page around it.
              // Painting stops at the card's edge: its padding (8 px at the least) keeps room for
              // the focus rings inside it (3 px and 2 px apart).
              'scroll-mt-24 rounded-lg border border-line bg-white contain-layout contain-paint',
              compact ? 'p-4 @2xl:px-3 @2xl:py-2' : 'p-4',
            )}
            aside={status ? <StatusBadge status={status} /> : compact ? null : <StatusBadgeRoom />}
            actions={
              readOnly ? null : noteFieldShown ? (
                // The note is open below: in a row the room of its button is kept, so that every
                // row's answers stand in the same place.
                compact ? (
                  <span
                    aria-hidden="true"
                    className="invisible hidden min-h-10 px-1 text-sm @2xl:inline-flex"
                  >
                    Note
                  </span>
                ) : null
              ) : (
                <button
                  type="button"
                  onClick={openNote}
                  aria-expanded={false}
                  aria-controls={noteId}
                  aria-keyshortcuts={NOTE_KEY.toUpperCase()}
                  className="inline-flex min-h-10 items-center rounded-md px-1 text-sm text-brand underline underline-offset-2 hover:no-underline"
                >
                  Note<span className="sr-only"> on {item.id}</span>
                </button>
              )
            }
          >
            <div className={cn(compact && '@2xl:col-span-full')}>
              <ItemHelper id={item.id} readOnly={readOnly} />
              {/* Hidden, not taken away, while shut: an answer that opens the note shows it at once.
                  Once in it, the reviewer keeps it: clearing a note does not hide the field being typed in. */}
              <div hidden={!noteFieldShown} onFocus={() => setNoteOpen(true)}>
                <NoteField
                  id={item.id}
                  readOnly={readOnly}
                  ask={ask}
                  className={cn(compact && '@2xl:mt-2')}
                  onEscape={focusAnswer}
                />
                <NoteSource id={item.id} readOnly={readOnly} />
              </div>
            </div>
          </RadioGroup>
        );
      }}
    />
  );
}

/**
 * Drawn again only when its own answer, status or note changes: an answer to one item does not
 * draw the other twenty again (the answer-to-paint time on the longest step, `npm run bench`).
 */
export const ItemGroup = memo(
  ItemGroupView,
  (before, after) =>
    before.item === after.item &&
    before.readOnly === after.readOnly &&
    before.prompt === after.prompt &&
    before.mark === after.mark &&
    before.trace?.status === after.trace?.status &&
    before.trace?.answer === after.trace?.answer &&
    before.trace?.required === after.trace?.required,
);
