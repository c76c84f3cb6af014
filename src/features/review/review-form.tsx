import { useEffect, useRef, useState, type ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { todayIso } from '../../engine';
import { draftOf, getReview, getTypedReview, saveReview, useReviewGeneration } from '../case-file';
import { toCaseFileInput, toFormValuesKeeping, type ReviewFormValues } from './form-values';

function initialValues(): ReviewFormValues {
  const values = toFormValuesKeeping(getReview(), getTypedReview());
  // A new review is reviewed today unless the reviewer says otherwise.
  return values.reviewDate === '' ? { ...values, reviewDate: todayIso(Date.now()) } : values;
}

/**
 * The wizard's one form, shared by every step. Each change is saved at once (session storage)
 * through the case-file store, which the live determination and the summary read.
 */
export function ReviewFormProvider({ children }: { readonly children: ReactNode }) {
  // Read once, when the wizard opens: the layout around this form renders again on every answer.
  const [defaultValues] = useState(initialValues);
  const form = useForm<ReviewFormValues>({ defaultValues, mode: 'onChange' });
  const generation = useReviewGeneration();
  const shownGeneration = useRef(generation);

  useEffect(() => {
    if (shownGeneration.current === generation) return;
    // Another review took this one's place (an import, or "New review"): show it.
    shownGeneration.current = generation;
    form.reset(initialValues());
  }, [form, generation]);

  useEffect(() => {
    const save = (values: Parameters<typeof toCaseFileInput>[0]) => {
      const typed = toCaseFileInput(values);
      saveReview(draftOf(typed).caseFile, typed);
    };
    // The review as opened, today's date filled in, is saved in a task of its own: a save redraws
    // every view of the review, and on a page's first load that second drawing would otherwise
    // join the task that draws the page.
    const opened = setTimeout(() => save(form.getValues()), 0);
    const subscription = form.watch((values) => save(values));
    return () => {
      clearTimeout(opened);
      subscription.unsubscribe();
    };
  }, [form]);

  return <FormProvider {...form}>{children}</FormProvider>;
}
