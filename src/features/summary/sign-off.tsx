import type { ReviewStatus } from '../../engine';
import { REVIEW_STATUS_LABELS } from './summary-text';

export interface SignOffProps {
  readonly status: ReviewStatus;
  readonly reviewer: string | undefined;
  readonly printedAt: string;
  readonly fingerprint: string;
}

/** Who reviewed, a line to sign and date, when this copy was made and which contents it shows. */
export function SignOff({ status, reviewer, printedAt, fingerprint }: SignOffProps) {
  return (
    <section aria-labelledby="summary-sign-off" className="summary-block summary-sign-off">
      <h2 id="summary-sign-off" className="summary-h2">
        Sign-off
      </h2>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2 lg:grid-cols-4 print:grid-cols-4">
        <div>
          <dt className="text-xs font-semibold text-muted">Review status</dt>
          <dd data-review-status={status}>{REVIEW_STATUS_LABELS[status]}</dd>
        </div>
        <div>
          <dt className="text-xs font-semibold text-muted">Reviewer</dt>
          <dd className="break-words">
            {reviewer?.trim() ? reviewer : <span className="text-muted italic">Not recorded</span>}
          </dd>
        </div>
        <div>
          <dt className="text-xs font-semibold text-muted">Printed</dt>
          <dd>{printedAt}</dd>
        </div>
        <div>
          <dt className="text-xs font-semibold text-muted">Case fingerprint</dt>
          <dd className="font-mono" data-fingerprint={fingerprint}>
            {fingerprint}
          </dd>
        </div>
      </dl>
      <div className="summary-signature mt-8 grid grid-cols-[2fr_1fr] gap-8">
        <p className="border-t border-ink pt-1 text-sm">Signature</p>
        <p className="border-t border-ink pt-1 text-sm">Date</p>
      </div>
      <p className="mt-2 text-xs text-muted print:text-ink">
        The case fingerprint is worked out from everything in the case file; two printouts with the
        same fingerprint show the same review.
      </p>
    </section>
  );
}
