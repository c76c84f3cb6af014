import { describe, expect, it } from 'vitest';
import { describeProblems, parseCaseFileText } from './case-file';
import { lineAndColumn, notJsonProblem, parseJsonText } from './json-text';

// A case file's text: a byte-order mark is skipped, and text that is not JSON is refused in one
// line that says where, without quoting the text (it may hold a patient's details).

const CASE = '{"policy": "LA.CP.MP.173", "request": "trial", "drug": "opioid"}';
const PATIENT = 'Jane Q. Patient';

function refusal(text: string): string {
  const result = parseCaseFileText(text);
  if (result.ok) throw new Error('the text was accepted');
  return describeProblems(result.problems);
}

describe('a byte-order mark', () => {
  it('at the start of a file is skipped: the case is accepted', () => {
    const result = parseCaseFileText(`\uFEFF${CASE}`);
    expect(result.ok).toBe(true);
    expect(result.ok && result.caseFile.request).toBe('trial');
  });

  it('is skipped once only: a second one is not JSON', () => {
    expect(parseCaseFileText(`\uFEFF\uFEFF${CASE}`).ok).toBe(false);
  });

  it('can be kept, for a caller that reads lines after the first', () => {
    expect(parseJsonText(`\uFEFF${CASE}`, { skipBom: false }).ok).toBe(false);
    expect(parseJsonText(`\uFEFF${CASE}`).ok).toBe(true);
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
