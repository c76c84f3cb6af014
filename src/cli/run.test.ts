import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT_INVALID, EXIT_OK, MAX_LINE_LENGTH, run, type Output } from './run';

// Expected outcomes come from DESIGN.md ("Which items a request needs", "The determination")
// and the policy's text, written out here rather than read back from the engine.

const TODAY = '2026-05-01';

const ids = (prefix: string, parts: string) => [...parts].map((part) => `${prefix}.${part}`);
const TRIAL_MALIGNANT = ids('I.A.1', 'abc');
const TRIAL_NONMALIGNANT = ids('I.A.2', 'abcdefgh');
const TRIAL_CONTRAINDICATIONS = ids('I.B', '12345');
const IMPLANT_MALIGNANT = ids('II.A.1', 'abcd');
const IMPLANT_NONMALIGNANT = ids('II.A.2', 'abcdefghi');
const IMPLANT_CONTRAINDICATIONS = ids('II.B', '12345');

function answer(criteria: readonly string[], contraindications: readonly string[]) {
  return {
    ...Object.fromEntries(criteria.map((id) => [id, 'met'])),
    ...Object.fromEntries(contraindications.map((id) => [id, 'absent'])),
  };
}

/** A complete, favourable non-malignant trial request. */
const TRIAL_CASE = {
  policy: 'LA.CP.MP.173',
  request: 'trial',
  drug: 'opioid',
  indication: 'nonmalignant',
  // The indication (I.A.2) is asked first, like a criterion.
  answers: answer(['I.A.2', ...TRIAL_NONMALIGNANT], TRIAL_CONTRAINDICATIONS),
  codes: ['62350', 'E0782', '99999'],
  member: { name: 'A. Member', id: 'M123', dateOfBirth: '2008-06-15' },
  provider: { name: 'Pain Clinic', npi: '1234567890' },
  reviewer: { name: 'R. Nurse' },
  reviewDate: '2026-05-01',
  urgency: 'standard',
  status: 'in_progress',
};

/** DESIGN.md's minimal case file, word for word. */
const DESIGN_EXAMPLE = `{
  "policy": "LA.CP.MP.173",
  "request": "implant",
  "drug": "opioid",
  "indication": "nonmalignant",
  "answers": { "I.A.2.a": "met", "II.B.4": "absent", "II.A.2.c": "unknown" }
}`;

class Collector implements Output {
  private readonly chunks: string[] = [];
  write(text: string): boolean {
    this.chunks.push(text);
    return true;
  }
  once(): undefined {
    return undefined;
  }
  get text(): string {
    return this.chunks.join('');
  }
}

interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function evaluate(
  argv: readonly string[],
  stdin: string | readonly (string | Uint8Array)[] = [],
): Promise<Ran> {
  const stdout = new Collector();
  const stderr = new Collector();
  const code = await run(argv, {
    stdin: Readable.from(typeof stdin === 'string' ? [stdin] : stdin),
    stdout,
    stderr,
    today: TODAY,
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const folder = mkdtempSync(join(tmpdir(), 'evaluate-test-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
let files = 0;

function caseFile(content: unknown): string {
  const path = join(folder, `case-${++files}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

function withCase(changes: Record<string, unknown>): Record<string, unknown> {
  return { ...TRIAL_CASE, ...changes };
}

/** Exactly one line, ending in a newline, and no stack trace. */
function expectOneLine(text: string): void {
  expect(text.endsWith('\n')).toBe(true);
  expect(text.slice(0, -1)).not.toMatch(/[\r\n]/);
  expect(text).not.toMatch(/\bat .+:\d+:\d+/);
}

describe('evaluate FILE', () => {
  it('prints the determination of a valid case as indented JSON and exits 0', async () => {
    const { code, stdout, stderr } = await evaluate([caseFile(TRIAL_CASE)]);
    expect(code).toBe(EXIT_OK);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^\{\n {2}"policy": "LA\.CP\.MP\.173",\n/);
    expect(stdout.endsWith('}\n')).toBe(true);
    const determination = JSON.parse(stdout);
    expect(determination).toMatchObject({
      policy: 'LA.CP.MP.173',
      outcome: 'meets_criteria',
      request: 'trial',
      indication: 'nonmalignant',
      failing: [],
      missing: [],
      reviewDate: '2026-05-01',
      reviewDateSource: 'case',
      memberAge: 17,
    });
    expect(determination.referral).toBeUndefined();
    // 62350 is on the fee schedule; E0782 is marked * (member under 21: reviewed case by case);
    // 99999 is not in the policy's table.
    expect(
      determination.codes.map((c: { code: string; finding: string }) => [c.code, c.finding]),
    ).toEqual([
      ['62350', 'covered'],
      ['E0782', 'under21_review'],
      ['99999', 'unlisted'],
    ]);
  });

  it('reads the case from standard input when FILE is -', async () => {
    const { code, stdout, stderr } = await evaluate(['-'], DESIGN_EXAMPLE);
    expect(code).toBe(EXIT_OK);
    expect(stderr).toBe('');
    const determination = JSON.parse(stdout);
    // An implant needs the trial's indication items, the implant's, and II.B (not I.B).
    // Only I.A.2.a and II.B.4 are satisfied; II.A.2.c is "not documented".
    expect(determination.outcome).toBe('incomplete');
    expect(determination.failing).toEqual([]);
    expect(determination.missing).toEqual([
      ...TRIAL_NONMALIGNANT.filter((id) => id !== 'I.A.2.a'),
      'II.A.2',
      ...IMPLANT_NONMALIGNANT,
      ...IMPLANT_CONTRAINDICATIONS.filter((id) => id !== 'II.B.4'),
    ]);
    // No reviewDate in the case: today's date stands in.
    expect(determination.reviewDate).toBe(TODAY);
    expect(determination.reviewDateSource).toBe('today');
  });

  it('reads standard input that arrives in pieces, even inside a character', async () => {
    const bytes = Buffer.from(
      JSON.stringify({ ...TRIAL_CASE, notes: { 'I.A.2.g': 'weaned ≥ 50%, café' } }),
    );
    const at = bytes.indexOf(Buffer.from('≥')) + 1;
    const { code, stdout } = await evaluate(['-'], [bytes.subarray(0, at), bytes.subarray(at)]);
    expect(code).toBe(EXIT_OK);
    expect(JSON.parse(stdout).outcome).toBe('meets_criteria');
  });

  it('gives each outcome of the policy', async () => {
    const outcomeOf = async (changes: Record<string, unknown>) =>
      JSON.parse((await evaluate([caseFile(withCase(changes))])).stdout);

    // Scope first: baclofen and other drugs go to other policies.
    expect(await outcomeOf({ drug: 'baclofen' })).toMatchObject({
      outcome: 'out_of_scope',
      referral: 'LA.PHAR.149',
    });
    // Another drug: the policy names no other policy for it.
    expect(await outcomeOf({ drug: 'other' })).toMatchObject({
      outcome: 'out_of_scope',
      referral: null,
    });
    expect(await outcomeOf({ indication: 'other' })).toMatchObject({
      outcome: 'out_of_scope',
      referral: 'LA.CP.MP.107',
    });

    // A contraindication present fails, even with another item undocumented.
    const notMet = await outcomeOf({
      answers: { ...TRIAL_CASE.answers, 'I.B.3': 'present', 'I.A.2.e': 'unknown' },
    });
    expect(notMet).toMatchObject({ outcome: 'not_met', failing: ['I.B.3'], missing: ['I.A.2.e'] });

    // II Note: a malignant implant with the trial waived goes to a medical director; the
    // trial's result (II.A.1.a) is not required, everything else is.
    const malignantImplant = {
      request: 'implant',
      indication: 'malignant',
      answers: answer(
        [...TRIAL_MALIGNANT, 'II.A.1', ...IMPLANT_MALIGNANT.filter((id) => id !== 'II.A.1.a')],
        IMPLANT_CONTRAINDICATIONS,
      ),
    };
    expect(await outcomeOf({ ...malignantImplant, trialWaiver: 'advanced_disease' })).toMatchObject(
      {
        outcome: 'medical_director_review',
        failing: [],
        missing: [],
        waiverRequested: ['II.A.1.a'],
      },
    );
    // Without the waiver the trial's result is required.
    expect(await outcomeOf(malignantImplant)).toMatchObject({
      outcome: 'incomplete',
      missing: ['II.A.1.a'],
    });
  });

  it('carries the decision due date when the time received is known', async () => {
    const receivedAt = '2026-05-01T09:00:00-05:00';
    const dueBy = async (urgency: string) =>
      JSON.parse((await evaluate([caseFile(withCase({ receivedAt, urgency }))])).stdout).dueBy;
    expect(await dueBy('expedited')).toBe('2026-05-04T09:00:00-05:00');
    expect(await dueBy('standard')).toBe('2026-05-08T09:00:00-05:00');
  });

  it('prints usage with --help', async () => {
    const { code, stdout, stderr } = await evaluate(['--help']);
    expect(code).toBe(EXIT_OK);
    expect(stderr).toBe('');
    expect(stdout).toContain('Usage:');
    expect(stdout).toContain('--jsonl');
  });
});

describe('evaluate refuses what is not a valid case: exit 2, one line naming the problem', () => {
  const refusals: [string, () => Promise<Ran>, RegExp][] = [
    [
      'a contraindication answered in a criterion’s words',
      () => evaluate([caseFile(withCase({ answers: { 'I.B.1': 'met' } }))]),
      /^answers\["I\.B\.1"\]: .*absent, present or unknown/,
    ],
    [
      'a criterion answered in a contraindication’s words',
      () => evaluate([caseFile(withCase({ answers: { 'I.A.2.a': 'absent' } }))]),
      /^answers\["I\.A\.2\.a"\]: .*met, not_met or unknown/,
    ],
    [
      'an answer word that is no answer',
      () => evaluate([caseFile(withCase({ answers: { 'II.A.2.c': 'yes' } }))]),
      /^answers\["II\.A\.2\.c"\]: /,
    ],
    [
      'an item ID the policy does not have',
      () => evaluate([caseFile(withCase({ answers: { 'I.C.1': 'met' } }))]),
      /^answers\["I\.C\.1"\]: not an item of LA\.CP\.MP\.173/,
    ],
    [
      'a review date that does not exist',
      () => evaluate([caseFile(withCase({ reviewDate: '2026-02-30' }))]),
      /^reviewDate: /,
    ],
    [
      'a date of birth not written YYYY-MM-DD',
      () => evaluate([caseFile(withCase({ member: { dateOfBirth: '06/15/2008' } }))]),
      /^member\.dateOfBirth: /,
    ],
    [
      'a time received without its offset',
      () => evaluate([caseFile(withCase({ receivedAt: '2026-05-01T09:00:00' }))]),
      /^receivedAt: /,
    ],
    [
      'a trial waiver on a trial request',
      () => evaluate([caseFile(withCase({ trialWaiver: 'advanced_disease' }))]),
      /^trialWaiver: /,
    ],
    [
      'codes that are not a list',
      () => evaluate([caseFile(withCase({ codes: '62350' }))]),
      /^codes: /,
    ],
    [
      'a __proto__ key at the top of the file',
      () =>
        evaluate([
          caseFile(
            '{"policy":"LA.CP.MP.173","answers":{},"__proto__":{"outcome":"meets_criteria"}}',
          ),
        ]),
      /^\[…\]: is not a field/,
    ],
    [
      'a __proto__ key among the answers',
      () => evaluate([caseFile('{"policy":"LA.CP.MP.173","answers":{"__proto__":"met"}}')]),
      /^answers\[…\]: not an item of LA\.CP\.MP\.173/,
    ],
    [
      'a constructor key among the notes',
      () =>
        evaluate([caseFile('{"policy":"LA.CP.MP.173","answers":{},"notes":{"constructor":"x"}}')]),
      /^notes\[…\]: not an item/,
    ],
    [
      'a number where the request type belongs',
      () => evaluate([caseFile(withCase({ request: 2 }))]),
      /^request: /,
    ],
    [
      'a number where the member’s name belongs',
      () => evaluate([caseFile(withCase({ member: { name: 5 } }))]),
      /^member\.name: /,
    ],
    [
      'answers that are a list',
      () => evaluate([caseFile(withCase({ answers: ['met'] }))]),
      /^answers: /,
    ],
    [
      'a field the format does not know',
      () => evaluate([caseFile(withCase({ diagnosis: 'C80.1' }))]),
      /^\[…\]: is not a field/,
    ],
    [
      'another policy',
      () => evaluate([caseFile(withCase({ policy: 'LA.CP.MP.107' }))]),
      /^policy: /,
    ],
    [
      'JSON that is not valid, over several lines',
      () => evaluate([caseFile('{\n  "policy": "LA.CP.MP.173",\n  "answers": }\n')]),
      /^\(the file\): is not valid JSON/,
    ],
    ['an empty file', () => evaluate([caseFile('')]), /^\(the file\): is not valid JSON/],
    [
      'invalid JSON on standard input',
      () => evaluate(['-'], '{"policy": '),
      /^\(the file\): is not valid JSON/,
    ],
    [
      'a file that does not exist',
      () => evaluate([join(folder, 'no-such-case.json')]),
      /^cannot read .*no-such-case\.json: no such file\n$/,
    ],
    [
      'a folder instead of a file',
      () => {
        const path = join(folder, 'a-folder');
        mkdirSync(path, { recursive: true });
        return evaluate([path]);
      },
      /^cannot read .*a-folder: /,
    ],
    ['no argument', () => evaluate([]), /^missing FILE/],
    ['an unknown option', () => evaluate(['--yaml', 'case.json']), /^unknown option --yaml/],
    ['two files', () => evaluate(['a.json', 'b.json']), /^one FILE at a time/],
  ];

  it.each(refusals)('%s', async (_name, attempt, message) => {
    const { code, stdout, stderr } = await attempt();
    expect(code).toBe(EXIT_INVALID);
    expect(stdout).toBe('');
    expectOneLine(stderr);
    expect(stderr).toMatch(message);
  });

  it('counts further problems on the same line', async () => {
    const { stderr } = await evaluate([
      caseFile(withCase({ answers: { 'I.B.1': 'met', 'I.B.2': 'met' }, reviewDate: 'today' })),
    ]);
    expectOneLine(stderr);
    expect(stderr).toMatch(/\(and 2 more problems\)$/m);
  });
});

describe('evaluate --jsonl', () => {
  const good = JSON.stringify(TRIAL_CASE);
  const baclofen = JSON.stringify({ policy: 'LA.CP.MP.173', drug: 'baclofen' });

  it('evaluates every line, reports a bad line by its number, and exits 2', async () => {
    const input = [
      good, // 1
      '', // 2: blank, skipped
      JSON.stringify(withCase({ answers: { 'I.B.1': 'met' } })), // 3: wrong vocabulary
      baclofen, // 4
      '{"policy": "LA.CP.MP.173",', // 5: not JSON
      '   ', // 6: blank
      JSON.stringify(withCase({ answers: { 'II.C.9': 'met' } })), // 7: unknown item
      '42', // 8: not an object
      good, // 9, with no newline at the end
    ].join('\n');
    const path = join(folder, 'batch.jsonl');
    writeFileSync(path, input);

    const { code, stdout, stderr } = await evaluate(['--jsonl', path]);
    expect(code).toBe(EXIT_INVALID);
    expect(stderr).toBe('');
    expect(stdout.endsWith('\n')).toBe(true);
    const lines = stdout.slice(0, -1).split('\n');
    expect(lines).toHaveLength(7);
    const out = lines.map((line) => JSON.parse(line));
    expect(out[0].outcome).toBe('meets_criteria');
    expect(out[1]).toEqual({
      line: 3,
      error: expect.stringMatching(/^answers\["I\.B\.1"\]: .*absent, present or unknown/),
    });
    expect(out[2]).toMatchObject({ outcome: 'out_of_scope', referral: 'LA.PHAR.149' });
    expect(out[3]).toEqual({
      line: 5,
      error: expect.stringMatching(/^\(the line\): is not valid JSON/),
    });
    expect(out[4]).toEqual({
      line: 7,
      error: expect.stringMatching(/^answers\["II\.C\.9"\]: not an item/),
    });
    expect(out[5]).toEqual({ line: 8, error: expect.stringMatching(/^\(the line\): /) });
    expect(out[6].outcome).toBe('meets_criteria');
    // Compact: one determination per line, no indentation.
    expect(lines[0]).not.toContain('\n  ');
    expect(lines[0]).toBe(JSON.stringify(JSON.parse(lines[0] as string)));
  });

  it('names every kind of bad line by its number and goes on to the next', async () => {
    const input = [
      '{"policy":"LA.CP.MP.173","answers":{},"__proto__":{"outcome":"meets_criteria"}}', // 1
      '{"policy":"LA.CP.MP.173","answers":{"__proto__":"met"}}', // 2
      JSON.stringify(withCase({ request: 2 })), // 3
      JSON.stringify(withCase({ member: { name: 5 } })), // 4
      JSON.stringify(withCase({ reviewDate: '2026-02-30' })), // 5
      JSON.stringify(withCase({ trialWaiver: 'advanced_disease' })), // 6
      JSON.stringify(withCase({ diagnosis: 'C80.1' })), // 7
      good, // 8
    ].join('\n');
    const { code, stdout, stderr } = await evaluate(['--jsonl', '-'], input);
    expect(code).toBe(EXIT_INVALID);
    expect(stderr).toBe('');
    const out = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(out.map((o) => o.line)).toEqual([1, 2, 3, 4, 5, 6, 7, undefined]);
    const fields = [
      /^\[…\]: /,
      /^answers\[…\]/,
      /^request: /,
      /^member\.name: /,
      /^reviewDate: /,
      /^trialWaiver: /,
      /^\[…\]: /,
    ];
    fields.forEach((field, i) => expect(out[i].error).toMatch(field));
    expect(out[7].outcome).toBe('meets_criteria');
  });

  it('exits 0 when every line is valid, reading standard input in arbitrary pieces', async () => {
    const input = `\uFEFF${good}\r\n${baclofen}\r\n\r\n${good}\r\n`;
    // Cut the input every 7 characters, so lines and the CRLFs are split across pieces.
    const pieces = input.match(/[\s\S]{1,7}/g) ?? [];
    const { code, stdout, stderr } = await evaluate(['--jsonl', '-'], pieces);
    expect(stderr).toBe('');
    expect(code).toBe(EXIT_OK);
    expect(
      stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line).outcome),
    ).toEqual(['meets_criteria', 'out_of_scope', 'meets_criteria']);
  });

  it('prints nothing and exits 0 for empty input', async () => {
    expect(await evaluate(['--jsonl', '-'], '')).toEqual({ code: EXIT_OK, stdout: '', stderr: '' });
  });

  it('reports a line too long to be a case without holding it, and goes on', async () => {
    const megabyte = 'x'.repeat(1024 * 1024);
    const pieces = [
      good,
      '\n',
      ...Array(Math.ceil(MAX_LINE_LENGTH / megabyte.length) + 1).fill(megabyte),
      '\n',
      good,
    ];
    const { code, stdout } = await evaluate(['--jsonl', '-'], pieces);
    expect(code).toBe(EXIT_INVALID);
    const out = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(out).toHaveLength(3);
    expect(out[1]).toEqual({ line: 2, error: expect.stringMatching(/longer than/) });
    expect(out[2].outcome).toBe('meets_criteria');
  });

  it('refuses a file it cannot read with one line and exit 2', async () => {
    const { code, stdout, stderr } = await evaluate(['--jsonl', join(folder, 'missing.jsonl')]);
    expect(code).toBe(EXIT_INVALID);
    expect(stdout).toBe('');
    expectOneLine(stderr);
    expect(stderr).toMatch(/^cannot read .*missing\.jsonl: no such file\n$/);
  });
});

// Issue 15: a refusal never repeats what the file holds (it may be a patient's details), is
// capped in length, and input over 10 MB is refused with exit 2 in one line.
describe('evaluate never repeats the file, and refuses input too large to be a case', () => {
  const NAME = 'Jane Q. Patient';

  it.each([
    ['an unknown field named after the patient', withCase({ [NAME]: 'x' })],
    ['an unknown field inside member', withCase({ member: { [`dob ${NAME}`]: '1970-01-01' } })],
    ['an unknown item whose ID is the patient’s name', withCase({ answers: { [NAME]: 'met' } })],
    ['a patient’s name for an answer', withCase({ answers: { 'I.A.2.a': NAME } })],
    ['a patient’s name for the request', withCase({ request: NAME })],
    ['a patient’s name for a date of birth', withCase({ member: { dateOfBirth: NAME } })],
    ['a patient’s name as a code', withCase({ codes: [NAME] })],
  ])('%s: on standard error and in --jsonl output', async (_name, file) => {
    const single = await evaluate([caseFile(file)]);
    expect(single.code).toBe(EXIT_INVALID);
    expectOneLine(single.stderr);
    expect(single.stderr).not.toContain('Jane');
    const batch = await evaluate(['--jsonl', '-'], `${JSON.stringify(file)}\n`);
    expect(batch.code).toBe(EXIT_INVALID);
    expect(JSON.parse(batch.stdout)).toEqual({ line: 1, error: expect.any(String) });
    expect(batch.stdout).not.toContain('Jane');
  });

  it('a 900,000-character unknown key gives a message of at most a few hundred characters', async () => {
    const key = 'J'.repeat(900_000);
    const { code, stderr } = await evaluate([caseFile(withCase({ member: { [key]: 1 } }))]);
    expect(code).toBe(EXIT_INVALID);
    expectOneLine(stderr);
    expect(stderr.length).toBeLessThan(400);
    expect(stderr).not.toContain('JJ');
  });

  it('a file over 10 MB is refused with exit 2 in one line', async () => {
    const path = join(folder, 'large.json');
    // Valid JSON all the same: a case followed by 10 MB of spaces.
    writeFileSync(path, JSON.stringify(TRIAL_CASE) + ' '.repeat(10_000_000));
    const { code, stdout, stderr } = await evaluate([path]);
    expect(code).toBe(EXIT_INVALID);
    expect(stdout).toBe('');
    expect(stderr).toBe('(the file): is larger than 10 MB; a case file is at most 10 MB\n');
  });

  it('standard input over 10 MB is refused with exit 2, and read no further', async () => {
    const megabyte = ' '.repeat(1_000_000);
    let piecesRead = 0;
    async function* input() {
      yield JSON.stringify(TRIAL_CASE);
      for (let i = 0; i < 1_000; i++) {
        piecesRead += 1;
        yield megabyte;
      }
    }
    const stdout = new Collector();
    const stderr = new Collector();
    const code = await run(['-'], { stdin: input(), stdout, stderr, today: TODAY });
    expect(code).toBe(EXIT_INVALID);
    expect(stderr.text).toMatch(/^\(the file\): is larger than 10 MB/);
    expect(piecesRead).toBeLessThanOrEqual(11);
  });

  it('a file of exactly 10 MB is read', async () => {
    const text = JSON.stringify(TRIAL_CASE);
    const path = join(folder, 'ten-megabytes.json');
    writeFileSync(path, text + ' '.repeat(10_000_000 - text.length));
    const { code, stderr } = await evaluate([path]);
    expect(stderr).toBe('');
    expect(code).toBe(EXIT_OK);
  });

  it('reads a file as the app does: UTF-16, invalid UTF-8 and duplicate keys are refused', async () => {
    const utf16 = join(folder, 'utf16.json');
    writeFileSync(utf16, Buffer.from(`\uFEFF${JSON.stringify(TRIAL_CASE)}`, 'utf16le'));
    expect((await evaluate([utf16])).stderr).toBe('(the file): is UTF-16 text; save it as UTF-8\n');

    const latin1 = join(folder, 'latin1.json');
    writeFileSync(
      latin1,
      Buffer.from(JSON.stringify(withCase({ member: { name: 'José' } })), 'latin1'),
    );
    expect((await evaluate([latin1])).stderr).toBe('(the file): is not UTF-8 text\n');

    const twice = caseFile('{"policy": "LA.CP.MP.173", "request": "trial", "request": "implant"}');
    const refused = await evaluate([twice]);
    expect(refused.code).toBe(EXIT_INVALID);
    expect(refused.stderr).toBe('(the file): names a key twice (line 1, column 48)\n');
  });

  it('--jsonl: a line that is not UTF-8 stops the run with exit 2, after the lines before it', async () => {
    const good = Buffer.from(`${JSON.stringify(TRIAL_CASE)}\n`);
    const bad = Buffer.from([0x7b, 0xe9, 0x7d, 0x0a]);
    const { code, stdout, stderr } = await evaluate(['--jsonl', '-'], [good, good, bad, good]);
    expect(code).toBe(EXIT_INVALID);
    expect(stdout.trimEnd().split('\n')).toHaveLength(2);
    expectOneLine(stderr);
    expect(stderr).toMatch(/^\(the input\): is not UTF-8 text after line 2/);
  });

  it('--jsonl: a line naming a key twice is reported by its number', async () => {
    const twice = '{"policy": "LA.CP.MP.173", "answers": {"I.B.1": "absent", "I.B.1": "present"}}';
    const { stdout } = await evaluate(
      ['--jsonl', '-'],
      `${JSON.stringify(TRIAL_CASE)}\n${twice}\n`,
    );
    expect(JSON.parse(stdout.trimEnd().split('\n')[1] as string)).toEqual({
      line: 2,
      error: '(the line): names a key twice (line 1, column 59)',
    });
  });

  it('--jsonl: a file of any size is read line by line, each line at most 10,000,000 characters', () => {
    expect(MAX_LINE_LENGTH).toBe(10_000_000);
  });

  it('an option given a value it does not take is a wrong command line: exit 2', async () => {
    const { code, stderr } = await evaluate(['--jsonl=yes', '-']);
    expect(code).toBe(EXIT_INVALID);
    expectOneLine(stderr);
    expect(stderr).toMatch(/see --help/);
  });
});

describe('the evaluate command, as a process', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const tsx = join(root, 'node_modules', '.bin', 'tsx');
  const spawn = (args: readonly string[], input?: string) =>
    spawnSync(tsx, ['src/cli/evaluate.ts', ...args], { cwd: root, input, encoding: 'utf8' });

  it('exits 0 and prints the determination for a valid case', () => {
    const result = spawn([caseFile(TRIAL_CASE)]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).outcome).toBe('meets_criteria');
  }, 60_000);

  it('exits 2 with exactly one line on standard error and no stack trace', () => {
    const result = spawn(['-'], '{"policy": "LA.CP.MP.173", "answers": {"I.B.1": "met"}}');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expectOneLine(result.stderr);
    expect(result.stderr).toMatch(/^answers\["I\.B\.1"\]: /);
  }, 60_000);

  it('exits 2 for a batch with a bad line, still evaluating the others', () => {
    const result = spawn(['--jsonl', '-'], `${JSON.stringify(TRIAL_CASE)}\nnot json\n`);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('');
    const [first, second] = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(first.outcome).toBe('meets_criteria');
    expect(second).toMatchObject({ line: 2 });
  }, 60_000);
});
