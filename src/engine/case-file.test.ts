import { describe, expect, it } from 'vitest';
import {
  describeProblems,
  formatPath,
  parseCaseFile,
  parseCaseFileText,
  type CaseFileProblem,
  type CaseFileResult,
  withoutHiddenCharacters,
} from './case-file';

// A bad case file is refused with a message that names the field (DESIGN.md, "The case file").

const BASE = { policy: 'LA.CP.MP.173' } as const;

/** The problems of a refused file; fails the test if the file was accepted. */
function problemsOf(result: CaseFileResult): readonly CaseFileProblem[] {
  if (result.ok) throw new Error('the file was accepted');
  return result.problems;
}

function refused(input: unknown): readonly CaseFileProblem[] {
  return problemsOf(parseCaseFile(input));
}

function refusedText(text: string): readonly CaseFileProblem[] {
  return problemsOf(parseCaseFileText(text));
}

/** The problem at a path, which must exist, and whose one-line description starts with that path. */
function problemAt(problems: readonly CaseFileProblem[], path: string): CaseFileProblem {
  const problem = problems.find((p) => p.path === path);
  expect(problem, `a problem at ${path} among ${JSON.stringify(problems)}`).toBeDefined();
  return problem!;
}

const CRITERIA = [
  'I.A.1.a',
  'I.A.1.b',
  'I.A.1.c',
  'I.A.2.a',
  'I.A.2.b',
  'I.A.2.c',
  'I.A.2.d',
  'I.A.2.e',
  'I.A.2.f',
  'I.A.2.g',
  'I.A.2.h',
  'II.A.1.a',
  'II.A.1.b',
  'II.A.1.c',
  'II.A.1.d',
  'II.A.2.a',
  'II.A.2.b',
  'II.A.2.c',
  'II.A.2.d',
  'II.A.2.e',
  'II.A.2.f',
  'II.A.2.g',
  'II.A.2.h',
  'II.A.2.i',
];
const CONTRAINDICATIONS = [
  'I.B.1',
  'I.B.2',
  'I.B.3',
  'I.B.4',
  'I.B.5',
  'II.B.1',
  'II.B.2',
  'II.B.3',
  'II.B.4',
  'II.B.5',
];

describe('a good case file', () => {
  it('the minimal example of DESIGN.md is accepted as written', () => {
    const result = parseCaseFileText(`{
      "policy": "LA.CP.MP.173",
      "request": "implant",
      "drug": "opioid",
      "indication": "nonmalignant",
      "answers": { "I.A.2.a": "met", "II.B.4": "absent", "II.A.2.c": "unknown" }
    }`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.caseFile.request).toBe('implant');
    expect(result.caseFile.answers).toEqual({
      'I.A.2.a': 'met',
      'II.B.4': 'absent',
      'II.A.2.c': 'unknown',
    });
  });

  it('only the policy number is required; answers default to none', () => {
    const result = parseCaseFile({ ...BASE });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.caseFile.answers).toEqual({});
  });

  it('indication may be left out when the drug is not an opioid', () => {
    expect(parseCaseFile({ ...BASE, request: 'trial', drug: 'baclofen' }).ok).toBe(true);
    expect(parseCaseFile({ ...BASE, request: 'implant', drug: 'other' }).ok).toBe(true);
  });

  it('every documented field is accepted', () => {
    const result = parseCaseFile({
      ...BASE,
      request: 'implant',
      drug: 'opioid',
      indication: 'malignant',
      trialWaiver: 'limited_survival',
      answers: { 'I.A.1.a': 'met', 'II.B.1': 'present', 'II.A.1.d': 'not_met', 'I.B.2': 'unknown' },
      notes: { 'I.A.1.a': 'Oncology note 2026-10-01' },
      codes: ['62350', 'e0783', 'S0093'],
      member: { name: 'A. Member', id: 'M123', dateOfBirth: '1960-02-29' },
      provider: { name: 'Dr. P', npi: '1234567890' },
      reviewer: { name: 'R. Nurse' },
      reviewDate: '2026-11-24',
      urgency: 'expedited',
      receivedAt: '2026-11-23T09:30:00-06:00',
      status: 'in_progress',
    });
    expect(result.ok).toBe(true);
  });

  it.each(['advanced_disease', 'limited_survival', 'high_procedural_risk'])(
    'a %s waiver is accepted on a malignant implant',
    (trialWaiver) => {
      expect(
        parseCaseFile({
          ...BASE,
          request: 'implant',
          drug: 'opioid',
          indication: 'malignant',
          trialWaiver,
        }).ok,
      ).toBe(true);
    },
  );

  it('a date of birth on the review date itself is accepted', () => {
    expect(
      parseCaseFile({ ...BASE, reviewDate: '2026-11-24', member: { dateOfBirth: '2026-11-24' } })
        .ok,
    ).toBe(true);
  });
});

describe('answers in the wrong vocabulary name the item', () => {
  it.each(
    CRITERIA.flatMap((id) => [
      [id, 'absent'],
      [id, 'present'],
    ]),
  )('criterion %s answered "%s"', (id, word) => {
    const problems = refused({ ...BASE, answers: { [id]: word } });
    const problem = problemAt(problems, `answers["${id}"]`);
    expect(problem.message).toBe('a criterion is met, not_met or unknown');
    expect(problem.at).toEqual(['answers', id]);
  });

  it.each(
    CONTRAINDICATIONS.flatMap((id) => [
      [id, 'met'],
      [id, 'not_met'],
    ]),
  )('contraindication %s answered "%s"', (id, word) => {
    const problems = refused({ ...BASE, answers: { [id]: word } });
    const problem = problemAt(problems, `answers["${id}"]`);
    expect(problem.message).toBe('a contraindication is absent, present or unknown');
    expect(problem.at).toEqual(['answers', id]);
  });

  it('the one-line message reads as the design shows', () => {
    expect(describeProblems(refused({ ...BASE, answers: { 'I.A.1.a': 'absent' } }))).toBe(
      'answers["I.A.1.a"]: a criterion is met, not_met or unknown',
    );
    expect(describeProblems(refused({ ...BASE, answers: { 'I.B.1': 'met' } }))).toBe(
      'answers["I.B.1"]: a contraindication is absent, present or unknown',
    );
  });

  it.each(['yes', 'Met', 'MET', 'true', '', 'not met', 'n/a'])(
    'a word outside any vocabulary (%j)',
    (word) => {
      const problems = refused({ ...BASE, answers: { 'I.A.2.g': word } });
      expect(problemAt(problems, 'answers["I.A.2.g"]').message).toMatch(/met, not_met or unknown/);
    },
  );

  it.each([[true], [1], [['met']], [{ value: 'met' }]])(
    'an answer that is not a word (%j)',
    (value) => {
      const problems = refused({ ...BASE, answers: { 'II.B.3': value } });
      problemAt(problems, 'answers["II.B.3"]');
    },
  );

  it('every wrong answer is reported, not just the first', () => {
    const problems = refused({
      ...BASE,
      answers: { 'I.A.1.a': 'absent', 'II.B.5': 'met', 'I.A.2.b': 'met' },
    });
    expect(problems.map((p) => p.path).sort()).toEqual(['answers["I.A.1.a"]', 'answers["II.B.5"]']);
  });
});

describe('unknown item IDs name the item', () => {
  it.each(['I.Z.9', 'I.A.2.i', 'II.A.1.e', 'I.B.6', 'II.B.0', 'i.a.1.a', 'I.A', 'I.A.3'])(
    'answers[%j]',
    (id) => {
      const problem = problemAt(
        refused({ ...BASE, answers: { [id]: 'met' } }),
        `answers[${JSON.stringify(id)}]`.replace(
          /^answers\["([A-Za-z_$][A-Za-z0-9_$]*)"\]$/,
          'answers.$1',
        ),
      );
      expect(problem.message).toBe('not an item of LA.CP.MP.173');
    },
  );

  it.each(['constructor', 'toString', 'Jane Doe'])(
    'a key that is not shaped like an item ID is not repeated: %j',
    (id) => {
      const problem = problemAt(refused({ ...BASE, answers: { [id]: 'met' } }), 'answers[…]');
      expect(problem.message).toBe('not an item of LA.CP.MP.173');
    },
  );

  it('the one-line message names the unknown item', () => {
    expect(describeProblems(refused({ ...BASE, answers: { 'I.Z.9': 'met' } }))).toBe(
      'answers["I.Z.9"]: not an item of LA.CP.MP.173',
    );
  });

  it('in notes too', () => {
    const problem = problemAt(refused({ ...BASE, notes: { 'I.Z.9': 'x' } }), 'notes["I.Z.9"]');
    expect(problem.message).toBe('not an item of LA.CP.MP.173');
  });
});

describe('the policy number', () => {
  it.each([['LA.CP.MP.107'], ['la.cp.mp.173'], ['LA.CP.MP.173 '], [173], [null]])(
    'refuses %j',
    (policy) => {
      const problem = problemAt(refused({ policy }), 'policy');
      expect(problem.message).toContain('LA.CP.MP.173');
    },
  );

  it('refuses a file without one', () => {
    problemAt(refused({ request: 'trial' }), 'policy');
  });
});

describe('the trial waiver: a malignant implant only', () => {
  it.each([
    ['a trial, malignant', { request: 'trial', indication: 'malignant' }],
    ['an implant, non-malignant', { request: 'implant', indication: 'nonmalignant' }],
    ['a trial, non-malignant', { request: 'trial', indication: 'nonmalignant' }],
    ['an implant with no indication', { request: 'implant' }],
    ['no request', { indication: 'malignant' }],
  ])('refused on %s, at trialWaiver', (_name, facts) => {
    const problem = problemAt(
      refused({ ...BASE, drug: 'opioid', ...facts, trialWaiver: 'advanced_disease' }),
      'trialWaiver',
    );
    expect(problem.message).toMatch(/implant/);
    expect(problem.message).toMatch(/malignant/);
  });

  it('an unknown waiver reason is refused at trialWaiver', () => {
    const problem = problemAt(
      refused({
        ...BASE,
        request: 'implant',
        drug: 'opioid',
        indication: 'malignant',
        trialWaiver: 'patient_preference',
      }),
      'trialWaiver',
    );
    expect(problem.message).toContain('advanced_disease');
  });
});

describe('dates', () => {
  it.each(['2026-02-30', '2026-13-01', '26-1-1', '2026-1-1', '11/24/2026', ''])(
    'reviewDate %j',
    (reviewDate) => {
      const problem = problemAt(refused({ ...BASE, reviewDate }), 'reviewDate');
      expect(problem.message).toMatch(/YYYY-MM-DD|not a real date/);
    },
  );

  it.each(['2026-02-30', '2026-13-01', '26-1-1'])('member.dateOfBirth %j', (dateOfBirth) => {
    const problem = problemAt(refused({ ...BASE, member: { dateOfBirth } }), 'member.dateOfBirth');
    expect(problem.message).toMatch(/YYYY-MM-DD|not a real date/);
    expect(problem.at).toEqual(['member', 'dateOfBirth']);
  });

  it('a date of birth after the review date', () => {
    const problem = problemAt(
      refused({ ...BASE, reviewDate: '2026-11-24', member: { dateOfBirth: '2026-11-25' } }),
      'member.dateOfBirth',
    );
    expect(problem.message).toBe('is after the review date');
    // The message never quotes a value: the dates may be the patient's.
    expect(problem.message).not.toMatch(/\d/);
  });

  it('a date of birth after the date of service', () => {
    const problem = problemAt(
      refused({ ...BASE, serviceDate: '2026-11-24', member: { dateOfBirth: '2026-11-25' } }),
      'member.dateOfBirth',
    );
    expect(problem.message).toBe('is after the date of service');
  });

  it.each(['2026-02-30', '2026-13-01', '2026-1-1', ''])('serviceDate %j', (serviceDate) => {
    const problem = problemAt(refused({ ...BASE, serviceDate }), 'serviceDate');
    expect(problem.message).toMatch(/YYYY-MM-DD|not a real date/);
  });

  it.each([
    ['reviewDate', { reviewDate: '1899-12-31' }, 'reviewDate'],
    ['serviceDate', { serviceDate: '1066-10-14' }, 'serviceDate'],
    ['member.dateOfBirth', { member: { dateOfBirth: '0001-01-01' } }, 'member.dateOfBirth'],
    ['receivedAt', { receivedAt: '1899-12-31T23:59:00-06:00' }, 'receivedAt'],
  ])('a %s before 1900 is refused, without quoting it', (_name, fields, path) => {
    const problem = problemAt(refused({ ...BASE, ...fields }), path);
    expect(problem.message).toMatch(/years 1900 to 2100/);
    expect(problem.message).not.toMatch(/1899|1066|0001/);
  });

  it('1 January 1900 is accepted', () => {
    expect(parseCaseFile({ ...BASE, member: { dateOfBirth: '1900-01-01' } }).ok).toBe(true);
  });

  it('an impossible date is refused, without quoting it', () => {
    const problem = problemAt(refused({ ...BASE, serviceDate: '2027-02-29' }), 'serviceDate');
    expect(problem.message).toBe('is not a real date');
  });

  it.each([
    ['2026-11-24T09:30:00', 'no offset'],
    ['2026-11-24T25:00:00-06:00', 'hour 25'],
    ['2026-11-24', 'no time'],
    ['2026-02-30T09:30:00-06:00', 'no such day'],
    ['now', 'a word'],
  ])('receivedAt %j (%s)', (receivedAt) => {
    const problem = problemAt(refused({ ...BASE, receivedAt }), 'receivedAt');
    expect(problem.message).toMatch(/offset|not a real date and time/);
  });

  it('a date that is not text', () => {
    problemAt(refused({ ...BASE, reviewDate: 20261124 }), 'reviewDate');
    problemAt(refused({ ...BASE, receivedAt: 1_764_000_000_000 }), 'receivedAt');
  });
});

describe('wrong types name the field', () => {
  it.each([
    ['answers as an array', { answers: ['met'] }, 'answers', /object/],
    ['answers as text', { answers: 'met' }, 'answers', /object/],
    ['codes as text', { codes: '62350' }, 'codes', /list/],
    ['request as a number', { request: 2 }, 'request', /"trial", "implant" or "existing_pump"/],
    [
      'request unknown',
      { request: 'revision' },
      'request',
      /"trial", "implant" or "existing_pump"/,
    ],
    ['drug unknown', { drug: 'morphine' }, 'drug', /"opioid", "baclofen" or "other"/],
    [
      'indication unknown',
      { indication: 'cancer' },
      'indication',
      /"malignant", "nonmalignant" or "other"/,
    ],
    ['urgency unknown', { urgency: 'urgent' }, 'urgency', /"standard" or "expedited"/],
    ['status unknown', { status: 'done' }, 'status', /in_progress/],
    ['member as text', { member: 'Jane' }, 'member', /object/],
    ['notes as an array', { notes: [] }, 'notes', /object/],
    ['a note that is not text', { notes: { 'I.B.1': 5 } }, 'notes["I.B.1"]', /text/],
  ])('%s', (_name, fields, path, message) => {
    expect(problemAt(refused({ ...BASE, ...fields }), path).message).toMatch(message);
  });

  it('a code that is not a code names its place in the list', () => {
    const problems = refused({ ...BASE, codes: ['62350', 'E07 83', 62361] });
    problemAt(problems, 'codes[1]');
    problemAt(problems, 'codes[2]');
    expect(problems.find((p) => p.path === 'codes[0]')).toBeUndefined();
  });

  it('too many codes or too long a note', () => {
    problemAt(refused({ ...BASE, codes: Array.from({ length: 61 }, () => '62350') }), 'codes');
    problemAt(refused({ ...BASE, notes: { 'I.B.1': 'x'.repeat(4001) } }), 'notes["I.B.1"]');
  });
});

describe('names and identifiers hold no invisible direction or control characters', () => {
  // U+202E RIGHT-TO-LEFT OVERRIDE and U+202C POP DIRECTIONAL FORMATTING: "M-4471" stored so that
  // it shows as "M-1744".
  const OVERRIDDEN = 'M-\u202E4471\u202C';

  it('a member ID with a direction override is refused, named, and not quoted', () => {
    const problem = problemAt(refused({ ...BASE, member: { id: OVERRIDDEN } }), 'member.id');
    expect(problem.message).toMatch(/invisible direction or control characters/);
    expect(problem.message).not.toContain('4471');
  });

  it('so are names, the NPI and control characters such as a NUL or an escape', () => {
    const cases: readonly [object, string][] = [
      [{ member: { name: 'Ann\u2066 Lee' } }, 'member.name'],
      [{ provider: { npi: '1234\u0000567890' } }, 'provider.npi'],
      [{ provider: { name: 'Dr\u001b[2J Smith' } }, 'provider.name'],
      [{ reviewer: { name: 'R. N.\u200F' } }, 'reviewer.name'],
    ];
    for (const [fields, path] of cases) problemAt(refused({ ...BASE, ...fields }), path);
  });

  it('a note may hold them (it is shown isolated); a name in a right-to-left script is accepted', () => {
    const result = parseCaseFile({
      ...BASE,
      notes: { 'I.B.1': `Line one\nLine two ${OVERRIDDEN}` },
      member: { name: 'שרה כהן', id: 'M-4471' },
    });
    expect(result.ok).toBe(true);
  });

  it('withoutHiddenCharacters removes them and counts them', () => {
    expect(withoutHiddenCharacters(OVERRIDDEN)).toEqual({ text: 'M-4471', removed: 2 });
    expect(withoutHiddenCharacters('M-4471')).toEqual({ text: 'M-4471', removed: 0 });
  });
});

describe('fields the format does not know', () => {
  it('an unknown top-level field', () => {
    // Shown as […]: a key the format does not know is never repeated (it may be patient data).
    const problem = problemAt(refused({ ...BASE, reviewr: { name: 'x' } }), '[…]');
    expect(problem.message).toBe('is not a field of the case file');
  });

  it('an unknown field inside member', () => {
    const problem = problemAt(refused({ ...BASE, member: { ssn: '000' } }), 'member[…]');
    expect(problem.message).toBe('is not a field of the case file');
  });

  it('a __proto__ key at the top level is refused, and pollutes nothing', () => {
    const problems = refusedText('{"policy":"LA.CP.MP.173","__proto__":{"polluted":true}}');
    expect(problems.some((p) => p.path === '[…]')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a __proto__ key inside answers is refused as an unknown item', () => {
    const problems = refusedText(
      '{"policy":"LA.CP.MP.173","answers":{"__proto__":{"I.A.1.a":"met"}}}',
    );
    const problem = problems.find((p) => p.path === 'answers[…]');
    expect(problem, JSON.stringify(problems)).toBeDefined();
    expect(problem!.message).toBe('not an item of LA.CP.MP.173');
    expect(({} as Record<string, unknown>)['I.A.1.a']).toBeUndefined();
  });

  it('a __proto__ answer word inside answers is refused too', () => {
    const problems = refusedText('{"policy":"LA.CP.MP.173","answers":{"__proto__":"met"}}');
    expect(problems.some((p) => p.path === 'answers[…]')).toBe(true);
  });
});

describe('not a case file at all', () => {
  it.each([[null], [[]], [42], ['LA.CP.MP.173'], [true], [undefined]])('%j', (value) => {
    const problems = refused(value);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe('(the file)');
    expect(problems[0]!.message).toMatch(/JSON object/);
  });

  it.each([
    '',
    '{',
    '{"policy": "LA.CP.MP.173",}',
    "{'policy': 'LA.CP.MP.173'}",
    'undefined',
    '\u0000',
  ])('invalid JSON text %j', (text) => {
    const problems = refusedText(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe('(the file)');
    expect(problems[0]!.at).toEqual([]);
    expect(problems[0]!.message).toMatch(/^is not valid JSON/);
  });
});

describe('the one-line description', () => {
  it('gives the first problem and counts the rest', () => {
    expect(
      describeProblems([
        { path: 'request', message: 'must be "trial" or "implant"', at: ['request'] },
        { path: 'drug', message: 'x', at: ['drug'] },
        { path: 'codes', message: 'y', at: ['codes'] },
      ]),
    ).toBe('request: must be "trial" or "implant" (and 2 more problems)');
    expect(
      describeProblems([
        { path: 'a', message: 'b', at: ['a'] },
        { path: 'c', message: 'd', at: ['c'] },
      ]),
    ).toBe('a: b (and 1 more problem)');
  });

  it('writes paths as a reader types them', () => {
    expect(formatPath(['answers', 'I.B.1'])).toBe('answers["I.B.1"]');
    expect(formatPath(['member', 'dateOfBirth'])).toBe('member.dateOfBirth');
    expect(formatPath(['codes', 2])).toBe('codes[2]');
    expect(formatPath([])).toBe('(the file)');
    // A key that is neither text nor a number, or not one the format knows, is not repeated.
    expect(formatPath(['answers', Symbol('x')])).toBe('answers[…]');
    expect(formatPath(['member', 'Jane Doe'])).toBe('member[…]');
  });
});

describe('each wrong value is named in words a person can act on', () => {
  it.each([
    ['a review date that is not text', { reviewDate: 20261124 }, 'reviewDate', /YYYY-MM-DD/],
    [
      'a date of birth that is not text',
      { member: { dateOfBirth: 19600101 } },
      'member.dateOfBirth',
      /YYYY-MM-DD/,
    ],
    [
      'a time received that is not text',
      { receivedAt: 1_764_000_000_000 },
      'receivedAt',
      /date-time/,
    ],
    ['a code that is not text', { codes: [62361] }, 'codes[0]', /code as text/],
    ['a code with a space', { codes: ['E07 83'] }, 'codes[0]', /letters and digits/],
    ['a code of eleven characters', { codes: ['62350623506'] }, 'codes[0]', /letters and digits/],
    ['a member name that is not text', { member: { name: 42 } }, 'member.name', /must be text/],
    [
      'a provider NPI that is too long',
      { provider: { npi: '1'.repeat(201) } },
      'provider.npi',
      /at most 200 characters/,
    ],
    [
      'a note that is too long',
      { notes: { 'I.B.1': 'x'.repeat(4001) } },
      'notes["I.B.1"]',
      /at most 4000 characters/,
    ],
    [
      'too many codes',
      { codes: Array.from({ length: 61 }, () => '62350') },
      'codes',
      /at most 60 codes/,
    ],
    ['member as a list', { member: [] }, 'member', /must be an object/],
  ])('%s', (_name, fields, path, message) => {
    expect(problemAt(refused({ ...BASE, ...fields }), path).message).toMatch(message);
  });

  it('codes are read as they are looked up: trimmed, upper-cased, each once', () => {
    const result = parseCaseFile({ ...BASE, codes: [' e0783', '62350 ', 'E0783', 's0093'] });
    expect(result.ok && result.caseFile.codes).toEqual(['E0783', '62350', 'S0093']);
  });

  it('the longest text allowed is accepted: 200 characters for a name, 4000 for a note, 60 codes', () => {
    expect(
      parseCaseFile({
        ...BASE,
        member: { name: 'x'.repeat(200) },
        notes: { 'I.B.1': 'x'.repeat(4000) },
        codes: Array.from({ length: 60 }, () => '62350'),
      }).ok,
    ).toBe(true);
  });

  it('a list of problems that is empty still reads as a refusal', () => {
    expect(describeProblems([])).toMatch(/not valid/);
  });
});

describe('what this version adds, and what earlier files hold', () => {
  it('a request about a pump already in place, and another indication, are recorded', () => {
    const result = parseCaseFile({
      ...BASE,
      request: 'existing_pump',
      drug: 'opioid',
      indication: 'other',
    });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.caseFile.request).toBe('existing_pump');
      expect(result.caseFile.indication).toBe('other');
    }
  });

  it('the indication items are answered like criteria', () => {
    const result = parseCaseFile({
      ...BASE,
      answers: { 'I.A.1': 'met', 'I.A.2': 'not_met', 'II.A.1': 'unknown', 'II.A.2': 'met' },
    });
    expect(result.ok).toBe(true);
    const problem = problemAt(
      refused({ ...BASE, answers: { 'II.A.2': 'absent' } }),
      'answers["II.A.2"]',
    );
    expect(problem.message).toBe('an indication is met, not_met or unknown');
  });

  it('a date of service is recorded', () => {
    const result = parseCaseFile({ ...BASE, serviceDate: '2026-12-15' });
    expect(result.ok && result.caseFile.serviceDate).toBe('2026-12-15');
  });

  it('a file written before the indications were asked still imports, with them unanswered', () => {
    const result = parseCaseFile({
      ...BASE,
      request: 'trial',
      drug: 'opioid',
      indication: 'malignant',
      answers: { 'I.A.1.a': 'met', 'I.B.1': 'absent' },
    });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.caseFile.answers['I.A.1']).toBeUndefined();
  });
});

describe('a trial waiver request: one ground or a list, read as a list', () => {
  const MALIGNANT_IMPLANT = {
    ...BASE,
    request: 'implant',
    drug: 'opioid',
    indication: 'malignant',
  };

  it('one ground as a string (as earlier files hold it) reads as a list of one', () => {
    const result = parseCaseFile({ ...MALIGNANT_IMPLANT, trialWaiver: 'limited_survival' });
    expect(result.ok && result.caseFile.trialWaiver).toEqual(['limited_survival']);
  });

  it('a list of grounds, each once, in the Note’s order', () => {
    const result = parseCaseFile({
      ...MALIGNANT_IMPLANT,
      trialWaiver: ['high_procedural_risk', 'advanced_disease', 'high_procedural_risk'],
    });
    expect(result.ok && result.caseFile.trialWaiver).toEqual([
      'advanced_disease',
      'high_procedural_risk',
    ]);
  });

  it('an empty list asks for nothing', () => {
    const result = parseCaseFile({ ...MALIGNANT_IMPLANT, trialWaiver: [] });
    expect(result.ok && result.caseFile.trialWaiver).toBeUndefined();
  });

  it('a list holding an unknown ground is refused at trialWaiver, naming the grounds', () => {
    const problems = refused({ ...MALIGNANT_IMPLANT, trialWaiver: ['advanced_disease', 'x'] });
    expect(problems.some((p) => p.path.startsWith('trialWaiver'))).toBe(true);
    expect(problems.map((p) => p.message).join(' ')).toContain('advanced_disease');
  });

  it('refused unless the request is an implant for pain of malignant origin, as a list too', () => {
    const problem = problemAt(
      refused({
        ...BASE,
        request: 'trial',
        indication: 'malignant',
        trialWaiver: ['advanced_disease'],
      }),
      'trialWaiver',
    );
    expect(problem.message).toMatch(/implant request for pain of malignant origin/);
  });
});

describe('null is not recorded', () => {
  it('any field may be null, and reads as left out', () => {
    const result = parseCaseFile({
      ...BASE,
      request: null,
      drug: null,
      indication: null,
      trialWaiver: null,
      answers: { 'I.A.1.a': null, 'I.B.1': 'absent' },
      notes: null,
      codes: null,
      member: { name: null, id: null, dateOfBirth: null },
      provider: null,
      reviewer: null,
      reviewDate: null,
      serviceDate: null,
      urgency: null,
      receivedAt: null,
      status: null,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.caseFile.request).toBeUndefined();
    expect(result.caseFile.serviceDate).toBeUndefined();
    expect(result.caseFile.answers).toEqual({ 'I.B.1': 'absent' });
    expect(result.caseFile.member).toEqual({});
  });

  it('answers as null is no answers', () => {
    const result = parseCaseFile({ ...BASE, answers: null });
    expect(result.ok && result.caseFile.answers).toEqual({});
  });
});

describe('no message quotes the value it refuses', () => {
  it.each([
    ['request', { request: 'Jane Doe 1960' }],
    ['answers["I.B.1"]', { answers: { 'I.B.1': 'Jane Doe' } }],
    ['member.dateOfBirth', { member: { dateOfBirth: 'Jane Doe' } }],
    ['serviceDate', { serviceDate: 'Jane Doe' }],
    ['trialWaiver', { request: 'implant', indication: 'malignant', trialWaiver: 'Jane Doe' }],
    ['codes[0]', { codes: ['Jane Doe'] }],
  ])('%s', (path, fields) => {
    const problems = refused({ ...BASE, ...fields });
    problemAt(problems, path);
    for (const p of problems) expect(p.message).not.toContain('Jane');
  });
});
