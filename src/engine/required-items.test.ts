import { describe, expect, it } from 'vitest';
import { itemsOfPath, requiredItems } from './required-items';
import {
  I_A_1,
  I_A_2,
  I_B,
  II_A_1,
  II_A_2,
  II_B,
  IND_I_A_1,
  IND_I_A_2,
  IND_II_A_1,
  IND_II_A_2,
} from './paths.fixture';

// DESIGN.md, "Which items a request needs": a trial needs its indication and that indication's
// criteria, and I.B; an implant needs the trial's lettered criteria ("the above criteria for the
// preliminary trial are met"), the implant's indication and its criteria, and II.B. A fact not yet
// recorded leaves every path it could still take open.

describe('the items one path needs', () => {
  it.each([
    ['trial', 'malignant', [IND_I_A_1, ...I_A_1, ...I_B]],
    ['trial', 'nonmalignant', [IND_I_A_2, ...I_A_2, ...I_B]],
    ['implant', 'malignant', [...I_A_1, IND_II_A_1, ...II_A_1, ...II_B]],
    ['implant', 'nonmalignant', [...I_A_2, IND_II_A_2, ...II_A_2, ...II_B]],
  ] as const)('%s, %s', (request, origin, items) => {
    expect(itemsOfPath(request, origin)).toEqual(items);
    expect(requiredItems(request, origin)).toEqual(items);
  });
});

describe('the items a request needs while a fact is not recorded, or is outside the criteria', () => {
  it('no indication: both origins', () => {
    expect(requiredItems('trial', undefined)).toEqual([
      IND_I_A_1,
      ...I_A_1,
      IND_I_A_2,
      ...I_A_2,
      ...I_B,
    ]);
  });

  it('no request: a trial and an implant', () => {
    expect(requiredItems(undefined, 'nonmalignant')).toEqual([
      IND_I_A_2,
      ...I_A_2,
      ...I_B,
      IND_II_A_2,
      ...II_A_2,
      ...II_B,
    ]);
  });

  it('a pump already in place, or another indication: none', () => {
    expect(requiredItems('existing_pump', 'malignant')).toEqual([]);
    expect(requiredItems('implant', 'other')).toEqual([]);
    expect(requiredItems(undefined, 'other')).toEqual([]);
  });
});
