import { describe, expect, it } from 'vitest';
import type { CaseFile } from './case-file';
import { codeFinding } from './code-findings';
import { determine } from './determine';

// determine() hands out shared, frozen objects for the parts of a determination that depend only
// on a few words (an item's trace; a code's finding), and reuses scratch space between calls.
// None of that may show: every determination stands alone.

const TODAY = { today: '2026-05-01' };

function file(fields: Partial<CaseFile>): CaseFile {
  return { policy: 'LA.CP.MP.173', answers: {}, ...fields } as CaseFile;
}

const TRIAL = file({
  request: 'trial',
  drug: 'opioid',
  indication: 'malignant',
  answers: { 'I.A.1.a': 'met', 'I.A.1.b': 'not_met' },
  codes: ['62350', 'A4300'],
  member: { dateOfBirth: '2000-01-01' },
  reviewDate: '2026-05-01',
});

describe('shared parts of a determination', () => {
  it('traces and code findings are frozen: changing one throws, it cannot change another case', () => {
    const d = determine(TRIAL, TODAY);
    const trace = d.items[0];
    const finding = d.codes[0];
    expect(Object.isFrozen(trace)).toBe(true);
    expect(Object.isFrozen(finding)).toBe(true);
    expect(() => {
      (trace as { status: string }).status = 'satisfied';
    }).toThrow(TypeError);
    expect(() => {
      (finding as { finding: string }).finding = 'covered';
    }).toThrow(TypeError);
    expect(determine(TRIAL, TODAY)).toEqual(d);
  });

  it('the lists of a determination are its own', () => {
    const a = determine(TRIAL, TODAY);
    const b = determine(TRIAL, TODAY);
    for (const key of ['items', 'failing', 'missing', 'waived', 'undecided', 'codes'] as const)
      expect(a[key], key).not.toBe(b[key]);
    expect(a.failing).toEqual(['I.A.1.b']);
    (a.failing as string[]).push('I.B.1');
    expect(determine(TRIAL, TODAY).failing).toEqual(['I.A.1.b']);
  });

  it('a case that throws part-way leaves nothing behind for the next', () => {
    const answers = {
      'I.A.1.a': 'met',
      get 'I.A.1.b'(): string {
        throw new Error('unreadable');
      },
    };
    expect(() => determine(file({ ...TRIAL, answers } as Partial<CaseFile>), TODAY)).toThrow(
      'unreadable',
    );
    const d = determine(file({ request: 'trial', drug: 'opioid', indication: 'malignant' }), TODAY);
    expect(d.items.every((t) => t.answer === null)).toBe(true);
    expect(d.missing).toEqual([
      'I.A.1.a',
      'I.A.1.b',
      'I.A.1.c',
      'I.B.1',
      'I.B.2',
      'I.B.3',
      'I.B.4',
      'I.B.5',
    ]);
  });

  it('an answer outside the vocabulary (a caller that skipped the schema) is kept and counts as not documented', () => {
    const d = determine(
      file({ ...TRIAL, answers: { 'I.A.1.a': 'maybe' } } as unknown as Partial<CaseFile>),
      TODAY,
    );
    expect(d.items[0]).toEqual({
      id: 'I.A.1.a',
      required: true,
      answer: 'maybe',
      status: 'missing',
    });
    expect(d.missing).toContain('I.A.1.a');
  });

  it('an answer outside the vocabulary that begins like one of the five words is still not documented', () => {
    const answers = {
      'I.A.1.a': 'nope',
      'I.A.1.b': 'abstain',
      'I.A.1.c': 'pending',
      'I.B.1': 'unsure',
      'I.B.2': 'maybe',
    };
    const d = determine(file({ ...TRIAL, answers } as unknown as Partial<CaseFile>), TODAY);
    for (const [id, answer] of Object.entries(answers)) {
      expect(d.items.find((t) => t.id === id)).toEqual({
        id,
        required: true,
        answer,
        status: 'missing',
      });
    }
    expect(d.outcome).toBe('incomplete');
    expect(d.failing).toEqual([]);
  });

  it('such an answer to an item the request does not need, or to the waived trial, is kept and not required', () => {
    const trial = determine(
      file({ ...TRIAL, answers: { 'II.B.1': 'maybe' } } as unknown as Partial<CaseFile>),
      TODAY,
    );
    expect(trial.items.find((t) => t.id === 'II.B.1')).toEqual({
      id: 'II.B.1',
      required: false,
      answer: 'maybe',
      status: 'not_required',
    });
    const waived = determine(
      file({
        request: 'implant',
        drug: 'opioid',
        indication: 'malignant',
        trialWaiver: 'advanced_disease',
        answers: { 'II.A.1.a': 'maybe' },
      } as unknown as Partial<CaseFile>),
      TODAY,
    );
    expect(waived.items.find((t) => t.id === 'II.A.1.a')).toEqual({
      id: 'II.A.1.a',
      required: false,
      answer: 'maybe',
      status: 'waived',
    });
    expect(waived.waived).toEqual(['II.A.1.a']);
  });

  it('the same code gives the same finding for members on the same side of 21', () => {
    expect(codeFinding('A4300', 5)).toBe(codeFinding('A4300', 20));
    expect(codeFinding('A4300', 21)).toBe(codeFinding('A4300', 80));
    expect(codeFinding('A4300', 20)).not.toEqual(codeFinding('A4300', 21));
    expect(codeFinding(' a4300 ', undefined)).toEqual({ ...codeFinding('A4300', undefined) });
  });
});
