import { cn } from '../../components/ui/cn';
import { CODE_FINDING_LABELS, type CodeFindingKind, type Determination } from '../../engine';
import { CODING_NOTE, POLICY, REFERRALS } from '../../policy';
import { fitWords, LINE_VERDICT_WORDS, lineVerdict } from '../shared';
import { TableScroller } from './table-scroller';

const FINDING_TONES: Readonly<Record<CodeFindingKind, string>> = {
  covered: 'text-met',
  not_covered: 'text-fail font-semibold',
  under21_review: 'text-review font-semibold',
  age_unknown: 'text-missing font-semibold',
  unlisted: 'text-missing font-semibold',
};

/**
 * The requested codes and how each stands (Coding Implications); they do not change the outcome,
 * and a request out of this policy's scope still has them on record.
 */
export function CodeFindingsTable({ determination: d }: { readonly determination: Determination }) {
  if (d.codes.length === 0) {
    return (
      <section aria-labelledby="summary-codes" className="summary-block">
        <h2 id="summary-codes" className="summary-h2">
          Requested codes
        </h2>
        <p className="text-sm">No codes were recorded for this request.</p>
      </section>
    );
  }
  const under21 = d.codes.some((c) => c.finding === 'under21_review');
  return (
    <section aria-labelledby="summary-codes" className="summary-block">
      <h2 id="summary-codes" className="summary-h2">
        Requested codes ({d.codes.length})
      </h2>
      {d.referral ? (
        <p className="mb-2 text-sm">
          The request goes to {REFERRALS[d.referral].number}; each code is read here against the
          code table of {POLICY.number}.
        </p>
      ) : null}
      {under21 ? (
        <p className="summary-callout mb-2 rounded-md border border-review bg-review-soft p-2 text-sm">
          <strong>Under-21 medical necessity review.</strong> The member is {d.memberAge} on{' '}
          {d.serviceDate ? 'the date of service' : 'the review date (no date of service recorded)'}.
          Codes marked * (not on the fee schedule) are reviewed for medical necessity case by case
          for a member under 21.
        </p>
      ) : null}
      <TableScroller label="Requested codes table">
        <table className="summary-table">
          <caption className="sr-only">
            Each requested code, its description in the policy, its finding, whether it fits the
            request, and where the line goes.
          </caption>
          <colgroup>
            <col className="w-[11%]" />
            <col />
            <col className="w-[22%]" />
            <col className="w-[26%]" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">Description</th>
              <th scope="col">Finding</th>
              <th scope="col">Fits the request · the line</th>
            </tr>
          </thead>
          <tbody>
            {d.codes.map((c) => (
              <tr key={c.code}>
                <th scope="row" className="font-semibold">
                  <span className="font-mono whitespace-nowrap">
                    {c.code}
                    {c.notOnFeeSchedule ? '*' : ''}
                  </span>
                  {c.system ? (
                    <span className="block text-[0.7rem] font-normal text-muted">{c.system}</span>
                  ) : null}
                </th>
                <td className="summary-code-description">{c.description ?? '—'}</td>
                <td className={cn(FINDING_TONES[c.finding])}>{CODE_FINDING_LABELS[c.finding]}</td>
                <td data-code-line={c.code}>
                  {fitWords(c, d.request)}.{' '}
                  <strong>{LINE_VERDICT_WORDS[lineVerdict(c, d)]}.</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroller>
      <p className="mt-2 text-xs text-muted print:text-ink">
        Each line is approved or referred on its own: a nurse may approve a line only when the
        request meets criteria and the code is on the fee schedule and fits the request; any other
        line goes to a medical director. {CODING_NOTE}
      </p>
    </section>
  );
}
