import type { MouseEvent } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import { RadioGroup, type RadioOption } from '../../components/ui/radio-group';
import type { Determination, TrialWaiver } from '../../engine';
import {
  itemsOfSection,
  PARTS,
  SECTIONS,
  TRIAL_WAIVER_MARK,
  TRIAL_WAIVER_NOTE,
  TRIAL_WAIVER_REASONS,
  WAIVED_BY_TRIAL_WAIVER,
  type ItemId,
  type SectionId,
} from '../../policy';
import type { ReviewFormValues } from './form-values';
import { ItemGroup } from './item-group';

const WAIVER_OPTIONS: RadioOption<TrialWaiver | ''>[] = [
  { value: '', label: 'No waiver: the trial was done' },
  ...(Object.entries(TRIAL_WAIVER_REASONS) as [TrialWaiver, string][]).map(([value, label]) => ({
    value,
    label: `Waived: ${label.toLowerCase()}`,
  })),
];

const NOTE_ID = 'trial-waiver-note';

/** II Note, as the policy prints it: its `*` mark, then its words. */
function TrialWaiverNote({ className }: { readonly className?: string }) {
  return (
    <p id={NOTE_ID} tabIndex={-1} className={className}>
      <strong className="text-ink">{TRIAL_WAIVER_MARK}Note:</strong> {TRIAL_WAIVER_NOTE}
    </p>
  );
}

/** II.A.1.a's `*`: a link to the Note on waiving the trial, which takes focus there. */
function TrialWaiverMark() {
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

// One element for every drawing, so that the item it marks is not drawn again for it.
const TRIAL_WAIVER_MARK_LINK = <TrialWaiverMark />;

/** II Note: the medical director may waive the trial for pain of malignant origin. */
function TrialWaiverField({ readOnly }: { readonly readOnly: boolean }) {
  const { control } = useFormContext<ReviewFormValues>();
  return (
    <Controller
      control={control}
      name="trialWaiver"
      render={({ field }) => (
        <RadioGroup<TrialWaiver | ''>
          name="trialWaiver"
          legend="Trial waiver (Note to II)"
          description={
            <>
              <TrialWaiverNote className="scroll-mt-24" />
              <p className="mt-1">
                With a waiver, II.A.1.a is not required and the case goes to medical director
                review.
              </p>
            </>
          }
          options={WAIVER_OPTIONS}
          value={field.value ?? ''}
          onChange={field.onChange}
          disabled={readOnly}
          numberKeys
          className="rounded-lg border border-review bg-review-soft p-4"
        />
      )}
    />
  );
}

export interface SectionStepProps {
  readonly sections: readonly SectionId[];
  readonly determination: Determination;
  readonly readOnly: boolean;
  readonly showWaiver?: boolean;
  readonly prompt?: string;
}

const PART_OF_SECTION = (sectionId: SectionId) =>
  sectionId.startsWith('II') ? PARTS.implant : PARTS.trial;

/**
 * One or more policy sections, item by item: the same component serves every criteria step.
 * Each part's opening statement (I, II) and the A. lead-in come first, word for word, as in the policy.
 */
export function SectionStep({
  sections,
  determination,
  readOnly,
  showWaiver,
  prompt,
}: SectionStepProps) {
  const traces = new Map(determination.items.map((t) => [t.id as ItemId, t]));
  const parts = [...new Set(sections.map(PART_OF_SECTION))];
  // II.A.1.a's `*` leads to the Note: in the waiver's box when it is asked, else on its own.
  const noteAlone = !showWaiver && sections.includes('II.A.1');
  return (
    <div className="flex flex-col gap-6">
      {parts.map((part) => (
        <p key={part.id} className="text-sm">
          <span className="font-mono font-semibold text-brand">{part.id}.</span> {part.statement}
        </p>
      ))}
      {showWaiver ? <TrialWaiverField readOnly={readOnly} /> : null}
      {sections.map((sectionId) => {
        const section = SECTIONS[sectionId];
        const part = PART_OF_SECTION(sectionId);
        return (
          <section
            key={sectionId}
            aria-labelledby={`section-${sectionId}`}
            className="flex flex-col gap-3"
          >
            {section.kind === 'criterion' ? (
              // "A. Request is for either of the following indications:", the list this section is one of.
              <p className="text-sm">
                <span className="font-mono font-semibold text-brand">{part.id}.A</span>{' '}
                {part.indications}
              </p>
            ) : null}
            <h2 id={`section-${sectionId}`} className="text-base font-semibold">
              <span className="font-mono text-brand">{sectionId}</span> {section.heading}
            </h2>
            {itemsOfSection(sectionId).map((item) => (
              <ItemGroup
                key={item.id}
                item={item}
                trace={traces.get(item.id)}
                readOnly={readOnly}
                prompt={prompt}
                mark={item.id === WAIVED_BY_TRIAL_WAIVER ? TRIAL_WAIVER_MARK_LINK : undefined}
              />
            ))}
          </section>
        );
      })}
      {noteAlone ? (
        <TrialWaiverNote className="scroll-mt-24 rounded-lg border border-line bg-white p-4 text-sm" />
      ) : null}
    </div>
  );
}
