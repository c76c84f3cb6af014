import { describe, expect, it } from 'vitest';
import type { FieldErrors, ResolverOptions } from 'react-hook-form';
import { emptyCaseFile } from '../case-file';
import { errorMessage, reviewFormResolver } from './form-validation';
import { toFormValues, type ReviewFormValues } from './form-values';

const OPTIONS: ResolverOptions<ReviewFormValues> = { fields: {}, shouldUseNativeValidation: false };

function blank(): ReviewFormValues {
  return toFormValues(emptyCaseFile());
}

async function errorsOf(values: ReviewFormValues): Promise<FieldErrors<ReviewFormValues>> {
  return (await reviewFormResolver(values, undefined, OPTIONS)).errors;
}

describe('the form, checked by the case file’s schema', () => {
  it('finds nothing wrong with a new review', async () => {
    expect(await errorsOf(blank())).toEqual({});
  });

  it('puts an impossible date on the field that holds it, in the schema’s words', async () => {
    const errors = await errorsOf({ ...blank(), memberDateOfBirth: '2026-02-30' });
    expect(errorMessage(errors, 'memberDateOfBirth')).toMatch(/real date/);
    expect(errorMessage(errors, 'reviewDate')).toBeUndefined();
  });

  it('puts a date of birth after the review date on the date of birth (one rule, in the schema)', async () => {
    const errors = await errorsOf({
      ...blank(),
      reviewDate: '2026-11-24',
      memberDateOfBirth: '2030-01-01',
    });
    expect(errorMessage(errors, 'memberDateOfBirth')).toBe('is after the review date');
  });

  it('reaches the record’s fields and an item’s source by their form keys', async () => {
    const values = blank();
    values.record = { ...values.record, pendedOn: '0026-05-04' };
    const key = Object.keys(values.sources)[0] as keyof ReviewFormValues['sources'];
    values.sources = { ...values.sources, [key]: { document: '', date: '2026-13-01', page: '' } };
    const errors = await errorsOf(values);
    expect(errorMessage(errors, 'record.pendedOn')).toMatch(/1900 to 2100|real date/);
    expect(errorMessage(errors, `sources.${key}.date`)).toMatch(/real date/);
  });

  it('checks the fields the schema can fault when they change, not a change to an answer alone', async () => {
    const values = { ...blank(), memberDateOfBirth: '2026-02-30' };
    const names = (n: string[]) => ({ ...OPTIONS, names: n });
    const onAnswer = await reviewFormResolver(values, undefined, names(['answers.I_A_1']));
    expect(onAnswer.errors).toEqual({});
    const onDate = await reviewFormResolver(values, undefined, names(['memberDateOfBirth']));
    expect(errorMessage(onDate.errors, 'memberDateOfBirth')).toMatch(/real date/);
  });

  it('words a name with a hidden direction character without quoting it', async () => {
    const errors = await errorsOf({ ...blank(), memberName: 'Jane\u202EDoe' });
    const message = errorMessage(errors, 'memberName');
    expect(message).toBeDefined();
    expect(message).not.toContain('Jane');
  });
});
