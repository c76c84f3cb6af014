import { describe, expect, it } from 'vitest';
import { requiredItems, requiredSections } from './required-items';

// DESIGN.md, "Which items a request needs": a trial needs its indication's I.A list and I.B; an
// implant needs the trial's indication list too ("the above criteria for the preliminary trial are
// met"), then II.A.1 or II.A.2, and II.B. A fact not yet recorded leaves out what depends on it.

describe('the sections a request needs', () => {
  it.each([
    ['trial', 'malignant', ['I.A.1', 'I.B']],
    ['trial', 'nonmalignant', ['I.A.2', 'I.B']],
    ['implant', 'malignant', ['I.A.1', 'II.A.1', 'II.B']],
    ['implant', 'nonmalignant', ['I.A.2', 'II.A.2', 'II.B']],
    ['trial', undefined, ['I.B']],
    ['implant', undefined, ['II.B']],
    [undefined, 'malignant', ['I.A.1']],
    [undefined, 'nonmalignant', ['I.A.2']],
    [undefined, undefined, []],
  ] as const)('%s, %s: %j', (request, indication, sections) => {
    expect(requiredSections(request, indication)).toEqual(sections);
  });
});

describe('the items a request needs', () => {
  it('are the items of its sections, in policy order', () => {
    expect(requiredItems('trial', 'malignant')).toEqual([
      'I.A.1.a',
      'I.A.1.b',
      'I.A.1.c',
      'I.B.1',
      'I.B.2',
      'I.B.3',
      'I.B.4',
      'I.B.5',
    ]);
    expect(requiredItems('implant', undefined)).toEqual([
      'II.B.1',
      'II.B.2',
      'II.B.3',
      'II.B.4',
      'II.B.5',
    ]);
    expect(requiredItems(undefined, undefined)).toEqual([]);
  });

  it('asked again, or for another request in between, give the same answer', () => {
    const first = requiredItems('implant', 'malignant');
    requiredItems('implant', 'nonmalignant');
    requiredItems(undefined, 'malignant');
    expect(requiredItems('implant', 'malignant')).toEqual(first);
    expect(requiredItems(undefined, 'malignant')).toEqual(['I.A.1.a', 'I.A.1.b', 'I.A.1.c']);
    expect(requiredItems('trial', undefined)).toHaveLength(5);
  });
});
