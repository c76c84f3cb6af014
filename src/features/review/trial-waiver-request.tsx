import { useId } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import { cn } from '../../components/ui/cn';
import { ChosenInPlace } from '../../components/ui/radio-group';
import type { Determination, TrialWaiverGround } from '../../engine';
import { TRIAL_WAIVER_REASONS, WAIVED_BY_TRIAL_WAIVER } from '../../policy';
import type { ReviewFormValues } from './form-values';
import { TrialWaiverNote } from './trial-waiver-note';
import { WAIVER_CASE_WHEN, WAIVER_CASE_WORDS, WAIVER_CASES, waiverCase } from './waiver-words';

const GROUNDS = Object.keys(TRIAL_WAIVER_REASONS) as TrialWaiverGround[];

/**
 * II Note: for pain of malignant origin, a medical director may review the trial requirement case
 * by case. The nurse records the provider's request and its grounds, one or more; nothing is
 * ticked in advance, since no ground is a fact anybody has checked.
 */
export function TrialWaiverRequest({
  determination,
  readOnly,
}: {
  readonly determination: Determination;
  readonly readOnly: boolean;
}) {
  const { control } = useFormContext<ReviewFormValues>();
  const uid = useId();
  const trial = determination.items.find((t) => t.id === WAIVED_BY_TRIAL_WAIVER);
  const requested = (determination.trialWaiver?.length ?? 0) > 0;
  const current = waiverCase(trial?.answer);
  return (
    <Controller
      control={control}
      name="trialWaiver"
      render={({ field }) => {
        const grounds: readonly TrialWaiverGround[] = field.value ?? [];
        const toggle = (ground: TrialWaiverGround, on: boolean) =>
          field.onChange(
            // Kept in the Note's order, whatever the order they were ticked in.
            GROUNDS.filter((g) => (g === ground ? on : grounds.includes(g))),
          );
        return (
          <fieldset
            disabled={readOnly}
            // The same keys as everywhere: 1/2/3 tick or untick the first/second/third ground.
            onKeyDown={(event) => {
              if (readOnly || event.altKey || event.ctrlKey || event.metaKey) return;
              if (!(event.target instanceof HTMLInputElement)) return;
              if (event.target.type !== 'checkbox') return;
              const ground = GROUNDS[Number(event.key) - 1];
              if (!/^[1-9]$/.test(event.key) || !ground) return;
              event.preventDefault();
              toggle(ground, !grounds.includes(ground));
            }}
            aria-describedby={`${uid}-about`}
            data-waiver-grounds=""
            className="min-w-0 rounded-lg border border-review bg-review-soft p-4"
          >
            <legend className="float-left mb-2 w-full font-semibold">
              Trial waiver request (Note to II): grounds given by the provider
            </legend>
            <div className="clear-both" />
            <div id={`${uid}-about`} className="mb-2 text-sm text-muted">
              <TrialWaiverNote className="scroll-mt-24" />
              <p className="mt-1">
                The provider asks; a medical director decides. Tick each ground the request gives,
                one or more; leave them all unticked when no waiver is requested.
              </p>
            </div>
            <div className="flex flex-wrap gap-2">
              {GROUNDS.map((ground) => {
                const id = `${uid}-${ground}`;
                const checked = grounds.includes(ground);
                return (
                  <div
                    key={ground}
                    className={cn(
                      'flex min-h-10 items-center rounded-md border text-sm has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-focus',
                      checked ? 'border-review bg-white' : 'border-line bg-white',
                    )}
                  >
                    <input
                      id={id}
                      type="checkbox"
                      className="ml-3 size-4 accent-brand focus-visible:outline-none"
                      checked={checked}
                      onChange={(event) => toggle(ground, event.target.checked)}
                    />
                    <label htmlFor={id} className="flex min-h-10 cursor-pointer items-center px-2">
                      <ChosenInPlace label={TRIAL_WAIVER_REASONS[ground]} chosen={checked} />
                    </label>
                    <kbd
                      aria-hidden="true"
                      className="mr-2 rounded border border-line px-1 text-xs text-muted"
                    >
                      {GROUNDS.indexOf(ground) + 1}
                    </kbd>
                  </div>
                );
              })}
            </div>
            <div className="mt-3 text-sm">
              <p className="font-semibold">What a request does, by the answer to II.A.1.a:</p>
              <ul className="mt-1 flex flex-col gap-1">
                {WAIVER_CASES.map((c) => (
                  <li
                    key={c}
                    className={cn(
                      'rounded-md px-2 py-1',
                      requested && c === current && 'border border-review bg-white',
                    )}
                  >
                    <strong>{WAIVER_CASE_WHEN[c]}:</strong> {WAIVER_CASE_WORDS[c]}
                    {requested && c === current ? (
                      <strong className="text-review"> (this review now)</strong>
                    ) : null}
                  </li>
                ))}
              </ul>
            </div>
          </fieldset>
        );
      }}
    />
  );
}
