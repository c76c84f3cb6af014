import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { parseCaseFile, type CaseFile } from '../engine/case-file';
import { describeProblems, type CaseFileProblem } from '../engine/case-file-problems';
import { PLAN_TIME_ZONE, todayIso } from '../engine/dates';
import { determine } from '../engine/determine';
import { parseJsonText } from '../engine/json-text';
import { POLICY } from '../policy';
import { determinationJson } from './determination-json';

// `evaluate`: reads a case file and prints the engine's determination (DESIGN.md, "Hooks the
// tests rely on"). Everything the command does is here, with its input and outputs passed in,
// so the tests run it in-process; evaluate.ts only wires it to the process.

/** Every case valid and evaluated. */
export const EXIT_OK = 0;
/** Something went wrong inside the command itself (a bug); the message is on standard error. */
export const EXIT_INTERNAL = 1;
/** A case (or, with --jsonl, any line) was not valid, the input could not be read, or the command line was wrong. */
export const EXIT_INVALID = 2;

export type ExitCode = typeof EXIT_OK | typeof EXIT_INTERNAL | typeof EXIT_INVALID;

/** Where output goes: a node Writable (process.stdout) or anything that writes like one. */
export interface Output {
  /** Returns false when the caller should wait for 'drain' before writing more. */
  write(text: string): boolean;
  once(event: 'drain', listener: () => void): unknown;
}

export interface CliIo {
  /** Read only for `-`. */
  readonly stdin: AsyncIterable<string | Uint8Array>;
  readonly stdout: Output;
  readonly stderr: Output;
  /** The date (YYYY-MM-DD) that stands in for a case's missing reviewDate. Defaults to today. */
  readonly today?: string;
}

export const USAGE = `Usage: npm run --silent evaluate -- [--jsonl] FILE

Checks a case file against policy ${POLICY.number} and prints the determination
as JSON on standard output.

  FILE         a case file (JSON); - reads standard input
  --jsonl      FILE holds one case per line: prints one determination per line,
               or {"line": N, "error": "..."} for a line that is not a valid case;
               a bad line does not stop the others; blank lines are skipped
  -h, --help   print this help

A case without a reviewDate is determined as of today in ${PLAN_TIME_ZONE}.

Exit status:
  0  the case is valid (with --jsonl: every line is)
  2  the case is not valid (with --jsonl: at least one line is not), the file
     cannot be read, or the command line is wrong; one line on standard error
     says why (with --jsonl, bad lines are reported on standard output)
  1  the command itself failed (a bug)
`;

type Invocation =
  | { readonly kind: 'help' }
  | { readonly kind: 'evaluate'; readonly source: string; readonly jsonl: boolean }
  | { readonly kind: 'usage_error'; readonly message: string };

function parseArguments(argv: readonly string[]): Invocation {
  let jsonl = false;
  let optionsEnded = false;
  const sources: string[] = [];
  for (const arg of argv) {
    if (!optionsEnded && arg.startsWith('-') && arg !== '-') {
      if (arg === '--') optionsEnded = true;
      else if (arg === '--help' || arg === '-h') return { kind: 'help' };
      else if (arg === '--jsonl') jsonl = true;
      else return { kind: 'usage_error', message: `unknown option ${arg} (see --help)` };
    } else {
      sources.push(arg);
    }
  }
  const [source, ...others] = sources;
  if (source === undefined) {
    return {
      kind: 'usage_error',
      message: 'missing FILE: name a case file, or - to read standard input (see --help)',
    };
  }
  if (others.length > 0) {
    return {
      kind: 'usage_error',
      message: `one FILE at a time, not ${sources.length} (put many cases in one file, one per line, with --jsonl)`,
    };
  }
  return { kind: 'evaluate', source, jsonl };
}

/** Keeps a message on one line: a JSON error can quote the input, newlines and all. */
function oneLine(text: string): string {
  return text.replace(/\r\n|[\r\n\u2028\u2029]/g, '\\n');
}

function say(out: Output, message: string): void {
  out.write(`${oneLine(message)}\n`);
}

function drained(out: Output): Promise<void> {
  return new Promise((resolve) => out.once('drain', () => resolve()));
}

async function writeAll(out: Output, text: string): Promise<void> {
  if (!out.write(text)) await drained(out);
}

const READ_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
};

function cannotRead(source: string, error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const why =
    (typeof code === 'string' ? READ_ERRORS[code] : undefined) ??
    (error instanceof Error ? error.message : String(error));
  return `cannot read ${source === '-' ? 'standard input' : source}: ${why}`;
}

const BOM = '\uFEFF';

function withoutBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

async function readAll(input: AsyncIterable<string | Uint8Array>): Promise<string> {
  const decoder = new StringDecoder('utf8');
  const parts: string[] = [];
  for await (const chunk of input)
    parts.push(typeof chunk === 'string' ? chunk : decoder.write(chunk));
  parts.push(decoder.end());
  return parts.join('');
}

type CaseOfText =
  | { readonly ok: true; readonly caseFile: CaseFile }
  | { readonly ok: false; readonly problems: readonly CaseFileProblem[] };

/** What parseCaseFileText gives for a text (a byte-order mark already taken off). */
function readCase(text: string): CaseOfText {
  const json = parseJsonText(text, { skipBom: false });
  if (!json.ok) return { ok: false, problems: [json.problem] };
  return parseCaseFile(json.value);
}

/** One case file in, its determination out, pretty-printed. */
async function evaluateFile(source: string, io: CliIo, today: string): Promise<ExitCode> {
  let text: string;
  try {
    text = source === '-' ? await readAll(io.stdin) : await readFile(source, 'utf8');
  } catch (error) {
    say(io.stderr, cannotRead(source, error));
    return EXIT_INVALID;
  }
  const result = readCase(withoutBom(text));
  if (!result.ok) {
    say(io.stderr, describeProblems(result.problems));
    return EXIT_INVALID;
  }
  await writeAll(io.stdout, `${JSON.stringify(determine(result.caseFile, { today }), null, 2)}\n`);
  return EXIT_OK;
}

/** A line longer than this is reported as not a case rather than held in memory. */
export const MAX_LINE_LENGTH = 16 * 1024 * 1024;
/** Input is read in pieces of this many bytes. */
const INPUT_CHUNK = 64 * 1024;
/**
 * Output is handed to the stream in pieces of about this many characters, as soon as a line
 * reaches it. Node writes a string through a native buffer of three bytes a character; written
 * once per input chunk (300,000 characters and more), those buffers were mapped from the system
 * and unmapped again on every write, with a page fault per page: 100,000 cases took 5,000 munmap
 * calls, 100,000 page faults and 40% more CPU time than in pieces of 32,768 (Node 20, Linux).
 */
const OUTPUT_CHUNK = 32 * 1024;

// A problem with the whole document, in --jsonl, is a problem with the line.
function problemsOfLine(problems: readonly CaseFileProblem[]): readonly CaseFileProblem[] {
  return problems.map((problem) =>
    problem.path === '(the file)' ? { ...problem, path: '(the line)' } : problem,
  );
}

/**
 * One case per line in, one compact determination (or error object) per line out, in order.
 * Streams: memory holds one input chunk, the lines it completes, and their output.
 */
async function evaluateLines(source: string, io: CliIo, today: string): Promise<ExitCode> {
  const input: AsyncIterable<string | Uint8Array> =
    source === '-'
      ? io.stdin
      : createReadStream(source, { encoding: 'utf8', highWaterMark: INPUT_CHUNK });
  const decoder = new StringDecoder('utf8');

  let output = '';
  let lineNumber = 0;
  let invalidLines = 0;
  // The start of a line that runs past the end of a chunk, and how long it is so far.
  let pending: string[] = [];
  let pendingLength = 0;
  let overlong = false;

  const writeLine = (number: number, result: CaseOfText): void => {
    if (result.ok) {
      output += `${determinationJson(determine(result.caseFile, { today }))}\n`;
    } else {
      invalidLines += 1;
      const error = oneLine(describeProblems(problemsOfLine(result.problems)));
      output += `${JSON.stringify({ line: number, error })}\n`;
    }
  };

  // Returns a Promise only when the line needs the schema, which is loaded then.
  const evaluateLine = (raw: string): Promise<void> | undefined => {
    lineNumber += 1;
    const number = lineNumber;
    let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (number === 1) line = withoutBom(line);
    if (line.trim() === '') return undefined;
    const result = readCase(line);
    if (!(result instanceof Promise)) {
      writeLine(number, result);
      return undefined;
    }
    return result.then((slow) => writeLine(number, slow));
  };

  const reportOverlong = (): void => {
    lineNumber += 1;
    invalidLines += 1;
    const error = `(the line): is longer than ${MAX_LINE_LENGTH} characters, not read as a case`;
    output += `${JSON.stringify({ line: lineNumber, error })}\n`;
  };

  const take = async (text: string): Promise<void> => {
    let start = 0;
    let newline = text.indexOf('\n');
    while (newline !== -1) {
      let work: Promise<void> | undefined;
      if (overlong) {
        reportOverlong();
        overlong = false;
      } else if (pending.length > 0) {
        work = evaluateLine(pending.join('') + text.slice(start, newline));
      } else {
        work = evaluateLine(text.slice(start, newline));
      }
      if (work) await work;
      if (output.length >= OUTPUT_CHUNK) await flush();
      pending = [];
      pendingLength = 0;
      start = newline + 1;
      newline = text.indexOf('\n', start);
    }
    if (start < text.length && !overlong) {
      const tail = start === 0 ? text : text.slice(start);
      pendingLength += tail.length;
      if (pendingLength > MAX_LINE_LENGTH) {
        overlong = true;
        pending = [];
        pendingLength = 0;
      } else {
        pending.push(tail);
      }
    }
  };

  const flush = async (): Promise<void> => {
    if (output === '') return;
    const chunk = output;
    output = '';
    await writeAll(io.stdout, chunk);
  };

  try {
    for await (const chunk of input) {
      await take(typeof chunk === 'string' ? chunk : decoder.write(chunk));
      if (output.length >= OUTPUT_CHUNK) await flush();
    }
    await take(decoder.end());
  } catch (error) {
    await flush();
    say(io.stderr, cannotRead(source, error));
    return EXIT_INVALID;
  }
  // The last line need not end in a newline.
  if (overlong) reportOverlong();
  else if (pending.length > 0) await evaluateLine(pending.join(''));
  await flush();
  return invalidLines > 0 ? EXIT_INVALID : EXIT_OK;
}

/**
 * Runs `evaluate` with its arguments (after the script name) and returns the exit code.
 * Never throws: a failure is one line on io.stderr.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  try {
    const invocation = parseArguments(argv);
    switch (invocation.kind) {
      case 'help':
        await writeAll(io.stdout, USAGE);
        return EXIT_OK;
      case 'usage_error':
        say(io.stderr, invocation.message);
        return EXIT_INVALID;
      case 'evaluate': {
        // One date for the whole run, so every case of a batch is judged as of the same day.
        const today = io.today ?? todayIso(Date.now());
        return invocation.jsonl
          ? await evaluateLines(invocation.source, io, today)
          : await evaluateFile(invocation.source, io, today);
      }
      default: {
        const unreachable: never = invocation;
        return unreachable;
      }
    }
  } catch (error) {
    say(io.stderr, `internal error: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT_INTERNAL;
  }
}
