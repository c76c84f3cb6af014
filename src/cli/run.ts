import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import {
  capText,
  describeProblems,
  MAX_MESSAGE_LENGTH,
  determine,
  MAX_CASE_FILE_BYTES,
  parseCaseFile,
  parseJsonBytes,
  parseJsonText,
  PLAN_TIME_ZONE,
  sizeLimitWords,
  todayIso,
  tooLargeProblem,
  type CaseFileProblem,
  type CaseFileResult,
} from '../engine';
import { POLICY } from '../policy';

// `evaluate`: reads a case file and prints the engine's determination (DESIGN.md, "Hooks the
// tests rely on"). Everything the command does is here, with its input and outputs passed in,
// so the tests run it in-process; evaluate.ts only wires it to the process.

/** Every case valid and evaluated. */
export const EXIT_OK = 0;
/** Something went wrong inside the command itself (a bug); the message is on standard error. */
export const EXIT_INTERNAL = 1;
/** A case (or, with --jsonl, any line) was not valid, the input could not be read or was too large, or the command line was wrong. */
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

/** A line of a --jsonl file longer than this many characters is reported, not read as a case. */
export const MAX_LINE_LENGTH = MAX_CASE_FILE_BYTES;

export const USAGE = `Usage: npm run --silent evaluate -- [--jsonl] FILE

Checks a case file against policy ${POLICY.number} and prints the determination
as JSON on standard output.

  FILE         a case file (JSON, UTF-8, at most ${sizeLimitWords()}); - reads standard input
  --jsonl      FILE holds one case per line (each at most ${MAX_LINE_LENGTH.toLocaleString('en-US')}
               characters): prints one determination per line, or
               {"line": N, "error": "..."} for a line that is not a valid case;
               a bad line does not stop the others; blank lines are skipped
  -h, --help   print this help

A case without a reviewDate is determined as of today in ${PLAN_TIME_ZONE}.

Exit status:
  0  the case is valid (with --jsonl: every line is)
  2  the case is not valid (with --jsonl: at least one line is not), the file
     cannot be read or is too large, or the command line is wrong; one line on
     standard error says why (with --jsonl, bad lines are reported on standard
     output)
  1  the command itself failed (a bug)
`;

/** A wrong command line, in one line for the person who typed it. */
class UsageError extends Error {}

function parseArguments(argv: readonly string[]): {
  help: boolean;
  jsonl: boolean;
  source: string;
} {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { jsonl: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const option = /'(-[^']*)'/.exec(error instanceof Error ? error.message : '')?.[1];
    throw new UsageError(
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option
        ? `unknown option ${option} (see --help)`
        : `${(error instanceof Error ? error.message : String(error)).split('. ')[0]} (see --help)`,
    );
  }
  const { values, positionals } = parsed;
  const help = values.help === true;
  const jsonl = values.jsonl === true;
  const [source, ...others] = positionals;
  if (help) return { help, jsonl, source: '' };
  if (source === undefined)
    throw new UsageError(
      'missing FILE: name a case file, or - to read standard input (see --help)',
    );
  if (others.length > 0) {
    throw new UsageError(
      `one FILE at a time, not ${positionals.length} (put many cases in one file, one per line, with --jsonl)`,
    );
  }
  return { help, jsonl, source };
}

/** Keeps a message on one line. */
function oneLine(text: string): string {
  return text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ');
}

function say(out: Output, message: string): void {
  out.write(`${oneLine(message)}\n`);
}

async function writeAll(out: Output, text: string): Promise<void> {
  if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
}

const READ_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
};

class CannotRead extends Error {}

function cannotRead(source: string, error: unknown): CannotRead {
  const code = (error as { code?: unknown } | null)?.code;
  const why =
    (typeof code === 'string' ? READ_ERRORS[code] : undefined) ??
    (error instanceof Error ? error.message : String(error));
  return new CannotRead(`cannot read ${source === '-' ? 'standard input' : source}: ${why}`);
}

/** The input named on the command line, and its size when it is a file; a folder or missing file throws. */
async function openInput(
  source: string,
  io: CliIo,
): Promise<{ input: AsyncIterable<string | Uint8Array>; size?: number }> {
  if (source === '-') return { input: io.stdin };
  try {
    const info = await stat(source);
    if (info.isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
    return { input: createReadStream(source), size: info.isFile() ? info.size : undefined };
  } catch (error) {
    throw cannotRead(source, error);
  }
}

/**
 * The bytes of the input, or undefined when there are more than MAX_CASE_FILE_BYTES of them:
 * a file that large is refused before a byte is read, and standard input is read no further.
 */
async function readCaseBytes(source: string, io: CliIo): Promise<Uint8Array | undefined> {
  const { input, size } = await openInput(source, io);
  if (size !== undefined && size > MAX_CASE_FILE_BYTES) return undefined;
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of input) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      total += bytes.byteLength;
      if (total > MAX_CASE_FILE_BYTES) return undefined;
      chunks.push(bytes);
    }
  } catch (error) {
    throw cannotRead(source, error);
  }
  return Buffer.concat(chunks);
}

/** One case file in, its determination out, pretty-printed. */
async function evaluateFile(source: string, io: CliIo, today: string): Promise<ExitCode> {
  const bytes = await readCaseBytes(source, io);
  const json =
    bytes === undefined
      ? { ok: false as const, problem: tooLargeProblem() }
      : parseJsonBytes(bytes);
  const result: CaseFileResult = json.ok
    ? parseCaseFile(json.value)
    : { ok: false, problems: [json.problem] };
  if (!result.ok) {
    say(io.stderr, describeProblems(result.problems));
    return EXIT_INVALID;
  }
  await writeAll(io.stdout, `${JSON.stringify(determine(result.caseFile, { today }), null, 2)}\n`);
  return EXIT_OK;
}

/** Ends a line that ran past MAX_LINE_LENGTH: no JSON text contains a NUL character. */
const OVERLONG = '\u0000overlong';

/** What stopped the input early, if anything. */
interface InputEnd {
  error?: 'not_utf8' | { readonly cause: unknown };
}

/**
 * The input as text for readline: UTF-8 decoded strictly (a byte that is not UTF-8 ends the input
 * rather than becoming U+FFFD), and a line longer than MAX_LINE_LENGTH cut there and marked
 * OVERLONG, so that readline never holds more than that of one line. What stopped it early is
 * left in `end`, not thrown through readline.
 */
async function* guardedText(
  input: AsyncIterable<string | Uint8Array>,
  end: InputEnd,
): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const lineBreak = /[\r\n]/g;
  let lineLength = 0;
  let overlong = false;
  const take = (text: string): string => {
    let out = '';
    let start = 0;
    while (start < text.length) {
      lineBreak.lastIndex = start;
      const found = lineBreak.exec(text);
      const end = found ? found.index : text.length;
      if (!overlong) {
        const room = MAX_LINE_LENGTH - lineLength;
        if (end - start > room) {
          out += text.slice(start, start + room) + OVERLONG;
          overlong = true;
        } else {
          out += text.slice(start, end);
          lineLength += end - start;
        }
      }
      if (found) {
        out += found[0];
        lineLength = 0;
        overlong = false;
      }
      start = end + 1;
    }
    return out;
  };
  try {
    for await (const chunk of input) {
      yield take(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    }
    yield take(decoder.decode());
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    end.error = code === 'ERR_ENCODING_INVALID_ENCODED_DATA' ? 'not_utf8' : { cause: error };
  }
}

// A problem with the whole document, in --jsonl, is a problem with the line.
function problemsOfLine(problems: readonly CaseFileProblem[]): readonly CaseFileProblem[] {
  return problems.map((problem) =>
    problem.path === '(the file)' ? { ...problem, path: '(the line)' } : problem,
  );
}

function caseOfLine(line: string): CaseFileResult {
  if (line.endsWith(OVERLONG)) {
    const limit = MAX_LINE_LENGTH.toLocaleString('en-US');
    return {
      ok: false,
      problems: [
        { path: '(the line)', message: `is longer than ${limit} characters, not read`, at: [] },
      ],
    };
  }
  const json = parseJsonText(line);
  return json.ok ? parseCaseFile(json.value) : { ok: false, problems: [json.problem] };
}

/**
 * One case per line in, one compact determination (or error object) per line out, in order.
 * Streams: memory holds a line or two and their output.
 */
async function evaluateLines(source: string, io: CliIo, today: string): Promise<ExitCode> {
  const { input } = await openInput(source, io);
  const end: InputEnd = {};
  const lines = createInterface({
    input: Readable.from(guardedText(input, end)),
    crlfDelay: Infinity,
  });
  let lineNumber = 0;
  let invalidLines = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    const result = caseOfLine(line);
    let output: unknown;
    if (result.ok) {
      output = determine(result.caseFile, { today });
    } else {
      invalidLines += 1;
      output = { line: lineNumber, error: describeProblems(problemsOfLine(result.problems)) };
    }
    await writeAll(io.stdout, `${JSON.stringify(output)}\n`);
  }
  if (end.error === 'not_utf8') {
    say(io.stderr, `(the input): is not UTF-8 text after line ${lineNumber}; read no further`);
    return EXIT_INVALID;
  }
  if (end.error) throw cannotRead(source, end.error.cause);
  return invalidLines > 0 ? EXIT_INVALID : EXIT_OK;
}

/**
 * Runs `evaluate` with its arguments (after the script name) and returns the exit code.
 * Never throws: a failure is one line on io.stderr.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  try {
    const { help, jsonl, source } = parseArguments(argv);
    if (help) {
      await writeAll(io.stdout, USAGE);
      return EXIT_OK;
    }
    // One date for the whole run, so every case of a batch is judged as of the same day.
    const today = io.today ?? todayIso(Date.now());
    return jsonl ? await evaluateLines(source, io, today) : await evaluateFile(source, io, today);
  } catch (error) {
    if (error instanceof UsageError || error instanceof CannotRead) {
      say(io.stderr, error.message);
      return EXIT_INVALID;
    }
    const message = error instanceof Error ? error.message : String(error);
    say(io.stderr, capText(`internal error: ${message}`, MAX_MESSAGE_LENGTH));
    return EXIT_INTERNAL;
  }
}
