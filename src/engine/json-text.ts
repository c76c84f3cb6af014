import type { CaseFileProblem } from './case-file-problems';

// Reading the text of a case file as JSON. The runtime's own JSON.parse messages quote the
// input (V8: `Unexpected token 'J', "Jane Doe, "... is not valid JSON`), which can put a
// patient's details, over several lines, into an error meant for a log or a terminal. The
// message here says only where the text stops being JSON: one line, nothing of the input.

const BOM = '\uFEFF';

export type JsonText =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problem: CaseFileProblem };

export interface JsonTextOptions {
  /** Whether a leading byte-order mark (U+FEFF) is skipped, as editors on Windows write it. Default true. */
  readonly skipBom?: boolean;
}

/** Line and column (from 1, in characters) of a position (in UTF-16 units) of a text. */
export function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(position, 0), text.length);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    // A line ends at \n, \r\n or \r.
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
      line += 1;
      lineStart = i + 1;
    }
  }
  let column = 1;
  for (let i = lineStart; i < end; i++) {
    const code = text.charCodeAt(i);
    // A character outside the Basic Multilingual Plane is two units but one column.
    if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i += 1;
    column += 1;
  }
  return { line, column };
}

const POSITION = /\bat position (\d+)\b/;
const END_OF_INPUT = /\bend of JSON input\b/;

/** Where JSON.parse gave up, from its message, when the message says. */
function failurePosition(message: string, text: string): number | undefined {
  const position = POSITION.exec(message);
  if (position) return Number(position[1]);
  // "Unexpected end of JSON input": the text ends before the JSON does.
  if (END_OF_INPUT.test(message)) return text.length;
  return undefined;
}

/** The problem with a text that is not JSON: one line, without quoting any of the text. */
export function notJsonProblem(text: string, error: unknown): CaseFileProblem {
  const message = error instanceof Error ? error.message : '';
  const position = failurePosition(message, text);
  let where = '';
  if (position !== undefined && position <= text.length) {
    const { line, column } = lineAndColumn(text, position);
    where = ` (line ${line}, column ${column})`;
  }
  return { path: '(the file)', message: `is not valid JSON${where}`, at: [] };
}

/** Parses the text of a case file as JSON. Never throws. */
export function parseJsonText(text: string, options: JsonTextOptions = {}): JsonText {
  const body = options.skipBom !== false && text.startsWith(BOM) ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    return { ok: false, problem: notJsonProblem(body, error) };
  }
}
