import { Link } from '@tanstack/react-router';
import type { ItemReason, Reasons } from '../../engine';
import { ITEM_BY_ID, type ItemId } from '../../policy';
import { STEP_TITLES, stepOfItem } from '../shared';

const FIX_LINK_CLASS =
  'shrink-0 text-sm whitespace-nowrap text-brand underline underline-offset-2 select-none hover:no-underline print:hidden';

/**
 * A link back to the question, beside the reason and outside its paragraph, so that selecting the
 * reason copies the sentence alone; on screen only: paper gets the sentence alone.
 */
function FixLink({ id }: { readonly id: ItemId }) {
  const step = stepOfItem(id);
  return (
    <Link
      to="/review/$step"
      params={{ step }}
      search={(prev) => ({ mode: prev.mode, focus: id })}
      className={FIX_LINK_CLASS}
    >
      Go to {id}
      <span className="sr-only"> in the {STEP_TITLES[step]} step</span>
    </Link>
  );
}

const REASON_ITEM_CLASS =
  'summary-reason flex flex-wrap items-baseline gap-x-3 gap-y-1 rounded-md border border-line bg-white p-2 print:block print:border-0 print:p-0';

function ReasonList({ reasons }: { readonly reasons: readonly ItemReason[] }) {
  return (
    <ol className="mt-2 flex flex-col gap-2 print:gap-1">
      {reasons.map((r) => (
        <li key={r.id} className={REASON_ITEM_CLASS}>
          {/* The sentence is pasted into letters whole; only its ID is set in bold to scan by. */}
          <p className="min-w-0 flex-1 basis-64">
            <strong className="font-mono font-semibold">{r.id}</strong>
            {r.sentence.slice(r.id.length)}
          </p>
          <FixLink id={r.id} />
        </li>
      ))}
    </ol>
  );
}

/**
 * For a medical director, one pasteable sentence per failing item; for the office, the
 * documentation that would settle each item the record does not document. What nobody has answered
 * yet is the reviewer's own unfinished work, listed apart: never a request to the provider.
 */
export function ReasonsSection({
  reasons,
  referred,
}: {
  readonly reasons: Reasons;
  /** Whether the case goes to a medical director on its criteria (not met). */
  readonly referred: boolean;
}) {
  const notDocumented = reasons.notDocumented;
  const unanswered = reasons.unanswered;
  const unfinished = unanswered.length + reasons.undecided.length;
  return (
    <>
      {reasons.failing.length > 0 ? (
        <section aria-labelledby="summary-failing" className="summary-block">
          <h2 id="summary-failing" className="summary-h2">
            {/* While the request is not all recorded, nothing is referred on criteria that may
                not apply (DESIGN.md): what fails is said as it stands. */}
            {referred ? 'Reasons for the medical director' : 'Items that fail as documented'} (
            {reasons.failing.length})
          </h2>
          <p className="text-sm text-muted print:text-ink">
            Each required item that is not met, or contraindication that is present, in one
            sentence.
          </p>
          <ReasonList reasons={reasons.failing} />
        </section>
      ) : null}
      {notDocumented.length > 0 ? (
        <section aria-labelledby="summary-missing" className="summary-block">
          <h2 id="summary-missing" className="summary-h2">
            Documentation to request ({notDocumented.length})
          </h2>
          <p className="text-sm text-muted print:text-ink">
            Each required item answered Not documented, and what would settle it.
          </p>
          <ReasonList reasons={notDocumented} />
        </section>
      ) : null}
      {unfinished > 0 ? (
        <section aria-labelledby="summary-unanswered" className="summary-block">
          <h2 id="summary-unanswered" className="summary-h2">
            Not answered yet in this review ({unfinished})
          </h2>
          <p className="text-sm text-muted print:text-ink">
            The review is not finished: these are still to be answered by the reviewer. They are not
            a finding about the record.
          </p>
          <ol className="mt-2 flex flex-col gap-2 print:gap-1">
            {reasons.undecided.map((u) => (
              <li key={u.fact} className={REASON_ITEM_CLASS}>
                <p className="min-w-0 flex-1 basis-64">Not yet recorded: {u.documentation}.</p>
                <Link
                  to="/review/$step"
                  params={{ step: 'request' }}
                  search={(prev) => ({ mode: prev.mode })}
                  className={FIX_LINK_CLASS}
                >
                  Go to the request
                </Link>
              </li>
            ))}
            {unanswered.map((r) => (
              <li key={r.id} className={REASON_ITEM_CLASS}>
                <p className="min-w-0 flex-1 basis-64">
                  <strong className="font-mono font-semibold">{r.id}</strong>{' '}
                  {ITEM_BY_ID[r.id].text}: not answered.
                </p>
                <FixLink id={r.id} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}
