import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ITEM_IDS } from '../../policy';
import { MAX_CASE_FILE_BYTES, readCaseFile } from './read-case-file';

// Hostile input at the door: every file a reviewer could choose or drop, however broken, gets a
// result and never an exception; a refusal always says where and what.

const GOOD = {
  policy: 'LA.CP.MP.173',
  request: 'implant',
  drug: 'opioid',
  indication: 'nonmalignant',
  answers: { 'I.A.2.a': 'met', 'II.B.4': 'absent', 'II.A.2.c': 'unknown' },
  notes: { 'I.A.2.a': 'MRI 2026-01-10' },
  codes: ['62362', 'E0783'],
  member: { name: 'Pat Example', id: 'LA-1', dateOfBirth: '1970-05-06' },
  reviewDate: '2026-11-24',
  urgency: 'standard',
  receivedAt: '2026-11-20T09:30:00-06:00',
  status: 'in_progress',
};

const HOSTILE_STRINGS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '{{constructor.constructor("alert(1)")()}}',
  '\u0000\u202e\ud800',
  '__proto__',
];

function file(text: string | Uint8Array<ArrayBuffer>, name = 'case.json'): File {
  return new File([text], name, { type: 'application/json' });
}

function expectSound(result: Awaited<ReturnType<typeof readCaseFile>>): void {
  if (result.ok) {
    expect(result.caseFile.policy).toBe('LA.CP.MP.173');
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) {
    expect(typeof problem.path).toBe('string');
    expect(problem.path.length).toBeGreaterThan(0);
    expect(problem.message.length).toBeGreaterThan(0);
  }
}

/** A valid case file with one part changed to something arbitrary or hostile. */
const mutatedCase = fc
  .record({
    path: fc.constantFrom<(string | number)[]>(
      ['policy'],
      ['request'],
      ['drug'],
      ['indication'],
      ['trialWaiver'],
      ['answers'],
      ['answers', 'I.A.2.a'],
      ['answers', 'II.B.4'],
      ['notes', 'I.A.2.a'],
      ['codes'],
      ['codes', 0],
      ['member'],
      ['member', 'name'],
      ['member', 'dateOfBirth'],
      ['reviewDate'],
      ['receivedAt'],
      ['status'],
      ['__proto__'],
      ['constructor'],
      ['answers', '__proto__'],
      ['unknownField'],
    ),
    value: fc.oneof(
      fc.jsonValue(),
      fc.constantFrom(...HOSTILE_STRINGS),
      fc.constantFrom(...ITEM_IDS),
      fc.constantFrom(
        'met',
        'not_met',
        'absent',
        'present',
        'unknown',
        'trial',
        'baclofen',
        '2026-02-30',
      ),
    ),
  })
  .map(({ path, value }) => {
    const copy = JSON.parse(JSON.stringify(GOOD)) as Record<string, unknown>;
    let target: Record<string | number, unknown> = copy;
    for (const key of path.slice(0, -1)) {
      const next = target[key];
      if (next === null || typeof next !== 'object') target[key] = {};
      target = target[key] as Record<string | number, unknown>;
    }
    const last = path[path.length - 1] as string | number;
    // defineProperty: an own "__proto__" key, as JSON.parse would make it.
    Object.defineProperty(target, last, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    return JSON.stringify(copy);
  });

describe('import fuzz', () => {
  it('never throws and always explains a refusal, over 1,000 generated files', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          { weight: 4, arbitrary: mutatedCase },
          { weight: 2, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null') },
          { weight: 1, arbitrary: fc.string({ unit: 'binary' }) },
          { weight: 1, arbitrary: fc.string().map((s) => `{"policy":"LA.CP.MP.173",${s}`) },
        ),
        async (text) => {
          expectSound(await readCaseFile(file(text)));
          // Nothing a file says reaches every object in the program.
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          expect(Object.prototype).not.toHaveProperty('policy');
        },
      ),
      // 1,000: a few seconds on a quiet machine; 3,000 and more passed the 30 s timeout on a busy one,
      // now that every file goes through the schema itself.
      { numRuns: 1_000 },
    );
  });

  it('takes HTML and script in every text field as plain text, never as markup', async () => {
    for (const hostile of HOSTILE_STRINGS.filter(
      (s) => !s.includes('\u0000') && s !== '__proto__',
    )) {
      const result = await readCaseFile(
        file(
          JSON.stringify({
            ...GOOD,
            notes: { 'I.A.2.a': hostile },
            member: { name: hostile, id: hostile },
            provider: { name: hostile, npi: hostile },
            reviewer: { name: hostile },
          }),
        ),
      );
      expect(result.ok).toBe(true);
      if (result.ok) {
        expect(result.caseFile.notes?.['I.A.2.a']).toBe(hostile);
        expect(result.caseFile.member?.name).toBe(hostile);
      }
    }
  });

  it('refuses hostile shapes by where they are: prototype keys, unknown fields, wrong types', async () => {
    // An unknown key is never repeated (it may be patient data): its place is shown as […].
    const cases: [string, RegExp][] = [
      ['{"policy":"LA.CP.MP.173","__proto__":{"polluted":true}}', /^\[…\]$/],
      ['{"policy":"LA.CP.MP.173","constructor":{"prototype":{"polluted":true}}}', /^\[…\]$/],
      ['{"policy":"LA.CP.MP.173","answers":{"__proto__":"met"}}', /answers\[…\]/],
      ['{"policy":"LA.CP.MP.173","extra":1}', /^\[…\]$/],
      ['{"policy":"LA.CP.MP.173","answers":[]}', /answers/],
      ['{"policy":"LA.CP.MP.173","codes":"62362"}', /codes/],
      ['{"policy":"LA.CP.MP.173","member":{"dateOfBirth":19700506}}', /member\.dateOfBirth/],
      ['{"policy":"LA.CP.MP.173","request":{"toString":"implant"}}', /request/],
    ];
    for (const [text, where] of cases) {
      const result = await readCaseFile(file(text));
      expect(result.ok, text).toBe(false);
      if (!result.ok) expect(result.problems.map((p) => p.path).join(' '), text).toMatch(where);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
  });

  it('refuses a huge file by its size without reading it as a case', async () => {
    const huge = file(new Uint8Array(MAX_CASE_FILE_BYTES + 1).fill(0x20), 'huge.json');
    const result = await readCaseFile(huge);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/at most 10 MB/);
  });

  it('refuses deep nesting with a message, not a crashed stack', async () => {
    for (const depth of [1_000, 100_000]) {
      const deep = `${'['.repeat(depth)}${']'.repeat(depth)}`;
      const nested = `{"policy":"LA.CP.MP.173","member":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`;
      for (const text of [deep, nested]) {
        const result = await readCaseFile(file(text));
        expectSound(result);
        expect(result.ok).toBe(false);
      }
    }
  });

  it('refuses an empty file, plain text and a lone BOM with a message', async () => {
    for (const text of ['', '   \n', 'hello', '\uFEFF', 'null', '42', '"LA.CP.MP.173"']) {
      const result = await readCaseFile(file(text));
      expectSound(result);
      expect(result.ok).toBe(false);
    }
  });
});
