import { describe, expect, it } from 'vitest';
import { readCaseFile } from './read-case-file';

// Issue 15: the app reads a file's bytes as the command line does (one function), and a refusal
// never repeats what the file holds.

const CASE = { policy: 'LA.CP.MP.173', request: 'trial', drug: 'opioid' };
const TEXT = JSON.stringify(CASE);

function file(bytes: string | Uint8Array<ArrayBuffer>): File {
  return new File([bytes], 'case.json', { type: 'application/json' });
}

async function refusal(bytes: string | Uint8Array<ArrayBuffer>): Promise<string> {
  const result = await readCaseFile(file(bytes));
  if (result.ok) throw new Error('the file was imported');
  return result.problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}

const BOM = [0xef, 0xbb, 0xbf];
const utf8 = (text: string) => [...new TextEncoder().encode(text)];

describe('the app reads a case file’s bytes as the command line does', () => {
  it('imports UTF-8 with one byte-order mark', async () => {
    expect((await readCaseFile(file(new Uint8Array([...BOM, ...utf8(TEXT)])))).ok).toBe(true);
  });

  it('refuses two byte-order marks', async () => {
    expect(await refusal(new Uint8Array([...BOM, ...BOM, ...utf8(TEXT)]))).toBe(
      '(the file): starts with two byte-order marks',
    );
  });

  it('refuses UTF-16, which it used to import', async () => {
    const units = [...`\uFEFF${TEXT}`].flatMap((c) => [
      c.charCodeAt(0) & 0xff,
      c.charCodeAt(0) >> 8,
    ]);
    expect(await refusal(new Uint8Array(units))).toBe(
      '(the file): is UTF-16 text; save it as UTF-8',
    );
  });

  it('refuses bytes that are not UTF-8 rather than changing them', async () => {
    const latin1 = [
      ...utf8('{"policy":"LA.CP.MP.173","member":{"name":"Jos'),
      0xe9,
      ...utf8('"}}'),
    ];
    expect(await refusal(new Uint8Array(latin1))).toBe('(the file): is not UTF-8 text');
  });

  it('refuses a key named twice rather than keeping the last', async () => {
    expect(
      await refusal('{"policy":"LA.CP.MP.173","answers":{"I.B.1":"absent","I.B.1":"present"}}'),
    ).toBe('(the file): names a key twice (line 1, column 54)');
  });
});

describe('a refusal in the app never repeats the file', () => {
  it.each([
    ['an unknown field', { ...CASE, 'Jane Doe 1970-01-01': 1 }],
    ['an unknown member field', { ...CASE, member: { 'Jane Doe': 1 } }],
    ['an unknown item', { ...CASE, answers: { 'Jane Doe': 'met' } }],
    ['a value of the wrong kind', { ...CASE, request: 'Jane Doe' }],
    ['a date that is a name', { ...CASE, member: { dateOfBirth: 'Jane Doe' } }],
  ])('%s', async (_, content) => {
    const message = await refusal(JSON.stringify(content));
    expect(message).not.toContain('Jane');
    expect(message).not.toContain('1970');
  });

  it('a 900,000-character key gives a short message', async () => {
    const message = await refusal(
      JSON.stringify({ ...CASE, member: { ['J'.repeat(900_000)]: 1 } }),
    );
    expect(message.length).toBeLessThan(400);
    expect(message).not.toContain('JJ');
  });

  it('a date typed with a two-digit year (0026) or before 1900 is refused where it is', async () => {
    expect(
      await refusal(JSON.stringify({ ...CASE, member: { dateOfBirth: '0026-05-04' } })),
    ).toMatch(/^member\.dateOfBirth: /);
    expect(await refusal(JSON.stringify({ ...CASE, reviewDate: '1899-12-31' }))).toMatch(
      /^reviewDate: /,
    );
    expect(
      await refusal(JSON.stringify({ ...CASE, receivedAt: '0026-05-04T08:30:00-05:00' })),
    ).toMatch(/^receivedAt: /);
  });
});
