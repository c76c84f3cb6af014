import { cn } from '../../components/ui/cn';
import {
  ANSWER_LABELS,
  ITEM_STATUS_LABELS,
  plainNote,
  SECTION_NAMES,
  type CaseFile,
  type Determination,
  type ItemStatus,
  type ItemTrace,
} from '../../engine';
import {
  ITEM_BY_ID,
  TRIAL_WAIVER_MARK,
  TRIAL_WAIVER_NOTE,
  WAIVED_BY_TRIAL_WAIVER,
} from '../../policy';
import { TableScroller } from './table-scroller';

const STATUS_ORDER: Readonly<Record<ItemStatus, number>> = {
  failing: 0,
  not_documented: 1,
  unanswered: 2,
  waiver_requested: 3,
  satisfied: 4,
  not_required: 5,
};

const STATUS_TONES: Readonly<Record<ItemStatus, string>> = {
  failing: 'text-fail font-bold',
  not_documented: 'text-missing font-bold',
  unanswered: 'font-semibold',
  waiver_requested: 'text-review font-semibold',
  satisfied: 'text-met',
  not_required: 'text-muted',
};

function answerText(trace: ItemTrace): string {
  return trace.answer === null ? 'Not answered' : ANSWER_LABELS[trace.answer];
}

function NoteCell({ note }: { readonly note: string | undefined }) {
  // Line breaks the reviewer typed are kept; the text is only ever text. <bdi> isolates it: a
  // direction override in a note (a note may hold one) reorders nothing outside the note.
  const text = note?.trim();
  return (
    <td className="summary-note break-words whitespace-pre-line">
      {text ? <bdi>{text}</bdi> : <span className="text-muted">—</span>}
    </td>
  );
}

function ItemCells({ trace }: { readonly trace: ItemTrace }) {
  const item = ITEM_BY_ID[trace.id];
  return (
    <>
      <th scope="row" className="font-semibold">
        <span className="font-mono whitespace-nowrap">{trace.id}</span>
        <span className="sr-only"> ({SECTION_NAMES[item.section]})</span>
      </th>
      <td>
        {item.text}
        {/* II.A.1.a's `*` ties it to the Note under II, printed below the table. */}
        {trace.id === WAIVED_BY_TRIAL_WAIVER ? TRIAL_WAIVER_MARK : null}
      </td>
      <td>{answerText(trace)}</td>
    </>
  );
}

/**
 * Every item the request needs: ID, the policy's exact text, the answer, the note and how it
 * stands. Failing and missing come first, so the eye lands on what needs a decision.
 */
export function RequiredItemsTable({
  review,
  determination,
}: {
  readonly review: CaseFile;
  readonly determination: Determination;
}) {
  const rows = determination.items
    .filter((t) => t.status !== 'not_required')
    .map((t, index) => ({ t, index }))
    .sort((a, b) => STATUS_ORDER[a.t.status] - STATUS_ORDER[b.t.status] || a.index - b.index)
    .map(({ t }) => t);
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="summary-items" className="summary-block">
      <h2 id="summary-items" className="summary-h2">
        Required items ({rows.length})
      </h2>
      <TableScroller label="Required items table">
        <table className="summary-table">
          <caption className="sr-only">
            Each item this request needs, failing, not documented and not answered first: ID, policy
            text, answer, note and status.
          </caption>
          <colgroup>
            <col className="w-[9%]" />
            <col />
            <col className="w-[12%]" />
            <col className="w-[33%]" />
            <col className="w-[12%]" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">ID</th>
              <th scope="col">Policy text</th>
              <th scope="col">Answer</th>
              <th scope="col">Reviewer’s note</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((trace) => (
              <tr
                key={trace.id}
                data-status={trace.status}
                className={cn(
                  trace.status === 'failing' && 'bg-fail-soft',
                  trace.status === 'not_documented' && 'bg-missing-soft',
                )}
              >
                <ItemCells trace={trace} />
                <NoteCell note={review.notes?.[trace.id]} />
                <td className={STATUS_TONES[trace.status]}>{ITEM_STATUS_LABELS[trace.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroller>
      {rows.some((t) => t.id === WAIVED_BY_TRIAL_WAIVER) ? (
        <p className="mt-2 text-sm">
          <strong>{TRIAL_WAIVER_MARK}Note:</strong> {TRIAL_WAIVER_NOTE}
        </p>
      ) : null}
    </section>
  );
}

/** Answers and notes kept for items this request does not need: shown, but they do not count. */
export function NotNeededAnswersTable({
  review,
  determination,
}: {
  readonly review: CaseFile;
  readonly determination: Determination;
}) {
  const rows = determination.items.filter(
    (t) =>
      t.status === 'not_required' &&
      (t.answer !== null || plainNote(review.notes?.[t.id]) !== undefined),
  );
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="summary-not-needed" className="summary-block">
      <h2 id="summary-not-needed" className="summary-h2">
        Answers to items this request does not need ({rows.length})
      </h2>
      <p className="text-sm text-muted print:text-ink">
        Kept as the reviewer gave them; they do not count toward the determination.
      </p>
      <TableScroller label="Table of answers to items not needed">
        <table className="summary-table">
          <caption className="sr-only">
            Answers and notes given to items this request does not need.
          </caption>
          <colgroup>
            <col className="w-[9%]" />
            <col />
            <col className="w-[12%]" />
            <col className="w-[40%]" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">ID</th>
              <th scope="col">Policy text</th>
              <th scope="col">Answer</th>
              <th scope="col">Reviewer’s note</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((trace) => (
              <tr key={trace.id}>
                <ItemCells trace={trace} />
                <NoteCell note={review.notes?.[trace.id]} />
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroller>
    </section>
  );
}
