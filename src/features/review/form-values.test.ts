import { describe, expect, it } from 'vitest';
import { parseCaseFile } from '../../engine';
import { draftOf } from '../case-file';
import { toCaseFileInput, toFormValues, toFormValuesKeeping } from './form-values';
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

// The wizard's form and the case file, both ways: the waiver request's grounds and the date of
// service survive the trip, and no ground is ever put in that the reviewer did not tick.

function caseFile(input: Record<string, unknown>) {
  const result = parseCaseFile(input);
  if (!result.ok) throw new Error(result.problems.map((p) => p.path).join(', '));
  return result.caseFile;
}

describe('the trial waiver request in the form', () => {
  it('a new review has no ground ticked, and its case file no trialWaiver', () => {
    const values = toFormValues(caseFile({ policy: 'LA.CP.MP.173' }));
    expect(values.trialWaiver).toEqual([]);
    expect(toCaseFileInput(values)).not.toHaveProperty('trialWaiver');
  });

  it('the grounds ticked go to the case file, and come back', () => {
    const file = caseFile({
      policy: 'LA.CP.MP.173',
      request: 'implant',
      drug: 'opioid',
      indication: 'malignant',
      trialWaiver: ['advanced_disease', 'high_procedural_risk'],
      serviceDate: '2026-12-20',
    });
    const values = toFormValues(file);
    expect(values.trialWaiver).toEqual(['advanced_disease', 'high_procedural_risk']);
    expect(values.serviceDate).toBe('2026-12-20');
    const back = toCaseFileInput(values);
    expect(back.trialWaiver).toEqual(['advanced_disease', 'high_procedural_risk']);
    expect(back.serviceDate).toBe('2026-12-20');
  });

  it('a ground the case file set aside (the request does not allow one) stays ticked as typed', () => {
    const typed = { policy: 'LA.CP.MP.173', request: 'trial', trialWaiver: 'limited_survival' };
    const values = toFormValuesKeeping(
      caseFile({ policy: 'LA.CP.MP.173', request: 'trial' }),
      typed,
    );
    expect(values.trialWaiver).toEqual(['limited_survival']);
  });
});
