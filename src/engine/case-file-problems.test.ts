import { describe, expect, it } from 'vitest';
import { caseFileSchema } from './case-file';
import {
  capText,
  describeProblems,
  formatPath,
  isKnownKey,
  MAX_MESSAGE_LENGTH,
  MAX_PATH_LENGTH,
} from './case-file-problems';

// Issue 15: a refusal says what is wrong and where, never the value, in a message of bounded
// length. A key the format does not know is a value too (it may be a patient's name).

/** Every object key the case-file schema declares, at any depth. */
function schemaKeys(schema: unknown, into = new Set<string>()): Set<string> {
  const def = (schema as { def?: Record<string, unknown> } | undefined)?.def;
  if (!def) return into;
  const shape = def.shape as Record<string, unknown> | undefined;
  if (shape) {
    for (const [key, inner] of Object.entries(shape)) {
      into.add(key);
      schemaKeys(inner, into);
    }
  }
  for (const inner of [def.innerType, def.element, def.in, def.out]) schemaKeys(inner, into);
  for (const option of (def.options as unknown[] | undefined) ?? []) schemaKeys(option, into);
  return into;
}

describe('the keys a path shows as written', () => {
  it('include every field and item ID of the case file, so none is shown as […]', () => {
    const keys = [...schemaKeys(caseFileSchema)];
    expect(keys.length).toBeGreaterThan(30);
    expect(keys.filter((key) => !isKnownKey(key))).toEqual([]);
  });

  it('show an outline number that is not an item, for whoever mistyped it', () => {
    expect(formatPath(['answers', 'I.C.1'])).toBe('answers["I.C.1"]');
    expect(formatPath(['answers', 'ii.b.6'])).toBe('answers["ii.b.6"]');
  });

  it.each([
    [['Jane Doe'], '[…]'],
    [['member', 'janeDoe'], 'member[…]'],
    [['member', 'ssn'], 'member[…]'],
    [['answers', '__proto__'], 'answers[…]'],
    [['notes', 'constructor'], 'notes[…]'],
    [['codes', 3], 'codes[3]'],
  ])('write any other key as […]: %j', (path, written) => {
    expect(formatPath(path)).toBe(written);
  });
});

describe('the length of a message', () => {
  it('a path through thousands of nested items is cut in the middle', () => {
    const deep = Array.from({ length: 2_000 }, () => ['item', 0]).flat();
    const path = formatPath(deep);
    expect([...path].length).toBeLessThanOrEqual(MAX_PATH_LENGTH);
    expect(path.startsWith('item[0].item[0]')).toBe(true);
    expect(path).toContain('…');
  });

  it('a message is cut to its limit, on one line', () => {
    const line = describeProblems([
      { path: 'member.name', message: `must be text\n${'x'.repeat(10_000)}`, at: [] },
    ]);
    expect(line.length).toBeLessThanOrEqual('member.name: '.length + MAX_MESSAGE_LENGTH);
    expect(line).not.toMatch(/[\r\n]/);
  });

  it('text within the limit is left as it is; a character outside the BMP is not split', () => {
    expect(capText('short', 10)).toBe('short');
    expect([...capText('😀'.repeat(50), 9)]).toHaveLength(9);
  });
});
