import { describe, expect, it } from 'vitest';
import { canonicalJson, caseFingerprint, fnv1a64 } from './fingerprint';
import { caseFile } from './paths.fixture';

describe('fnv1a64', () => {
  it('matches the published FNV-1a 64-bit test vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('hashes the UTF-8 bytes, so accented text and ≥ count', () => {
    expect(fnv1a64('≥')).not.toBe(fnv1a64('e'));
    expect(fnv1a64('é')).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[3,1]},"b":1}',
    );
  });

  it('leaves out undefined fields, as JSON does', () => {
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
  });

  it('writes what JSON cannot hold as JSON.stringify does: left out of objects, null in lists', () => {
    const value = { a: 1, f: () => 1, s: Symbol('s'), u: undefined, list: [undefined, () => 1, 2] };
    expect(canonicalJson(value)).toBe('{"a":1,"list":[null,null,2]}');
    expect(canonicalJson(value)).toBe(JSON.stringify({ a: 1, list: value.list }));
    expect(canonicalJson(undefined)).toBe('null');
  });

  it('sorts keys already in order, in reverse order, and in a large shuffled object', () => {
    expect(canonicalJson({ a: 1, b: 2, c: 3 })).toBe('{"a":1,"b":2,"c":3}');
    expect(canonicalJson({ c: 3, b: 2, a: 1 })).toBe('{"a":1,"b":2,"c":3}');
    const keys = Array.from({ length: 100 }, (_, i) => `k${String(i).padStart(3, '0')}`);
    const shuffled = keys.map((k, i) => keys[(i * 37) % keys.length]!);
    const object = Object.fromEntries(shuffled.map((k) => [k, 0]));
    expect(Object.keys(JSON.parse(canonicalJson(object)) as object)).toEqual(keys);
  });
});

describe('caseFingerprint', () => {
  const base = {
    request: 'implant',
    drug: 'opioid',
    indication: 'nonmalignant',
    answers: { 'II.A.2.c': 'not_met', 'I.A.2.a': 'met' },
    notes: { 'II.A.2.c': 'INR 3.1 on warfarin' },
  };

  it('is 12 hex digits in three groups of four', () => {
    expect(caseFingerprint(caseFile(base))).toMatch(/^[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}$/);
  });

  it('does not depend on the order fields were written in', () => {
    const reordered = {
      notes: base.notes,
      answers: { 'I.A.2.a': 'met', 'II.A.2.c': 'not_met' },
      indication: 'nonmalignant',
      drug: 'opioid',
      request: 'implant',
    };
    expect(caseFingerprint(caseFile(reordered))).toBe(caseFingerprint(caseFile(base)));
  });

  it('changes when an answer, a note or the status changes', () => {
    const fp = caseFingerprint(caseFile(base));
    expect(
      caseFingerprint(caseFile({ ...base, answers: { ...base.answers, 'I.A.2.a': 'unknown' } })),
    ).not.toBe(fp);
    expect(
      caseFingerprint(caseFile({ ...base, notes: { 'II.A.2.c': 'INR 3.2 on warfarin' } })),
    ).not.toBe(fp);
    expect(caseFingerprint(caseFile({ ...base, status: 'completed' }))).not.toBe(fp);
  });
});
