import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { todayIso } from '../../engine';

const KEY = 'la-cp-mp-173.review';
let items: Map<string, string>;

async function open(): Promise<Record<string, unknown>> {
  vi.resetModules();
  const { openReview } = await import('./review-form');
  openReview();
  return JSON.parse(items.get(KEY) ?? 'null') as Record<string, unknown>;
}

beforeEach(() => {
  items = new Map();
  vi.stubGlobal('window', {
    sessionStorage: {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => items.set(key, value),
    },
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('opening a review in the wizard', () => {
  it('a new review is reviewed today, and saved so before the wizard draws it', async () => {
    const saved = await open();
    expect(saved.reviewDate).toBe(todayIso(Date.now()));
  });

  it('a review date already given is kept, and the rest of the review with it', async () => {
    const review = {
      policy: 'LA.CP.MP.173',
      reviewDate: '2026-10-01',
      request: 'implant',
      answers: { 'I.A': 'met' },
    };
    items.set(KEY, JSON.stringify(review));
    const saved = await open();
    expect(saved).toEqual(review);
  });

  it('a review date typed but refused by the case file stays as typed', async () => {
    const review = { policy: 'LA.CP.MP.173', reviewDate: '2026-02-30', drug: 'morphine' };
    items.set(KEY, JSON.stringify(review));
    const saved = await open();
    expect(saved.reviewDate).toBe('2026-02-30');
    expect(saved.drug).toBe('morphine');
  });
});
