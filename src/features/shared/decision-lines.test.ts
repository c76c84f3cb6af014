import { describe, expect, it } from 'vitest';
import { determine, parseCaseFile, type CaseFile } from '../../engine';
import { linesToRefer, needsMedicalDirector } from './decision-lines';

function parsed(input: unknown): CaseFile {
  const result = parseCaseFile(input);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return result.caseFile;
}

const TODAY = { today: '2026-11-24' };

// A malignant trial. 62322 is a trial code on the fee schedule; 62362 is an implant code (it does
// not fit a trial); Z9999 is not in the policy's table (DESIGN.md, Codes).
const TRIAL = {
  policy: 'LA.CP.MP.173',
  request: 'trial',
  drug: 'opioid',
  indication: 'malignant',
  codes: ['62322', '62362', 'Z9999'],
};

describe('the lines a nurse cannot approve', () => {
  it('are the lines whose own finding or fit stands in the way, whatever the outcome', () => {
    const failing = parsed({ ...TRIAL, answers: { 'I.A.1': 'met', 'I.A.1.b': 'not_met' } });
    const d = determine(failing, TODAY);
    expect(d.outcome).toBe('not_met');
    expect(linesToRefer(d)).toEqual(['62362', 'Z9999']);
    expect(needsMedicalDirector(d)).toBe(true);
  });

  it('send a case that meets the criteria to a medical director only for those lines', () => {
    const answers = Object.fromEntries([
      ...['I.A.1', 'I.A.1.a', 'I.A.1.b', 'I.A.1.c'].map((id) => [id, 'met']),
      ...['I.B.1', 'I.B.2', 'I.B.3', 'I.B.4', 'I.B.5'].map((id) => [id, 'absent']),
    ]);
    const fitting = determine(parsed({ ...TRIAL, answers, codes: ['62322'] }), TODAY);
    expect(fitting.outcome).toBe('meets_criteria');
    expect(linesToRefer(fitting)).toEqual([]);
    expect(needsMedicalDirector(fitting)).toBe(false);
    const mixed = determine(parsed({ ...TRIAL, answers }), TODAY);
    expect(linesToRefer(mixed)).toEqual(['62362', 'Z9999']);
    expect(needsMedicalDirector(mixed)).toBe(true);
  });

  it('are none while the case is out of scope: it goes to another policy', () => {
    const d = determine(parsed({ ...TRIAL, drug: 'baclofen' }), TODAY);
    expect(linesToRefer(d)).toEqual([]);
    expect(needsMedicalDirector(d)).toBe(false);
  });
});
