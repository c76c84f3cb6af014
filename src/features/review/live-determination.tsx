import { Link } from '@tanstack/react-router';
import { memo, type MouseEvent } from 'react';
import { cn } from '../../components/ui/cn';
import { undecidedReason, type Determination } from '../../engine';
import { ITEM_BY_ID, REFERRALS, type ItemId } from '../../policy';
import { focusItem } from './focus-item';
import {
  DUE_BY_WORDS,
  fitWords,
  formatDateTime,
  LINE_VERDICT_WORDS,
  lineVerdict,
  OUTCOME_TONES,
  outcomeLabel,
  PROVIDER_DISCLAIMER,
  PROVIDER_LINE_VERDICT_WORDS,
  STEP_IDS,
  stepOfItem,
  useMode,
  Warnings,
} from '../shared';

// A link is drawn once per item, not again on every answer.
const ItemLink = memo(function ItemLink({ id }: { readonly id: ItemId }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    // Already on the item's step: no navigation, just take the reviewer to the question.
    if (focusItem(id)) event.preventDefault();
  };
  return (
    <Link
      to="/review/$step"
      params={{ step: stepOfItem(id) }}
      search={(prev) => ({ ...prev, focus: id })}
      onClick={onClick}
      className="block min-h-6 py-0.5 text-brand underline underline-offset-2 hover:no-underline"
    >
      <span className="font-mono">{id}</span> {ITEM_BY_ID[id].text}
    </Link>
  );
});

interface ItemLinksProps {
  readonly title: string;
  readonly ids: readonly ItemId[];
}

const sameIds = (a: readonly ItemId[], b: readonly ItemId[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/** A list of items, drawn again only when the items in it change, not on every answer. */
const ItemLinks = memo(
  function ItemLinks({ title, ids }: ItemLinksProps) {
    if (ids.length === 0) return null;
    return (
      <div className="mt-3">
        <h3 className="text-sm font-semibold">
          {title} ({ids.length})
        </h3>
        <ul className="mt-1 flex max-h-64 flex-col gap-1 overflow-y-auto text-sm">
          {ids.map((id) => (
            <li key={id} className="line-clamp-2 shrink-0">
              <ItemLink id={id} />
            </li>
          ))}
        </ul>
      </div>
    );
  },
  (before, after) => before.title === after.title && sameIds(before.ids, after.ids),
);

/** Each requested code, what it fits and where it goes: a nurse approves it, or a medical director sees it. */
function CodeLines({ determination: d }: { readonly determination: Determination }) {
  const provider = useMode() === 'provider';
  if (d.codes.length === 0) return null;
  const words = provider ? PROVIDER_LINE_VERDICT_WORDS : LINE_VERDICT_WORDS;
  return (
    <div className="mt-3">
      <h3 className="text-sm font-semibold">Requested codes, line by line ({d.codes.length})</h3>
      <ul className="mt-1 flex flex-col gap-1 text-sm">
        {d.codes.map((c) => (
          <li key={c.code} data-code-line={c.code}>
            <span className="font-mono font-semibold">{c.code}</span>:{' '}
            <strong>{words[lineVerdict(c, d)]}</strong>. {fitWords(c, d.request)}.
          </li>
        ))}
      </ul>
    </div>
  );
}

export interface LiveDeterminationProps {
  readonly determination: Determination;
  readonly headingLevel?: 'h2' | 'h3';
  readonly className?: string;
  /** On the last step, or of a completed review: the determination, no longer "so far". */
  readonly final?: boolean;
}

/** The items in the order the wizard asks them (II.B, the contraindications, before II.A). */
function inWizardOrder(ids: readonly ItemId[]): ItemId[] {
  return [...ids].sort((a, b) => STEP_IDS.indexOf(stepOfItem(a)) - STEP_IDS.indexOf(stepOfItem(b)));
}

/** A count in words, so the first sentence does not list every ID the lists below link to. */
function itemsLeft(d: Determination): string {
  const count = (n: number) => `${n} ${n === 1 ? 'item' : 'items'}`;
  const notDocumented = d.missing.length - d.unanswered.length;
  const parts = [
    d.failing.length > 0 ? `${count(d.failing.length)} failing` : '',
    notDocumented > 0 ? `${count(notDocumented)} not documented` : '',
    d.unanswered.length > 0 ? `${count(d.unanswered.length)} not answered yet` : '',
  ].filter(Boolean);
  return `${parts.join(', ')}.`;
}

/**
 * Why the determination stands as it does, in a sentence or two. Where more than one item is left,
 * a count in words: the lists below name them, each a link.
 */
function firstSentence(d: Determination): string {
  if (d.failing.length + d.missing.length <= 1) return d.reason;
  if (d.undecided.length === 0) return itemsLeft(d);
  // Nothing is decided yet; the items that fail already are counted, not listed.
  return d.failing.length > 1 ? `${undecidedReason(d.undecided)} ${itemsLeft(d)}` : d.reason;
}

/** The determination as it stands, with every failing and missing item a link to its question. */
export function LiveDetermination({
  determination,
  headingLevel = 'h2',
  className,
  final = false,
}: LiveDeterminationProps) {
  const Heading = headingLevel;
  const d = determination;
  const mode = useMode();
  const provider = mode === 'provider';
  const unanswered = new Set(d.unanswered);
  return (
    <section
      aria-labelledby="live-determination-title"
      data-outcome={d.outcome}
      className={cn(
        'rounded-lg border-2 p-4',
        // Nothing answered yet is not a warning: amber only once something is Not documented.
        d.outcome === 'incomplete' && !d.items.some((t) => t.answer !== null)
          ? 'border-line bg-white'
          : OUTCOME_TONES[d.outcome],
        className,
      )}
    >
      <Heading
        id="live-determination-title"
        className="text-xs font-semibold tracking-wide text-muted uppercase"
      >
        {provider
          ? final
            ? 'Self-check'
            : 'Self-check so far'
          : final
            ? 'Determination'
            : 'Determination so far'}
      </Heading>
      <p className="mt-1 text-lg font-bold" aria-live="polite" aria-atomic="true">
        {outcomeLabel(d, mode)}
      </p>
      {provider ? <p className="mt-1 text-xs font-semibold">{PROVIDER_DISCLAIMER}</p> : null}
      {d.dueBy ? (
        // Shown on every step once the time received is entered, not only where it is typed.
        <p className="mt-1 text-sm">
          {DUE_BY_WORDS[mode]} <strong>{formatDateTime(d.dueBy)}</strong>
        </p>
      ) : null}
      <Warnings warnings={d.warnings} />
      <p className="mt-1 text-sm">{firstSentence(d)}</p>
      {d.referral ? <p className="mt-2 text-sm">{REFERRALS[d.referral].text}</p> : null}
      <ItemLinks title={provider ? 'Shown as not met' : 'Failing'} ids={inWizardOrder(d.failing)} />
      <ItemLinks
        title={provider ? 'Not in the record' : 'Not documented'}
        ids={inWizardOrder(d.missing.filter((id) => !unanswered.has(id)))}
      />
      <ItemLinks
        title={provider ? 'Not answered yet in this check' : 'Not answered yet'}
        ids={inWizardOrder(d.unanswered)}
      />
      <ItemLinks title="Trial waiver requested" ids={d.waiverRequested} />
      <CodeLines determination={d} />
    </section>
  );
}
