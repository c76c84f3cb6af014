import { useId, useLayoutEffect, useRef, useState } from 'react';
import { Controller, useFormContext, useFormState } from 'react-hook-form';
import { Button } from '../../components/ui/button';
import { cn } from '../../components/ui/cn';
import { TextField } from '../../components/ui/text-field';
import {
  birthAfterWords,
  CODE_FINDING_LABELS,
  normalizeCode,
  type CodeFinding,
  type Determination,
} from '../../engine';
import { CODES, CODING_NOTE, POLICY } from '../../policy';
import { CodeFitTable } from './code-fit-table';
import { CODE_FIT_REQUESTS, CODE_FIT_ROWS } from './code-fits';
import {
  fitWords,
  LINE_VERDICT_WORDS,
  lineVerdict,
  PROVIDER_CODE_FINDING_LABELS,
  PROVIDER_LINE_VERDICT_WORDS,
  REQUEST_COLUMNS,
  useMode,
} from '../shared';
import { errorMessage } from './form-validation';
import type { ReviewFormValues } from './form-values';

const FINDING_TONES: Readonly<Record<CodeFinding['finding'], string>> = {
  covered: 'text-met',
  not_covered: 'text-fail',
  under21_review: 'text-review',
  age_unknown: 'text-missing',
  unlisted: 'text-missing',
};

function matches(query: string, code: string, description: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const haystack = `${code} ${description}`.toLowerCase();
  return words.every((word) => haystack.includes(word));
}

const OTHER_CODE = /^[A-Za-z0-9]{1,10}$/;

/** Age for the `*` codes is taken on the date of service, or on the review date when none is given. */
function serviceDateHint(d: Determination): string {
  const on = d.serviceDate ? 'the date of service' : 'the review date (no date of service given)';
  return d.memberAge === null
    ? 'Age for the codes marked * is taken on this date; without it, on the review date.'
    : `Age ${d.memberAge} on ${on}: the age the codes marked * are judged by.`;
}

/**
 * A code ticked or added lengthens the list of requested codes above the table and the fields:
 * the page is then scrolled by as much, so that what the reviewer just clicked or typed in (the
 * code's row, the search, the field for another code) stays where it was, under the pointer. The
 * browser's own scroll anchoring does not act at the top of the page, nor on what is in view
 * above: on a laptop the table's rows moved down by 74 px or more with every code ticked.
 */
function useKeptInPlace(): (element: HTMLElement) => void {
  const kept = useRef<{ element: HTMLElement; top: number }>(undefined);
  // After every drawing of the step: a code changes the determination the step is drawn with, so
  // the drawing that lengthens the list is always one of them.
  useLayoutEffect(() => {
    const held = kept.current;
    if (!held) return;
    kept.current = undefined;
    if (!held.element.isConnected) return;
    const moved = held.element.getBoundingClientRect().top - held.top;
    if (moved !== 0) window.scrollBy({ top: moved, behavior: 'instant' });
  });
  // Called only on a change that draws the step again, so that nothing is held past it.
  return (element) => {
    kept.current = { element, top: element.getBoundingClientRect().top };
  };
}

export function CodesStep({
  determination,
  readOnly,
}: {
  readonly determination: Determination;
  readonly readOnly: boolean;
}) {
  const { control, register } = useFormContext<ReviewFormValues>();
  const uid = useId();
  const [query, setQuery] = useState('');
  const [other, setOther] = useState('');
  const [otherError, setOtherError] = useState<string>();
  const provider = useMode() === 'provider';
  const findingLabels = provider ? PROVIDER_CODE_FINDING_LABELS : CODE_FINDING_LABELS;
  const verdictWords = provider ? PROVIDER_LINE_VERDICT_WORDS : LINE_VERDICT_WORDS;
  const dateErrors = useFormState({ control, name: ['serviceDate', 'memberDateOfBirth'] }).errors;
  // A date of service before the date of birth is the case file's problem with the date of birth
  // (on the request step); it is said here too, where the date of service was typed.
  const serviceDateProblem =
    errorMessage(dateErrors, 'serviceDate') ??
    (errorMessage(dateErrors, 'memberDateOfBirth') === birthAfterWords('serviceDate')
      ? 'is before the member’s date of birth'
      : undefined);
  const keepInPlace = useKeptInPlace();
  const findings = new Map(determination.codes.map((f) => [f.code, f]));
  const shown = CODES.filter((c) => matches(query, c.code, c.description));

  return (
    <Controller
      control={control}
      name="codes"
      render={({ field }) => {
        const selected: string[] = field.value ?? [];
        // A code picked from a search is added, and the search cleared for the next code.
        const pick = (code: string) => {
          if (!selected.includes(code)) field.onChange([...selected, code]);
          setQuery('');
        };
        const toggle = (code: string, on: boolean) =>
          field.onChange(on ? [...selected, code] : selected.filter((c) => c !== code));
        const addOther = (from: HTMLElement) => {
          const code = normalizeCode(other);
          if (!OTHER_CODE.test(code)) {
            setOtherError('A code is letters and digits only, such as 64999 or E1399.');
            return;
          }
          setOtherError(undefined);
          if (!selected.includes(code)) {
            keepInPlace(from);
            field.onChange([...selected, code]);
          }
          setOther('');
        };
        return (
          <div className="flex flex-col gap-4">
            <p className="text-sm text-muted">{CODING_NOTE}</p>

            <section
              aria-labelledby={`${uid}-selected`}
              className="rounded-lg border border-line bg-white p-4"
            >
              <h2 id={`${uid}-selected`} className="font-semibold">
                Requested codes ({selected.length})
              </h2>
              {selected.length === 0 ? (
                <p className="mt-1 text-sm text-muted">
                  None yet. Choose them from the table below.
                </p>
              ) : (
                <ul className="mt-2 flex flex-col gap-2 text-sm">
                  {selected.map((code) => {
                    const finding = findings.get(code);
                    return (
                      <li key={code} className="flex flex-col gap-0.5">
                        <div className="flex flex-wrap items-center gap-2">
                          <span className="font-mono font-semibold">{code}</span>
                          <span
                            className={cn(
                              'font-semibold',
                              finding && FINDING_TONES[finding.finding],
                            )}
                          >
                            {finding ? findingLabels[finding.finding] : ''}
                          </span>
                          {readOnly ? null : (
                            <Button
                              variant="link"
                              onClick={() => toggle(code, false)}
                              aria-label={`Remove ${code}`}
                            >
                              Remove
                            </Button>
                          )}
                        </div>
                        {finding ? (
                          <p data-code-line={code} className="text-muted">
                            {fitWords(finding, determination.request)}.{' '}
                            <strong className="text-ink">
                              {verdictWords[lineVerdict(finding, determination)]}.
                            </strong>
                          </p>
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
              )}
            </section>
            <div className="flex flex-col gap-1">
              <label htmlFor={`${uid}-search`} className="text-sm font-semibold">
                Search codes
              </label>
              <input
                id={`${uid}-search`}
                type="search"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                onKeyDown={(e) => {
                  // Enter adds the code when the search leaves exactly one.
                  if (e.key !== 'Enter') return;
                  e.preventDefault();
                  const only = shown.length === 1 ? shown[0] : undefined;
                  if (!only || readOnly) return;
                  keepInPlace(e.currentTarget);
                  pick(only.code);
                }}
                data-code-search=""
                placeholder="Code or words, e.g. 62362 or programmable pump"
                className="min-h-10 rounded-md border border-line bg-white px-3 py-2 text-sm"
                aria-describedby={`${uid}-count`}
              />
              <span id={`${uid}-count`} className="text-xs text-muted" aria-live="polite">
                {shown.length} of {CODES.length} codes shown
              </span>
            </div>
            <fieldset disabled={readOnly} className="rounded-lg border border-line bg-white p-4">
              <legend className="font-semibold">
                CPT and HCPCS codes in {POLICY.number} (* not on the fee schedule)
              </legend>
              <ul className="flex flex-col divide-y divide-line">
                {shown.map((c) => {
                  const checkboxId = `${uid}-code-${c.code}`;
                  return (
                    <li key={c.code} className="flex items-start gap-3 py-2">
                      <input
                        id={checkboxId}
                        type="checkbox"
                        className="mt-1 size-5 shrink-0 accent-brand"
                        checked={selected.includes(c.code)}
                        onChange={(e) => {
                          keepInPlace(e.currentTarget);
                          if (e.target.checked) pick(c.code);
                          else toggle(c.code, false);
                        }}
                      />
                      <label htmlFor={checkboxId} className="block min-h-6 py-0.5 text-sm">
                        <span className="font-mono font-semibold">
                          {c.code}
                          {c.notOnFeeSchedule ? '*' : ''}
                        </span>{' '}
                        <span className="text-muted">{c.system}</span> {c.description}
                      </label>
                    </li>
                  );
                })}
              </ul>
            </fieldset>
            {/* After the search and its list, so that a code found by typing is one Tab away. */}
            <TextField
              id="serviceDate"
              type="date"
              label="Date of service"
              className="max-w-xs"
              disabled={readOnly}
              hint={serviceDateHint(determination)}
              error={serviceDateProblem ? `The date of service ${serviceDateProblem}.` : undefined}
              {...register('serviceDate', { deps: 'memberDateOfBirth' })}
            />
            <section
              aria-labelledby={`${uid}-fits`}
              className="rounded-lg border border-line bg-white p-4"
            >
              <h2 id={`${uid}-fits`} className="font-semibold">
                Which codes fit which request
              </h2>
              <CodeFitTable
                className="mt-2"
                requests={CODE_FIT_REQUESTS}
                requestLabels={REQUEST_COLUMNS}
                rows={CODE_FIT_ROWS}
                current={determination.request ?? undefined}
              />
            </section>
            {readOnly ? null : (
              <div className="flex flex-wrap items-end gap-2">
                <div className="flex flex-col gap-1">
                  <label htmlFor={`${uid}-other`} className="text-sm font-semibold">
                    A requested code not in the table
                  </label>
                  <input
                    id={`${uid}-other`}
                    value={other}
                    onChange={(e) => setOther(e.target.value)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') {
                        e.preventDefault();
                        addOther(e.currentTarget);
                      }
                    }}
                    aria-invalid={otherError ? true : undefined}
                    aria-describedby={otherError ? `${uid}-other-error` : undefined}
                    className="min-h-10 rounded-md border border-line bg-white px-3 py-2 font-mono text-sm"
                  />
                </div>
                <Button variant="secondary" onClick={(e) => addOther(e.currentTarget)}>
                  Add code
                </Button>
                {otherError ? (
                  <p id={`${uid}-other-error`} className="w-full text-sm font-semibold text-fail">
                    {otherError}
                  </p>
                ) : null}
              </div>
            )}
          </div>
        );
      }}
    />
  );
}
