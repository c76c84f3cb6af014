// `npm run bench` (vitest bench): the command line as a process, `npm run evaluate`'s command
// with --jsonl over 2,000 generated cases, start-up included. Figures, never pass or fail.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, bench, describe } from 'vitest';
import { generateCases } from './cases';

const CASES = 2_000;
const ROOT = join(import.meta.dirname, '..');
const folder = mkdtempSync(join(tmpdir(), 'bench-cli-'));
const file = join(folder, 'cases.jsonl');
writeFileSync(
  file,
  generateCases(CASES, 2)
    .map((c) => `${JSON.stringify(c)}\n`)
    .join(''),
);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

// The command `npm run evaluate` runs (package.json), without npm in front of it.
const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  scripts: { evaluate: string };
};
const [program = 'node', ...args] = scripts.evaluate.split(/\s+/);

function evaluate(...extra: string[]): void {
  const run = spawnSync(program === 'node' ? process.execPath : program, [...args, ...extra], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (run.status !== 0) throw new Error(`evaluate exited with ${run.status}: ${run.stderr}`);
}

describe(`command line: one process`, () => {
  bench('start-up alone: evaluate --help', () => evaluate('--help'), { iterations: 3, time: 0 });
  bench(
    `evaluate --jsonl, ${CASES.toLocaleString('en-US')} cases`,
    () => evaluate('--jsonl', file),
    {
      iterations: 3,
      time: 0,
    },
  );
});
