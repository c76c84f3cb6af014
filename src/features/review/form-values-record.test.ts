import { describe, expect, it } from 'vitest';
import { parseCaseFile } from '../../engine';
import { draftOf } from '../case-file';
import { toCaseFileInput, toFormValues } from './form-values';

describe('the record of a review through the wizard’s form', () => {
  it('keeps every field of the record, the sources and the calculators, both ways', () => {
    const input = {
      policy: 'LA.CP.MP.173',
      status: 'in_progress',
      request: 'implant',
      drug: 'opioid',
      indication: 'nonmalignant',
      answers: { 'I.A.2.g': 'not_met' },
      notes: { 'I.A.2.g': 'MME 180 → 150 mg/day: 17% weaned, less than the policy’s 50%.' },
      nurseAction: {
        action: 'referred',
        referredAt: '2026-05-04T14:00:00-05:00',
      },
      authorizationNumber: 'PA-1',
      completedBy: { name: 'R. Thibodeaux', credentials: 'RN' },
      medicalDirector: {
        decision: 'deny',
        name: 'A. Broussard',
        credentials: 'MD',
        decidedAt: '2026-05-05T09:00:00-05:00',
        rationale: 'Weaning not shown.',
      },
      sources: { 'I.A.2.g': { document: 'Pain clinic note', date: '2026-04-01', page: '3' } },
      calculators: { 'I.A.2.g': { before: 180, after: 150 } },
    };
    const parsed = parseCaseFile(input);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const values = toFormValues(parsed.caseFile);
    expect(values.calculators.I_A_2_g).toEqual({ before: '180', after: '150' });
    expect(values.record.referredAt).toBe('2026-05-04T14:00');
    const back = draftOf(toCaseFileInput(values));
    expect(back.problems).toEqual([]);
    expect(back.caseFile).toEqual(parsed.caseFile);
  });

  it('sets aside a calculator value that is not a number, and keeps the rest', () => {
    const values = toFormValues({ policy: 'LA.CP.MP.173', answers: {} });
    values.calculators.I_A_2_g = { before: '180', after: 'lots' };
    const draft = draftOf(toCaseFileInput(values));
    expect(draft.problems.map((p) => p.path)).toEqual(['calculators["I.A.2.g"].after']);
    expect(draft.caseFile.calculators).toEqual({ 'I.A.2.g': { before: 180 } });
  });
});
