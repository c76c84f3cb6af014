import { describe, expect, it } from 'vitest';
import { describeProblems, parseCaseFile, type CaseFile } from './case-file';
import {
  CODE_ACTION_LABELS,
  CODE_FINDING_LABELS,
  codeFinding,
  codeFindings,
  fitsRequest,
} from './code-findings';
import { determine } from './determine';

// Coding Implications: codes marked * are not on the LDH fee schedule; they are reviewed for
// medical necessity for members under 21 on the date of service (the review date when none is
// recorded), and not covered at 21 or over.

const STARRED = ['A4300', 'A4301', 'E0782', 'C1772', 'C1755', 'J2274', 'S0093'];
const UNSTARRED = [
  '62320',
  '62321',
  '62322',
  '62323',
  '62326',
  '62327',
  '62350',
  '62351',
  '62355',
  '62360',
  '62361',
  '62362',
  '62365',
  '62367',
  '62368',
  '62369',
  '62370',
  'E0783',
  'E0785',
  'E0786',
];

describe('one code', () => {
  it.each(STARRED.map((c) => [c]))(
    '%s (*): under 21 is reviewed, 21 or over is not covered, no age is unknown',
    (code) => {
      expect(codeFinding(code, 0).finding).toBe('under21_review');
      expect(codeFinding(code, 20).finding).toBe('under21_review');
      expect(codeFinding(code, 21).finding).toBe('not_covered');
      expect(codeFinding(code, 64).finding).toBe('not_covered');
      expect(codeFinding(code, undefined).finding).toBe('age_unknown');
    },
  );

  it.each(UNSTARRED.map((c) => [c]))('%s (no *): covered at any age, known or not', (code) => {
    for (const age of [0, 20, 21, 80, undefined])
      expect(codeFinding(code, age).finding).toBe('covered');
  });

  it('a code in the table carries its system, description and * mark', () => {
    expect(codeFinding('S0093', 30)).toEqual({
      code: 'S0093',
      finding: 'not_covered',
      system: 'HCPCS',
      description: 'Injection, morphine sulfate, 500 mg (loading dose for infusion pump)',
      notOnFeeSchedule: true,
    });
    expect(codeFinding('62355', 30)).toMatchObject({
      code: '62355',
      finding: 'covered',
      system: 'CPT',
      notOnFeeSchedule: false,
    });
  });

  it.each(['99213', 'E0784', 'A4300X', 'J2275', '6235'])(
    '%s, not in the table, is unlisted',
    (code) => {
      const finding = codeFinding(code, 30);
      expect(finding.finding).toBe('unlisted');
      expect(finding.code).toBe(code);
      expect(finding.description).toBeUndefined();
    },
  );

  it('lower-case and padded input is read as the code', () => {
    expect(codeFinding('a4300', 20)).toMatchObject({ code: 'A4300', finding: 'under21_review' });
    expect(codeFinding(' e0783 ', 30)).toMatchObject({ code: 'E0783', finding: 'covered' });
    expect(codeFinding('s0093', 21)).toMatchObject({ code: 'S0093', finding: 'not_covered' });
  });
});

const AGE_30 = { age: 30, request: undefined, criteriaMet: false };

describe('the requested codes', () => {
  it('one finding per code, in the order requested, duplicates (any case) once', () => {
    const findings = codeFindings(
      ['62350', 'a4300', 'A4300', '62350', '99999', 'E0783', 'e0783'],
      AGE_30,
    );
    expect(findings.map((f) => [f.code, f.finding])).toEqual([
      ['62350', 'covered'],
      ['A4300', 'not_covered'],
      ['99999', 'unlisted'],
      ['E0783', 'covered'],
    ]);
  });

  it('none requested, none found', () => {
    expect(codeFindings(undefined, AGE_30)).toEqual([]);
    expect(codeFindings([], AGE_30)).toEqual([]);
  });
});

describe('through determine: the age is taken on the date of service, else the review date', () => {
  const TRIAL_MALIGNANT_MET = {
    'I.A.1': 'met',
    'I.A.1.a': 'met',
    'I.A.1.b': 'met',
    'I.A.1.c': 'met',
    'I.B.1': 'absent',
    'I.B.2': 'absent',
    'I.B.3': 'absent',
    'I.B.4': 'absent',
    'I.B.5': 'absent',
  };

  function caseFile(fields: Record<string, unknown>): CaseFile {
    const result = parseCaseFile({
      policy: 'LA.CP.MP.173',
      request: 'trial',
      drug: 'opioid',
      indication: 'malignant',
      answers: TRIAL_MALIGNANT_MET,
      ...fields,
    });
    if (!result.ok) throw new Error(describeProblems(result.problems));
    return result.caseFile;
  }

  it('the day before the 21st birthday: a * code is reviewed', () => {
    const d = determine(
      caseFile({
        codes: ['J2274'],
        member: { dateOfBirth: '2005-11-24' },
        reviewDate: '2026-11-23',
      }),
    );
    expect(d.memberAge).toBe(20);
    expect(d.codes.map((c) => c.finding)).toEqual(['under21_review']);
  });

  it('on the 21st birthday: a * code is not covered', () => {
    const d = determine(
      caseFile({
        codes: ['J2274'],
        member: { dateOfBirth: '2005-11-24' },
        reviewDate: '2026-11-24',
      }),
    );
    expect(d.memberAge).toBe(21);
    expect(d.codes.map((c) => c.finding)).toEqual(['not_covered']);
  });

  it('the date of service, when recorded, decides: 21 on it is not covered, whatever the review date', () => {
    const file = caseFile({
      codes: ['J2274'],
      member: { dateOfBirth: '2005-11-24' },
      reviewDate: '2026-11-20',
      serviceDate: '2026-11-24',
    });
    expect(determine(file).codes[0]?.finding).toBe('not_covered');
    const before = caseFile({
      codes: ['J2274'],
      member: { dateOfBirth: '2005-11-24' },
      serviceDate: '2026-11-23',
    });
    expect(determine(before, { today: '2026-12-01' }).codes[0]?.finding).toBe('under21_review');
  });

  it('neither a date of service nor a review date in the file: a * code is age_unknown', () => {
    const file = caseFile({ codes: ['J2274'], member: { dateOfBirth: '2005-11-24' } });
    expect(determine(file, { today: '2026-11-23' }).codes[0]?.finding).toBe('age_unknown');
    expect(determine(file, { today: '2030-01-01' }).codes[0]?.finding).toBe('age_unknown');
  });

  it('no date of birth: a * code is age_unknown, an unstarred one still covered', () => {
    const d = determine(caseFile({ codes: ['C1755', '62362'], reviewDate: '2026-11-24' }));
    expect(d.memberAge).toBeNull();
    expect(d.codes.map((c) => [c.code, c.finding])).toEqual([
      ['C1755', 'age_unknown'],
      ['62362', 'covered'],
    ]);
  });

  it('a date of birth after today’s date (no dates in the file) is no age at all', () => {
    const d = determine(caseFile({ codes: ['C1755'], member: { dateOfBirth: '2027-01-01' } }), {
      today: '2026-11-24',
    });
    expect(d.memberAge).toBeNull();
    expect(d.codes[0]?.finding).toBe('age_unknown');
  });

  it('code findings sit beside the outcome and never change it', () => {
    const d = determine(
      caseFile({
        codes: ['S0093', '99999'],
        member: { dateOfBirth: '1960-01-01' },
        reviewDate: '2026-11-24',
      }),
    );
    expect(d.outcome).toBe('meets_criteria');
    expect(d.codes.map((c) => c.finding)).toEqual(['not_covered', 'unlisted']);
  });

  it('lower-case codes in a case file are reported once, upper-cased', () => {
    const d = determine(
      caseFile({
        codes: ['s0093', 'S0093'],
        member: { dateOfBirth: '2010-05-05' },
        reviewDate: '2026-11-24',
      }),
    );
    expect(d.codes).toHaveLength(1);
    expect(d.codes[0]).toMatchObject({ code: 'S0093', finding: 'under21_review' });
  });
});

describe('a long list of requested codes', () => {
  it('every code of the table, then each again in lower case: each once, in the order first requested', () => {
    const all = [...UNSTARRED, ...STARRED];
    const findings = codeFindings([...all, ...all.map((c) => c.toLowerCase()), '99999'], {
      age: 20,
      request: 'implant',
      criteriaMet: true,
    });
    expect(findings.map((f) => f.code)).toEqual([...all, '99999']);
    expect(findings.filter((f) => f.finding === 'under21_review').map((f) => f.code)).toEqual(
      STARRED,
    );
  });
});

describe('what the reviewer reads for each finding', () => {
  it('says listed, not covered at 21 or over, reviewed under 21, age unknown, or not in the table', () => {
    // Coding preamble: listing a code does not guarantee coverage; never "approved".
    expect(CODE_FINDING_LABELS.covered).toMatch(/^Listed, on the fee schedule/);
    expect(CODE_FINDING_LABELS.covered).toMatch(/does not guarantee coverage/);
    for (const label of Object.values(CODE_FINDING_LABELS)) expect(label).not.toMatch(/approv/i);
    expect(CODE_FINDING_LABELS.not_covered).toMatch(/^Not covered\b/);
    expect(CODE_FINDING_LABELS.not_covered).toMatch(/21 or over/);
    expect(CODE_FINDING_LABELS.under21_review).toMatch(/medical necessity/i);
    expect(CODE_FINDING_LABELS.under21_review).toMatch(/under 21/);
    expect(CODE_FINDING_LABELS.age_unknown).toMatch(/age unknown/);
    expect(CODE_FINDING_LABELS.age_unknown).toMatch(/under 21 is reviewed/);
    expect(CODE_FINDING_LABELS.age_unknown).toMatch(/21 or over is not covered/);
    expect(CODE_FINDING_LABELS.unlisted).toMatch(/not in this policy’s code table/i);
  });

  it('says what a nurse may do with each line: approve it, or refer it (never deny)', () => {
    expect(CODE_ACTION_LABELS.approvable).toMatch(/may approve/);
    expect(CODE_ACTION_LABELS.refer).toMatch(/^Refer/);
    for (const label of Object.values(CODE_ACTION_LABELS)) expect(label).not.toMatch(/deni|deny/i);
  });
});

describe('whether a code fits the request', () => {
  it('null for a code not in the table, or while the request is not recorded', () => {
    expect(fitsRequest('99999', 'trial')).toBeNull();
    expect(fitsRequest('62322', undefined)).toBeNull();
  });

  it('by the table, the code trimmed and upper-cased first', () => {
    expect(fitsRequest(' 62322 ', 'trial')).toBe(true);
    expect(fitsRequest('62362', 'trial')).toBe(false);
    expect(fitsRequest('62362', 'implant')).toBe(true);
    expect(fitsRequest('e0786', 'existing_pump')).toBe(true);
    expect(fitsRequest('E0786', 'implant')).toBe(false);
    expect(fitsRequest('j2274', 'trial')).toBe(true);
  });
});

describe('what a nurse may do with a line', () => {
  it('approvable only with the criteria met, the code covered and fitting the request', () => {
    const met = { age: 30, request: 'trial' as const, criteriaMet: true };
    expect(codeFindings(['62322', '62362', 'J2274', '99999'], met).map((f) => f.action)).toEqual([
      'approvable',
      'refer',
      'refer',
      'refer',
    ]);
    expect(codeFindings(['62322'], { ...met, criteriaMet: false })[0]?.action).toBe('refer');
    expect(codeFindings(['62322'], { ...met, request: undefined })[0]?.action).toBe('refer');
  });
});
