// `npm run bench` (vitest bench): the engine in process, over 1,000 varied valid cases of every
// path and outcome (bench/cases.ts), one case after another. Figures, never pass or fail.
import { bench, describe } from 'vitest';
import { determine, parseCaseFile, type CaseFile } from '../src/engine';
import { generateCases } from './cases';

const inputs = generateCases(1_000, 1);
const lines = inputs.map((input) => JSON.stringify(input));
const files: CaseFile[] = inputs.map((input) => {
  const result = parseCaseFile(input);
  if (!result.ok) throw new Error('a generated case is not valid: see bench/cases.ts');
  return result.caseFile;
});

// Each figure is for 1,000 cases: its time in ms is the time of one case in µs.
const ROUNDS = { iterations: 5, time: 0 };

describe('engine: 1,000 cases per iteration', () => {
  bench(
    'determine() of each case',
    () => {
      for (const file of files) determine(file);
    },
    ROUNDS,
  );
  bench(
    'JSON.parse + parseCaseFile of each line',
    () => {
      for (const line of lines) parseCaseFile(JSON.parse(line));
    },
    ROUNDS,
  );
  bench(
    'a whole --jsonl line: parse, check, determine, JSON.stringify',
    () => {
      for (const line of lines) {
        const result = parseCaseFile(JSON.parse(line));
        if (result.ok) JSON.stringify(determine(result.caseFile));
      }
    },
    ROUNDS,
  );
});
