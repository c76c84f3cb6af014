import { describe, expect, it } from 'vitest';
import { describeProblems, parseCaseFileText } from './case-file';
import {
  decodeCaseFileBytes,
  duplicateKeyPosition,
  lineAndColumn,
  MAX_CASE_FILE_BYTES,
  notJsonProblem,
  parseJsonBytes,
  parseJsonText,
} from './json-text';

// A case file's text: a byte-order mark is skipped, and text that is not JSON is refused in one
// line that says where, without quoting the text (it may hold a patient's details).

const CASE = '{"policy": "LA.CP.MP.173", "request": "trial", "drug": "opioid"}';
const PATIENT = 'Jane Q. Patient';

function refusal(text: string): string {
  const result = parseCaseFileText(text);
  if (result.ok) throw new Error('the text was accepted');
  return describeProblems(result.problems);
}

const utf8 = (text: string) => new TextEncoder().encode(text);

function bytesRefusal(bytes: Uint8Array): string {
  const json = parseJsonBytes(bytes);
  if (json.ok) throw new Error('the bytes were accepted');
  return `${json.problem.path}: ${json.problem.message}`;
}

describe('the bytes of a case file (the app and the command line read them alike)', () => {
  it('are read as UTF-8, names and all', () => {
    const json = parseJsonBytes(utf8('{"member": {"name": "Zoë Ærøskøbing 山田"}}'));
    expect(json.ok && json.value).toEqual({ member: { name: 'Zoë Ærøskøbing 山田' } });
  });

  it('a byte-order mark at the start is skipped: the case is accepted', () => {
    const result = parseJsonBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(CASE)]));
    expect(result.ok).toBe(true);
  });

  it('two byte-order marks are refused, not read as one', () => {
    const bom = [0xef, 0xbb, 0xbf];
    expect(bytesRefusal(new Uint8Array([...bom, ...bom, ...utf8(CASE)]))).toBe(
      '(the file): starts with two byte-order marks',
    );
  });

  it.each([
    ['little-endian', [0xff, 0xfe]],
    ['big-endian', [0xfe, 0xff]],
  ])('UTF-16 (%s, as Windows saves "Unicode") is refused, saying how to save it', (_, bom) => {
    const units = [...CASE].flatMap((c) => [c.charCodeAt(0), 0]);
    expect(bytesRefusal(new Uint8Array([...bom, ...units]))).toBe(
      '(the file): is UTF-16 text; save it as UTF-8',
    );
  });

  it.each([
    ['a Latin-1 é', [0xe9]],
    ['a lone continuation byte', [0x80]],
    ['a character cut short at the end', [0xe5, 0xb1]],
    ['an over-long encoding of "/"', [0xc0, 0xaf]],
    ['a surrogate written in UTF-8', [0xed, 0xa0, 0x80]],
  ])('bytes that are not UTF-8 (%s) are refused, not replaced', (_, bad) => {
    const bytes = new Uint8Array([...utf8('{"member": {"name": "Jos'), ...bad, ...utf8('"}}')]);
    expect(bytesRefusal(bytes)).toBe('(the file): is not UTF-8 text');
  });

  it(`more than ${MAX_CASE_FILE_BYTES.toLocaleString('en-US')} bytes are refused unread`, () => {
    expect(MAX_CASE_FILE_BYTES).toBe(10_000_000);
    expect(bytesRefusal(new Uint8Array(MAX_CASE_FILE_BYTES + 1))).toBe(
      '(the file): is larger than 10 MB; a case file is at most 10 MB',
    );
  });

  it('text of a file is read through the same function', () => {
    expect(decodeCaseFileBytes(utf8(CASE))).toEqual({ ok: true, text: CASE });
  });
});

describe('a key named twice in one object', () => {
  it('is refused with where the second one is, never which key', () => {
    const text =
      '{\n  "policy": "LA.CP.MP.173",\n  "answers": {"I.B.1": "absent", "I.B.1": "present"}\n}';
    expect(refusal(text)).toBe('(the file): names a key twice (line 3, column 34)');
  });

  it('is found however the key is escaped', () => {
    expect(duplicateKeyPosition('{"name": 1, "n\\u0061me": 2}')).toBe(12);
  });

  it('at any depth, and in objects inside lists', () => {
    expect(duplicateKeyPosition('{"a": [{"b": 1}, {"b": 2, "b": 3}]}')).toBe(26);
    expect(duplicateKeyPosition('{"a": {"a": {"a": 1}}}')).toBeUndefined();
  });

  it('is not confused by keys in strings, equal values, or the same key in sibling objects', () => {
    expect(duplicateKeyPosition('{"a": "\\"a\\": 1, {", "b": "a"}')).toBeUndefined();
    expect(duplicateKeyPosition('[{"a": 1}, {"a": 1}]')).toBeUndefined();
    expect(duplicateKeyPosition('{"a": {}, "b": [], "c": [1, "a", {"a": "a"}]}')).toBeUndefined();
  });

  it('a __proto__ key twice is refused too', () => {
    expect(parseJsonText('{"__proto__": 1, "__proto__": 2}').ok).toBe(false);
  });
});

describe('text that is not JSON', () => {
  it('is refused with its line and column, e.g. a missing comma', () => {
    const text = `{\n  "policy": "LA.CP.MP.173",\n  "member": {"name": "${PATIENT}" "id": "M123"}\n}`;
    // Line 3 goes wrong at column 40, where "id" follows the name without a comma.
    expect(refusal(text)).toBe('(the file): is not valid JSON (line 3, column 40)');
  });

  it.each([
    ['a bare word', `{\n  "policy": "LA.CP.MP.173",\n  "member": {"name": ${PATIENT}}\n}`],
    ['a missing comma', `{\n  "member": {"name": "${PATIENT}"\n  "id": "M1"}\n}`],
    ['a string over two lines', `{"member": {"name": "${PATIENT}\nSmith"}}`],
    ['text after the object', `{"policy": "LA.CP.MP.173"}\n${PATIENT}`],
    ['a file cut short', `{"member": {"name": "${PATIENT}`],
    ['a trailing comma', `{"member": {"name": "${PATIENT}",}}`],
  ])('%s: one line, and nothing of the text', (_label, text) => {
    const message = refusal(text);
    expect(message).toMatch(/^\(the file\): is not valid JSON/);
    expect(message).not.toMatch(/[\r\n\u2028\u2029]/);
    expect(message).not.toContain('Jane');
    expect(message).not.toContain('Patient');
    expect(message).not.toContain('"');
  });

  it('gives no place when the runtime does not say where', () => {
    // V8 words an unexpected token with a quotation and no position.
    expect(refusal(`{"name": ${PATIENT}}`)).toMatch(
      /^\(the file\): is not valid JSON( \(line \d+, column \d+\))?$/,
    );
  });

  it('says no place when the runtime’s message gives none, or one past the end of the text', () => {
    expect(notJsonProblem('{"a" 1}', new SyntaxError('Unexpected number in JSON')).message).toBe(
      'is not valid JSON',
    );
    expect(notJsonProblem('{"a" 1}', 'not an Error').message).toBe('is not valid JSON');
    expect(
      notJsonProblem('{"a" 1}', new SyntaxError('Unexpected token at position 99')).message,
    ).toBe('is not valid JSON');
    expect(
      notJsonProblem('{"a" 1}', new SyntaxError('Unexpected token at position 5')).message,
    ).toBe('is not valid JSON (line 1, column 6)');
  });

  it('an empty file ends before any JSON: line 1, column 1', () => {
    expect(refusal('')).toBe('(the file): is not valid JSON (line 1, column 1)');
  });

  it('a file cut short is placed at its end', () => {
    expect(refusal('{\n  "policy": "LA.CP.MP.173",\n  "notes": {')).toBe(
      '(the file): is not valid JSON (line 3, column 13)',
    );
  });

  it('counts the columns after a byte-order mark as an editor shows them', () => {
    expect(refusal('\uFEFF{"policy" "x"}')).toBe(
      '(the file): is not valid JSON (line 1, column 11)',
    );
  });
});

describe('line and column of a position', () => {
  it('counts \\n, \\r\\n and a lone \\r as line ends', () => {
    const text = 'ab\ncd\r\nef\rgh';
    expect(lineAndColumn(text, 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn(text, 2)).toEqual({ line: 1, column: 3 }); // the \n ending line 1
    expect(lineAndColumn(text, 4)).toEqual({ line: 2, column: 2 }); // d
    expect(lineAndColumn(text, 7)).toEqual({ line: 3, column: 1 }); // e
    expect(lineAndColumn(text, 10)).toEqual({ line: 4, column: 1 }); // g
    expect(lineAndColumn(text, 11)).toEqual({ line: 4, column: 2 }); // h
  });

  it('counts a character outside the Basic Multilingual Plane as one column', () => {
    expect(lineAndColumn('"😀" x', 5)).toEqual({ line: 1, column: 5 });
    // The first and the last such characters, U+10000 and U+10FFFF.
    expect(lineAndColumn('\uD800\uDC00x', 2)).toEqual({ line: 1, column: 2 });
    expect(lineAndColumn('\uDBFF\uDFFFx', 2)).toEqual({ line: 1, column: 2 });
  });

  it('counts half of a surrogate pair standing alone as a column of its own', () => {
    expect(lineAndColumn('\uD800ab', 3)).toEqual({ line: 1, column: 4 });
    expect(lineAndColumn('a\uDC00b', 3)).toEqual({ line: 1, column: 4 });
    expect(lineAndColumn('\uDC00\uDC00b', 3)).toEqual({ line: 1, column: 4 });
    expect(lineAndColumn('\uE000\uDC00b', 3)).toEqual({ line: 1, column: 4 });
  });

  it('keeps a position past the end at the end', () => {
    expect(lineAndColumn('ab', 99)).toEqual({ line: 1, column: 3 });
  });
});
