import type { ReactNode } from 'react';

/** One fact of the summary: its name above, what was recorded below. */
export function Field({ term, children }: { readonly term: string; readonly children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-semibold text-muted">{term}</dt>
      <dd className="break-words">{children}</dd>
    </div>
  );
}

/** A fact nobody recorded, said so rather than left blank. */
export function NotRecorded() {
  return <span className="text-muted italic">Not recorded</span>;
}
