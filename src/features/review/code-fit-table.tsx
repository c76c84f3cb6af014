import { cn } from '../../components/ui/cn';

export interface CodeFitRow<R extends string> {
  readonly code: string;
  /** The policy's `*`: not on the LDH fee schedule. */
  readonly notOnFeeSchedule: boolean;
  /** The requests the code's description fits. */
  readonly fits: readonly R[];
}

export interface CodeFitTableProps<R extends string> {
  /** The kinds of request, in the order their columns are shown. */
  readonly requests: readonly R[];
  /** A short column heading for each kind of request. */
  readonly requestLabels: Readonly<Record<R, string>>;
  readonly rows: readonly CodeFitRow<R>[];
  /** The request of this review, when recorded: its column is marked. */
  readonly current?: R;
  readonly className?: string;
}

/**
 * Which of the policy's codes fit which request, read from the codes' own descriptions
 * (DESIGN.md, "Codes"): a table the reviewer can check a requested code against. Fed its rows, so
 * it shows whatever the engine derives and states no rule of its own.
 */
export function CodeFitTable<R extends string>({
  requests,
  requestLabels,
  rows,
  current,
  className,
}: CodeFitTableProps<R>) {
  return (
    <table className={cn('w-full border-collapse text-sm', className)}>
      <caption className="mb-1 text-left text-sm text-muted">
        Which codes fit which request, from each code’s description in the policy. ✓ fits; — does
        not.
      </caption>
      <thead>
        <tr className="border-b border-line">
          <th scope="col" className="py-1 pr-2 text-left">
            Code
          </th>
          {requests.map((request) => (
            <th
              key={request}
              scope="col"
              className={cn(
                'px-2 py-1 text-center',
                request === current && 'bg-brand-soft text-brand',
              )}
            >
              {requestLabels[request]}
              {request === current ? <span className="sr-only"> (this request)</span> : null}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.code} className="border-b border-line last:border-b-0">
            <th scope="row" className="py-1 pr-2 text-left font-mono font-semibold">
              {row.code}
              {row.notOnFeeSchedule ? '*' : ''}
            </th>
            {requests.map((request) => {
              const fits = row.fits.includes(request);
              return (
                <td
                  key={request}
                  className={cn(
                    'px-2 py-1 text-center',
                    request === current && 'bg-brand-soft',
                    fits ? 'font-semibold text-met' : 'text-muted',
                  )}
                >
                  <span aria-hidden="true">{fits ? '✓' : '—'}</span>
                  <span className="sr-only">{fits ? 'fits' : 'does not fit'}</span>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
