import { describe, expect, it } from 'vitest';
import { draftOf } from '../case-file';
import { toCaseFileInput, toFormValuesKeeping } from './form-values';
import { toFormKey } from './form-keys';

describe('a note longer than a case file holds', () => {
  const long = 'x'.repeat(4001);
  const typed = toCaseFileInput({
    drug: 'opioid',
    notes: { [toFormKey('I.A.1.a')]: long, [toFormKey('I.A.1.b')]: 'short' },
  });

  it('is left out of the case file, and said to be', () => {
    const draft = draftOf(typed);
    expect(draft.caseFile.notes).toEqual({ 'I.A.1.b': 'short' });
    expect(draft.problems.map((p) => p.path)).toEqual(['notes["I.A.1.a"]']);
  });

  it('goes back whole into its field when the review is opened again', () => {
    const values = toFormValuesKeeping(draftOf(typed).caseFile, typed);
    expect(values.notes[toFormKey('I.A.1.a')]).toBe(long);
    expect(values.notes[toFormKey('I.A.1.b')]).toBe('short');
  });
});
