import { Link, useNavigate } from '@tanstack/react-router';
import { memo, useEffect, useRef, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { buttonVariants } from '../../components/ui/button';
import type { ItemId } from '../../policy';
import { focusItem } from './focus-item';
import { CodesStep } from './codes-step';
import { DeterminationStep } from './determination-step';
import { RequestStep } from './request-step';
import { SectionStep } from './section-step';
import {
  applicableSteps,
  PROVIDER_ANSWER_KEY,
  PROVIDER_DISCLAIMER,
  PROVIDER_ITEM_PROMPT,
  ProviderChecklist,
  sectionsOfStep,
  type Mode,
  type StepId,
  stepTitle,
  useMode,
} from '../shared';
import { useDetermination } from './use-determination';

const STEP_INTROS: Readonly<Record<StepId, string>> = {
  request: 'What is requested, for whom, and when it was received.',
  'trial-criteria':
    'Part I, the preliminary trial. An implant needs these too: “the above criteria for the preliminary trial are met”.',
  contraindications: 'None of the following contraindications may be present.',
  'implant-criteria': 'Part II, implantation of a permanent pump.',
  codes: 'The CPT and HCPCS codes requested, and how each stands.',
  determination: 'The outcome, and why.',
};

/** The provider's office ends on what to send, not on an outcome. */
const PROVIDER_STEP_INTROS: Readonly<Partial<Record<StepId, string>>> = {
  request: 'What is requested, for whom, and when the plan received it.',
  codes: 'The CPT and HCPCS codes requested, and what the policy lists for each.',
  determination: 'What the request still needs, item by item, to send with it.',
};

export interface StepPageProps {
  readonly step: StepId;
  readonly focus: ItemId | undefined;
}

/** One step of the wizard: its heading, its questions, and the way on. */
export function StepPage({ step, focus }: StepPageProps) {
  const { review, determination } = useDetermination();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const navigate = useNavigate();
  const mode = useMode();
  const provider = mode === 'provider';
  const readOnly = review.status === 'completed';
  const steps = applicableSteps(review);
  const index = steps.indexOf(step);
  const previous = index > 0 ? steps[index - 1] : undefined;
  const next = index >= 0 && index < steps.length - 1 ? steps[index + 1] : undefined;

  useEffect(() => {
    // A link to a question lands on that question; otherwise the new step's heading takes focus.
    if (focus && focusItem(focus)) return;
    headingRef.current?.focus();
  }, [step, focus]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      // A dialog open over the step (New review's question) keeps the keys to itself.
      if (document.querySelector('dialog[open]')) return;
      const target = event.code === 'KeyN' ? next : event.code === 'KeyP' ? previous : undefined;
      if (!target) return;
      event.preventDefault();
      void navigate({
        to: '/review/$step',
        params: { step: target },
        search: (prev) => ({ mode: prev.mode }),
      });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [navigate, next, previous]);

  const sections = sectionsOfStep(step, review);
  const applies = index >= 0;

  // The step's heading takes focus as the step opens. From there the keys act where the work is:
  // 1/2/3 (and n) on the first question not yet answered, and on the codes step, typing searches.
  const onHeadingKeyDown = (event: ReactKeyboardEvent<HTMLHeadingElement>) => {
    if (readOnly || event.altKey || event.ctrlKey || event.metaKey) return;
    const page = event.currentTarget.closest('article');
    if (step === 'codes') {
      if (event.key.length !== 1 || event.key === ' ') return;
      // Focus moves before the key is typed, so the key lands in the search.
      page?.querySelector<HTMLInputElement>('[data-code-search]')?.focus();
      return;
    }
    if (!/^[1-9n]$/i.test(event.key)) return;
    const group = Array.from(
      page?.querySelectorAll<HTMLFieldSetElement>(
        'fieldset[data-item], fieldset[data-number-keys]',
      ) ?? [],
    ).find((g) => !g.disabled && !g.querySelector('input[type="radio"]:checked'));
    const radio = group?.querySelector<HTMLInputElement>('input[type="radio"]');
    if (!radio) return;
    event.preventDefault();
    radio.focus();
    radio.dispatchEvent(
      new KeyboardEvent('keydown', { key: event.key, bubbles: true, cancelable: true }),
    );
  };

  return (
    <article aria-labelledby="step-title" className="flex flex-col gap-4">
      {/* The provider's checklist is printed to go with the request: on paper it stands alone. */}
      <header className={provider && step === 'determination' ? 'print:hidden' : undefined}>
        <p className="text-sm text-muted">
          {applies ? `Step ${index + 1} of ${steps.length}` : 'Step not needed for this request'}
        </p>
        <h1
          id="step-title"
          ref={headingRef}
          tabIndex={-1}
          onKeyDown={onHeadingKeyDown}
          className="text-2xl font-bold focus:outline-none"
        >
          {stepTitle(step, mode)}
        </h1>
        <p className="mt-1 text-sm text-muted">
          {(provider && PROVIDER_STEP_INTROS[step]) || STEP_INTROS[step]}
        </p>
        {provider ? (
          <p className="mt-2 rounded-md border border-brand bg-brand-soft p-2 text-sm">
            <strong>Provider self-check.</strong> {PROVIDER_DISCLAIMER} Answer from the medical
            record you will send with the request. {PROVIDER_ANSWER_KEY}
          </p>
        ) : null}
        {readOnly ? (
          <p
            role="status"
            className="mt-2 rounded-md border border-review bg-review-soft p-2 text-sm"
          >
            This review is completed and opens read-only. To change it, choose “Amend review” on{' '}
            <Link
              to="/summary"
              search={(prev) => ({ mode: prev.mode })}
              className="text-brand underline underline-offset-2 hover:no-underline"
            >
              the summary
            </Link>
            .
          </p>
        ) : null}
      </header>

      {!applies ? (
        <p className="rounded-lg border border-line bg-white p-4">
          This request does not need the {stepTitle(step, mode).toLowerCase()} step.{' '}
          <Link to="/review/$step" params={{ step: 'request' }} className="text-brand underline">
            Back to the request
          </Link>
        </p>
      ) : step === 'request' ? (
        <RequestStep determination={determination} readOnly={readOnly} />
      ) : step === 'codes' ? (
        <CodesStep determination={determination} readOnly={readOnly} />
      ) : step === 'determination' ? (
        provider ? (
          <ProviderChecklist review={review} determination={determination} />
        ) : (
          <DeterminationStep review={review} determination={determination} readOnly={readOnly} />
        )
      ) : sections.length === 0 ? (
        <p className="rounded-lg border border-missing bg-missing-soft p-4">
          Choose{' '}
          {step === 'contraindications'
            ? 'the request type (trial or implant)'
            : 'the origin of the pain'}{' '}
          first.{' '}
          <Link to="/review/$step" params={{ step: 'request' }} className="text-brand underline">
            Go to the request
          </Link>
        </p>
      ) : (
        <SectionStep
          sections={sections}
          determination={determination}
          readOnly={readOnly}
          prompt={provider ? PROVIDER_ITEM_PROMPT : undefined}
          showWaiver={
            step === 'implant-criteria' &&
            review.request === 'implant' &&
            review.indication === 'malignant'
          }
        />
      )}

      <StepNav previous={previous} next={next} mode={mode} />
    </article>
  );
}

interface StepNavProps {
  readonly previous: StepId | undefined;
  readonly next: StepId | undefined;
  readonly mode: Mode;
}

/** The way back and on, drawn again only when the steps change, not on every answer. */
const StepNav = memo(function StepNav({ previous, next, mode }: StepNavProps) {
  return (
    <nav
      aria-label="Step navigation"
      className="flex flex-wrap justify-between gap-2 border-t border-line pt-4 print:hidden"
    >
      {previous ? (
        <Link
          to="/review/$step"
          params={{ step: previous }}
          search={(prev) => ({ mode: prev.mode })}
          className={buttonVariants({ variant: 'secondary' })}
          aria-keyshortcuts="Alt+P"
        >
          ← Previous: {stepTitle(previous, mode)}{' '}
          <kbd className="font-sans text-xs font-normal">(Alt+P)</kbd>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link
          to="/review/$step"
          params={{ step: next }}
          search={(prev) => ({ mode: prev.mode })}
          className={buttonVariants({ variant: 'primary' })}
          data-next-step=""
          aria-keyshortcuts="Alt+N"
        >
          Next: {stepTitle(next, mode)} <kbd className="font-sans text-xs font-normal">(Alt+N)</kbd>{' '}
          →
        </Link>
      ) : null}
    </nav>
  );
});
