import { describe, expect, it } from 'vitest';
import { determine, type CaseFile } from '../../engine';
import { applicableSteps, stepState } from './steps';

// Which steps a request goes through, and how each stands, as DESIGN.md says: scope first, and
// an unanswered question (the reviewer's unfinished work) told apart from "Not documented".

const opioid = { policy: 'LA.CP.MP.173', drug: 'opioid' } as const;

function stateOf(step: Parameters<typeof stepState>[0], file: CaseFile) {
  return stepState(step, file, determine(file, { today: '2026-11-24' }));
}

describe('the steps a request goes through', () => {
  it('a trial skips the implant criteria; an implant asks every step', () => {
    expect(applicableSteps({ ...opioid, request: 'trial', indication: 'malignant' })).toEqual([
      'request',
      'trial-criteria',
      'contraindications',
      'codes',
      'determination',
    ]);
    expect(applicableSteps({ ...opioid, request: 'implant', indication: 'malignant' })).toContain(
      'implant-criteria',
    );
  });

  it('baclofen, another drug or another indication ends the wizard at the request', () => {
    expect(applicableSteps({ drug: 'baclofen' })).toEqual(['request', 'determination']);
    expect(applicableSteps({ drug: 'other', request: 'trial' })).toEqual([
      'request',
      'determination',
    ]);
    expect(applicableSteps({ ...opioid, request: 'implant', indication: 'other' })).toEqual([
      'request',
      'determination',
    ]);
  });

  it('a pump already in place has no criteria here, but its codes are still found', () => {
    expect(applicableSteps({ ...opioid, request: 'existing_pump' })).toEqual([
      'request',
      'codes',
      'determination',
    ]);
    // Another indication comes before a pump in place in DESIGN.md's order of scope.
    expect(applicableSteps({ ...opioid, request: 'existing_pump', indication: 'other' })).toEqual([
      'request',
      'determination',
    ]);
  });
});

describe('how a step stands', () => {
  const trial: CaseFile = { ...opioid, request: 'trial', indication: 'malignant', answers: {} };

  it('nothing answered: not started; some answered: questions still unanswered', () => {
    expect(stateOf('trial-criteria', trial)).toBe('not_started');
    expect(stateOf('trial-criteria', { ...trial, answers: { 'I.A.1': 'met' } })).toBe('unanswered');
  });

  it('every question answered, one Not documented: not documented, never "unanswered"', () => {
    const answers = {
      'I.A.1': 'met',
      'I.A.1.a': 'met',
      'I.A.1.b': 'unknown',
      'I.A.1.c': 'met',
    } as const;
    expect(stateOf('trial-criteria', { ...trial, answers })).toBe('not_documented');
    expect(stateOf('trial-criteria', { ...trial, answers: { ...answers, 'I.A.1.b': 'met' } })).toBe(
      'complete',
    );
  });

  it('a failing item marks its step failing, whatever else is unanswered', () => {
    expect(stateOf('trial-criteria', { ...trial, answers: { 'I.A.1.c': 'not_met' } })).toBe(
      'failing',
    );
  });

  it('II.A.1.a standing aside for a trial waiver request does not leave its step unfinished', () => {
    const implant: CaseFile = {
      ...opioid,
      request: 'implant',
      indication: 'malignant',
      trialWaiver: ['advanced_disease'],
      answers: { 'II.A.1': 'met', 'II.A.1.b': 'met', 'II.A.1.c': 'met', 'II.A.1.d': 'met' },
    };
    expect(stateOf('implant-criteria', implant)).toBe('complete');
  });
});
