import { useEffect, useId, useState } from 'react';
import { cn } from '../../components/ui/cn';
import type { Determination } from '../../engine';
import { OUTCOME_TONES, outcomeLabel, useMode, type StepId } from '../shared';
import { LiveDetermination } from './live-determination';

/**
 * The live determination beside the questions. On a large screen it is the whole panel, in view
 * beside them. On a phone or a narrow window a tall panel above the questions would push the first
 * one a screen down: there it is a bar that stays at the top, the outcome in a line, and the
 * panel opens from it on demand.
 */
export function LiveDeterminationAside({
  determination,
  final,
  step,
}: {
  readonly determination: Determination;
  readonly final: boolean;
  readonly step: StepId | undefined;
}) {
  const mode = useMode();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  // A new step starts with the questions in view, not the panel left open on the last one.
  useEffect(() => setOpen(false), [step]);
  const d = determination;
  const nothingAnswered = d.outcome === 'incomplete' && !d.items.some((t) => t.answer !== null);
  return (
    <aside
      aria-label="Live determination"
      className="sticky top-0 z-10 -mx-4 max-lg:bg-[#f8fafc] max-lg:px-4 max-lg:py-1 max-lg:shadow-sm lg:top-4 lg:order-last lg:mx-0 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto"
    >
      <div
        data-live-bar=""
        className={cn(
          'flex min-h-11 items-center gap-2 rounded-lg border-2 px-3 py-1 lg:hidden print:hidden',
          nothingAnswered ? 'border-line bg-white' : OUTCOME_TONES[d.outcome],
        )}
      >
        {/* Said as it changes only while the panel is shut: open, the panel's own line says it. */}
        <p
          className="min-w-0 flex-1 text-sm leading-tight font-bold"
          aria-live={open ? undefined : 'polite'}
          aria-atomic="true"
        >
          <span className="sr-only">{final ? 'Determination' : 'Determination so far'}: </span>
          {outcomeLabel(d, mode)}
        </p>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((o) => !o)}
          className="min-h-10 shrink-0 rounded-md border border-line bg-white px-3 text-sm font-semibold text-brand hover:bg-brand-soft"
        >
          {open ? 'Hide details' : 'Details'}
        </button>
      </div>
      <div
        id={panelId}
        // A link in the panel leads to its question: the panel closes so the question is in view.
        onClick={(event) => {
          if ((event.target as HTMLElement).closest('a')) setOpen(false);
        }}
        className={cn(
          'max-lg:mt-1 max-lg:max-h-[60vh] max-lg:overflow-y-auto lg:block print:block print:max-h-none',
          open ? 'block' : 'hidden',
        )}
      >
        <LiveDetermination determination={d} final={final} />
      </div>
    </aside>
  );
}
