import { useEffect, useRef, useState, type ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { todayIso } from '../../engine';
import { draftOf, getReview, getTypedReview, saveReview, useReviewGeneration } from '../case-file';
import { toCaseFileInput, toFormValuesKeeping, type ReviewFormValues } from './form-values';
import { reviewFormResolver } from './form-validation';

/** The review as saved, in the form's terms. */
function savedValues(): ReviewFormValues {
  return toFormValuesKeeping(getReview(), getTypedReview());
}

/** A new review is reviewed today unless the reviewer says otherwise; any other is left as it is. */
function datedToday(values: ReviewFormValues): ReviewFormValues {
  return values.reviewDate === '' ? { ...values, reviewDate: todayIso(Date.now()) } : values;
}

function initialValues(): ReviewFormValues {
  return datedToday(savedValues());
}

function saveValues(values: Parameters<typeof toCaseFileInput>[0]): void {
  const typed = toCaseFileInput(values);
  saveReview(draftOf(typed).caseFile, typed);
}

/**
 * Opens the review before the wizard draws it: a review without a review date is reviewed
 * today, and saved so. The wizard's first drawing then already shows the review as saved, and
 * the form's own save of it as opened changes nothing.
 */
export function openReview(): void {
  const saved = savedValues();
  const opened = datedToday(saved);
  if (opened !== saved) saveValues(opened);
}

/**
 * The wizard's one form, shared by every step. Each change is saved at once (session storage)
 * through the case-file store, which the live determination and the summary read.
 */
export function ReviewFormProvider({ children }: { readonly children: ReactNode }) {
  // Read once, when the wizard opens: the layout around this form renders again on every answer.
  const [defaultValues] = useState(initialValues);
  const form = useForm<ReviewFormValues>({
    defaultValues,
    mode: 'onChange',
    resolver: reviewFormResolver,
  });
  const generation = useReviewGeneration();
  const shownGeneration = useRef(generation);

  useEffect(() => {
    if (shownGeneration.current === generation) return;
    // Another review took this one's place (an import, or "New review"): show it.
    shownGeneration.current = generation;
    form.reset(initialValues());
  }, [form, generation]);

  useEffect(() => {
    // A review opened with a value the case file set aside (a date of birth after the review
    // date) says so in its field at once, not only once the field is changed.
    void form.trigger();
  }, [form, generation]);

  useEffect(() => {
    // The review as opened, today's date filled in, is saved in a task of its own. The route has
    // usually saved it already (openReview), and then this changes nothing.
    const opened = setTimeout(() => saveValues(form.getValues()), 0);
    const subscription = form.watch((values) => saveValues(values));
    return () => {
      clearTimeout(opened);
      subscription.unsubscribe();
    };
  }, [form]);

  return <FormProvider {...form}>{children}</FormProvider>;
}
