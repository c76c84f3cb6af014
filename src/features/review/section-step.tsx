import { Controller, useFormContext } from 'react-hook-form';
import { RadioGroup, type RadioOption } from '../../components/ui/radio-group';
import type { Determination, TrialWaiver } from '../../engine';
import {
  itemsOfSection,
  PARTS,
  SECTIONS,
  TRIAL_WAIVER_NOTE,
  TRIAL_WAIVER_REASONS,
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
              <q>{TRIAL_WAIVER_NOTE}</q> With a waiver, II.A.1.a is not required and the case goes to
              medical director review.
            </>
          }
          options={WAIVER_OPTIONS}
          value={field.value ?? ''}
          onChange={field.onChange}
          disabled={readOnly}
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

/** One or more policy sections, item by item: the same component serves every criteria step. */
export function SectionStep({ sections, determination, readOnly, showWaiver, prompt }: SectionStepProps) {
  const traces = new Map(determination.items.map((t) => [t.id as ItemId, t]));
  return (
    <div className="flex flex-col gap-6">
      {showWaiver ? <TrialWaiverField readOnly={readOnly} /> : null}
      {sections.map((sectionId) => {
        const section = SECTIONS[sectionId];
        const part = sectionId.startsWith('II') ? PARTS.implant : PARTS.trial;
        return (
          <section key={sectionId} aria-labelledby={`section-${sectionId}`} className="flex flex-col gap-3">
            <h2 id={`section-${sectionId}`} className="text-base font-semibold">
              <span className="font-mono text-brand">{sectionId}</span> {section.heading}
            </h2>
            {section.kind === 'criterion' ? <p className="sr-only">{part.indications}</p> : null}
            {itemsOfSection(sectionId).map((item) => (
              <ItemGroup key={item.id} item={item} trace={traces.get(item.id)} readOnly={readOnly} prompt={prompt} />
            ))}
          </section>
        );
      })}
    </div>
  );
}
