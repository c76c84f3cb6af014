export const SHORTCUTS: readonly { keys: string; action: string }[] = [
  { keys: 'Tab / Shift+Tab', action: 'Move between questions and fields' },
  { keys: '← → ↑ ↓', action: 'Move between the answers of a question' },
  { keys: '1 / 2 / 3', action: 'On a question: Met or Absent / Not met or Present / Not documented, then go to the next question' },
  { keys: 'Alt+N', action: 'Next step' },
  { keys: 'Alt+P', action: 'Previous step' },
];

/** The keyboard shortcuts, always one click (or Tab and Enter) away. */
export function ShortcutList() {
  return (
    <details className="rounded-lg border border-line bg-white p-3 text-sm print:hidden">
      <summary className="min-h-6 cursor-pointer font-semibold">Keyboard shortcuts</summary>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        {SHORTCUTS.map((s) => (
          <div key={s.keys} className="contents">
            <dt>
              <kbd className="rounded border border-line px-1 font-mono text-xs">{s.keys}</kbd>
            </dt>
            <dd>{s.action}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
