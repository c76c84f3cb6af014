// `npm run --silent evaluate -- [--jsonl] FILE`: the command line. All it does is in run.ts.
import { EXIT_INTERNAL, run } from './run';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // The reader went away (`evaluate --jsonl big.jsonl | head`): stop quietly.
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`cannot write the output: ${error.message}\n`);
  process.exit(EXIT_INTERNAL);
});

run(process.argv.slice(2), {
  // process.stdin is only touched when the input is `-`.
  get stdin() {
    return process.stdin;
  },
  stdout: process.stdout,
  stderr: process.stderr,
}).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = EXIT_INTERNAL;
  },
);
