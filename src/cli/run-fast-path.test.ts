import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { determine, parseCaseFile } from '../engine';
import { determinationJson } from './determination-json';
import { EXIT_INVALID, EXIT_OK, run, type Output } from './run';

// `evaluate` takes most cases through the engine's fast path and loads the case-file schema
// only for a case the fast path leaves to it. Either way the output is what the schema and the
// engine make of the case, line for line and in order.

const TODAY = '2026-05-01';

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

async function evaluate(argv: readonly string[], stdin: string) {
  const stdout = new Collector();
  const stderr = new Collector();
  const code = await run(argv, { stdin: Readable.from([stdin]), stdout, stderr, today: TODAY });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const TRIAL = {
  policy: 'LA.CP.MP.173',
  request: 'trial',
  drug: 'opioid',
  indication: 'malignant',
  answers: { 'I.A.1.a': 'met', 'I.A.1.b': 'met', 'I.A.1.c': 'met' },
};
// 5,000 UTF-16 units but 2,500 characters: within the 4,000-character limit, which only the
// schema counts in characters, so the fast path leaves the case to it.
const LONG_NOTE = { ...TRIAL, notes: { 'I.A.1.a': '😀'.repeat(2500) } };

function expected(input: unknown): string {
  const result = parseCaseFile(input);
  if (!result.ok) throw new Error('not a valid case');
  return determinationJson(determine(result.caseFile, { today: TODAY }));
}

describe('cases the fast path leaves to the schema', () => {
  it('--jsonl: valid ones are determined, in order among the others', async () => {
    const lines = [TRIAL, LONG_NOTE, { ...TRIAL, request: 'surgery' }, TRIAL].map((c) =>
      JSON.stringify(c),
    );
    const result = await evaluate(['--jsonl', '-'], `${lines.join('\n')}\n`);
    expect(result.code).toBe(EXIT_INVALID);
    const out = result.stdout.trimEnd().split('\n');
    expect(out).toHaveLength(4);
    expect(out[0]).toBe(expected(TRIAL));
    expect(out[1]).toBe(expected(LONG_NOTE));
    expect(JSON.parse(out[2] as string)).toEqual({
      line: 3,
      error: 'request: must be "trial" or "implant"',
    });
    expect(out[3]).toBe(expected(TRIAL));
  });

  it('a single file: determined as any other', async () => {
    const result = await evaluate(['-'], JSON.stringify(LONG_NOTE));
    expect(result.code).toBe(EXIT_OK);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(expected(LONG_NOTE)));
  });
});

describe('text that is not JSON', () => {
  it('--jsonl: the line is reported with its column, quoting nothing of it', async () => {
    const result = await evaluate(
      ['--jsonl', '-'],
      `${JSON.stringify(TRIAL)}\n{"member": {"name": Jane Q. Patient}}\n{"policy": "LA.CP.MP.173",\n`,
    );
    const out = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { line?: number; error?: string });
    expect(out[1]?.line).toBe(2);
    expect(out[1]?.error).toMatch(/^\(the line\): is not valid JSON/);
    expect(out[2]).toEqual({ line: 3, error: '(the line): is not valid JSON (line 1, column 27)' });
    expect(result.stdout).not.toContain('Jane');
  });

  it('a file over several lines: one line on standard error, with line and column', async () => {
    const result = await evaluate(
      ['-'],
      '{\n  "policy": "LA.CP.MP.173",\n  "member": {"name": "Jane" "id": "M1"}\n}',
    );
    expect(result.code).toBe(EXIT_INVALID);
    expect(result.stderr).toBe('(the file): is not valid JSON (line 3, column 29)\n');
  });

  it('a byte-order mark starts a file, not a later line of --jsonl', async () => {
    const good = JSON.stringify(TRIAL);
    const result = await evaluate(['--jsonl', '-'], `\uFEFF${good}\n\uFEFF${good}\n`);
    const out = result.stdout.trimEnd().split('\n');
    expect(out[0]).toBe(expected(TRIAL));
    expect(JSON.parse(out[1] as string)).toEqual({
      line: 2,
      error: '(the line): is not valid JSON', // V8 gives no position for a stray mark
    });
  });
});
