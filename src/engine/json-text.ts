import type { CaseFileProblem } from './case-file-problems';

// Reading a case file's bytes as JSON, the same way in the app and on the command line: UTF-8
// only, a single leading byte-order mark skipped, and a refusal that says where the text goes
// wrong (line and column) without quoting it. The runtime's own JSON.parse messages quote the
// input (V8: `Unexpected token 'J', "Jane Doe, "... is not valid JSON`), which can put a
// patient's details into an error meant for a log or a terminal.

const BOM = '\uFEFF';

/** A case file, or one line of a JSON Lines file, larger than this is refused unread (bytes). */
export const MAX_CASE_FILE_BYTES = 10_000_000;

export type TextResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly problem: CaseFileProblem };

export type JsonText =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problem: CaseFileProblem };

function fileProblem(message: string): CaseFileProblem {
  return { path: '(the file)', message, at: [] };
}

/** The size limit in words: "10 MB". */
export function sizeLimitWords(): string {
  return `${MAX_CASE_FILE_BYTES / 1_000_000} MB`;
}

/** The problem with a file over the size limit. */
export function tooLargeProblem(): CaseFileProblem {
  return fileProblem(
    `is larger than ${sizeLimitWords()}; a case file is at most ${sizeLimitWords()}`,
  );
}

/**
 * A case file's bytes as text. UTF-8 only: UTF-16 (which Windows editors write as "Unicode") and
 * bytes that are not UTF-8 are refused rather than read as something else, and a byte-order mark
 * is skipped once, never twice.
 */
export function decodeCaseFileBytes(bytes: Uint8Array): TextResult {
  const [first, second] = bytes;
  if ((first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff))
    return { ok: false, problem: fileProblem('is UTF-16 text; save it as UTF-8') };
  let text: string;
  try {
    // fatal: a byte that is not UTF-8 is an error, not a replacement character. The decoder
    // skips one leading byte-order mark itself.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: fileProblem('is not UTF-8 text') };
  }
  if (text.startsWith(BOM))
    return { ok: false, problem: fileProblem('starts with two byte-order marks') };
  return { ok: true, text };
}

/** Line and column (from 1, in characters) of a position (in UTF-16 units) of a text. */
export function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, Math.min(Math.max(position, 0), text.length));
  // A line ends at \n, \r\n or \r.
  const lines = before.split(/\r\n|\r|\n/);
  const last = lines[lines.length - 1] ?? '';
  // A character outside the Basic Multilingual Plane is two units but one column.
  return { line: lines.length, column: [...last].length + 1 };
}

function where(text: string, position: number | undefined): string {
  if (position === undefined || position > text.length) return '';
  const { line, column } = lineAndColumn(text, position);
  return ` (line ${line}, column ${column})`;
}

/** Where JSON.parse gave up, from its message, when the message says. */
function failurePosition(message: string, text: string): number | undefined {
  const position = /\bat position (\d+)\b/.exec(message);
  if (position) return Number(position[1]);
  // "Unexpected end of JSON input": the text ends before the JSON does.
  if (/\bend of JSON input\b/.test(message)) return text.length;
  return undefined;
}

/** The problem with a text that is not JSON: one line, without quoting any of the text. */
export function notJsonProblem(text: string, error: unknown): CaseFileProblem {
  const message = error instanceof Error ? error.message : '';
  return fileProblem(`is not valid JSON${where(text, failurePosition(message, text))}`);
}

/**
 * Where the first key repeated within one object begins, in a text already known to be JSON,
 * or undefined. JSON.parse keeps the last of two equal keys without a word, so a file that says
 * "met" and then "not_met" for one item would be judged on whichever came last.
 *
 * A small scan rather than a second JSON parser from a library: the text is valid JSON, so it
 * only has to tell keys from values and compare each key (unescaped by JSON.parse) with the
 * others of its object.
 */
export function duplicateKeyPosition(text: string): number | undefined {
  // One entry per open bracket: the keys seen so far for an object, null for an array.
  const open: (Set<string> | null)[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const start = i;
      for (i += 1; text[i] !== '"'; i++) if (text[i] === '\\') i += 1;
      const keys = open[open.length - 1];
      if (expectKey && keys) {
        const key = JSON.parse(text.slice(start, i + 1)) as string;
        if (keys.has(key)) return start;
        keys.add(key);
        expectKey = false;
      }
    } else if (c === '{') {
      open.push(new Set());
      expectKey = true;
    } else if (c === '[') {
      open.push(null);
    } else if (c === '}' || c === ']') {
      open.pop();
    } else if (c === ',') {
      expectKey = open[open.length - 1] instanceof Set;
    }
  }
  return undefined;
}

/**
 * Parses JSON text. Never throws. A leading byte-order mark is skipped; an object that names a
 * key twice is refused, with where the second one is.
 */
export function parseJsonText(text: string): JsonText {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body) as unknown;
  } catch (error) {
    return { ok: false, problem: notJsonProblem(body, error) };
  }
  const duplicate = duplicateKeyPosition(body);
  if (duplicate !== undefined)
    return { ok: false, problem: fileProblem(`names a key twice${where(body, duplicate)}`) };
  return { ok: true, value };
}

/** A case file's bytes as JSON: decodeCaseFileBytes, then parseJsonText. */
export function parseJsonBytes(bytes: Uint8Array): JsonText {
  if (bytes.byteLength > MAX_CASE_FILE_BYTES) return { ok: false, problem: tooLargeProblem() };
  const text = decodeCaseFileBytes(bytes);
  return text.ok ? parseJsonText(text.text) : text;
}
