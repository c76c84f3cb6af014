import { memo, useId } from 'react';
import { cn } from '../../components/ui/cn';

export const SHORTCUTS: readonly { keys: string; action: string }[] = [
  { keys: 'Tab / Shift+Tab', action: 'Next / previous question or field' },
  { keys: '← → ↑ ↓', action: 'Move between the answers of a question' },
  {
    keys: '1 / 2 / 3',
    action:
      'Met or Absent / Not met or Present / Not documented, then the next question; on the request and the record, the first / second / third choice; on the trial waiver, tick or untick the first / second / third ground',
  },
  {
    keys: 'n',
    action:
      'Write a note on the current question; right after an answer, on the question just answered; Esc goes back to its answers',
  },
  {
    keys: 'Enter',
    action:
      'In a date or the time received on the request: on to the next question; in the code search: add the one code it finds',
  },
  { keys: 'a letter or digit', action: 'On the codes step, from its heading: search the codes' },
  { keys: 'Alt+N / Alt+P', action: 'Next / previous step' },
];

function ShortcutTable() {
  return (
    /* Beside the keys on a wide row; keys above their action in the narrow column of a large screen. */
    <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 gap-y-1 sm:grid-cols-[auto_1fr_auto_1fr] lg:grid-cols-1 lg:gap-y-0">
      {SHORTCUTS.map((s) => (
        <div key={s.keys} className="contents">
          <dt className="whitespace-nowrap">
            <kbd className="rounded border border-line px-1 font-mono">{s.keys}</kbd>
          </dt>
          <dd className="lg:mb-1.5">{s.action}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The keyboard shortcuts, always in view: nothing to open first. On a large screen beside the
 * steps; on a phone or a narrow window under the questions (`below`), so that the first question
 * is near the top. Each is drawn by the layout, and only one is shown at a time. Drawn once, not
 * again with the layout on every answer.
 */
export const ShortcutList = memo(function ShortcutList({
  placement,
}: {
  readonly placement: 'beside' | 'below';
}) {
  const titleId = useId();
  return (
    <section
      aria-labelledby={titleId}
      className={cn(
        'rounded-lg border border-line bg-white px-3 py-2 text-xs print:hidden',
        placement === 'beside' ? 'hidden lg:block' : 'lg:hidden',
      )}
    >
      <h2 id={titleId} className="text-sm font-semibold">
        Keyboard shortcuts
      </h2>
      <ShortcutTable />
    </section>
  );
});
