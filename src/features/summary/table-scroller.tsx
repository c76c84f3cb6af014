import type { ReactNode } from 'react';

/**
 * A wide table on a narrow screen scrolls sideways inside its own box instead of pushing the page
 * wider. Focusable so a keyboard can scroll it; on paper it is an ordinary block.
 */
export function TableScroller({
  label,
  children,
}: {
  readonly label: string;
  readonly children: ReactNode;
}) {
  return (
    <div role="group" aria-label={label} tabIndex={0} className="summary-scroll overflow-x-auto">
      {children}
    </div>
  );
}
