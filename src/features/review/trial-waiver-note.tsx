import type { MouseEvent } from 'react';
import { TRIAL_WAIVER_MARK, TRIAL_WAIVER_NOTE } from '../../policy';

export const NOTE_ID = 'trial-waiver-note';

/** II Note, as the policy prints it: its `*` mark, then its words. */
export function TrialWaiverNote({ className }: { readonly className?: string }) {
  return (
    <p id={NOTE_ID} tabIndex={-1} className={className}>
      <strong className="text-ink">{TRIAL_WAIVER_MARK}Note:</strong> {TRIAL_WAIVER_NOTE}
    </p>
  );
}

/** II.A.1.a's `*`: a link to the Note on waiving the trial, which takes focus there. */
export function TrialWaiverMark() {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const note = document.getElementById(NOTE_ID);
    if (!note) return;
    event.preventDefault();
    note.scrollIntoView({ block: 'center' });
    note.focus({ preventScroll: true });
  };
  return (
    <a
      href={`#${NOTE_ID}`}
      onClick={onClick}
      // Inline, so the mark stays on the line of the text it follows; the padding makes a 24 px target.
      className="py-1 pr-4 pl-0.5 font-semibold text-brand underline underline-offset-2 hover:no-underline"
    >
      {TRIAL_WAIVER_MARK}
      <span className="sr-only"> See the Note on waiving the trial.</span>
    </a>
  );
}
