import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseFile } from '../../engine';

// The store keeps the review of this tab in session storage; here a map stands in for it.
function fakeSessionStorage() {
  const items = new Map<string, string>();
  return {
    items,
    writes: 0,
    getItem(key: string) {
      return items.get(key) ?? null;
    },
    setItem(key: string, value: string) {
      this.writes += 1;
      items.set(key, value);
    },
  };
}

let storage: ReturnType<typeof fakeSessionStorage>;

async function freshStore() {
  vi.resetModules();
  return import('./review-store');
}

const REVIEW = {
  policy: 'LA.CP.MP.173',
  status: 'in_progress',
  reviewDate: '2026-11-20',
  request: 'trial',
  drug: 'morphine',
  answers: {},
} as unknown as CaseFile;

beforeEach(() => {
  storage = fakeSessionStorage();
  vi.stubGlobal('window', { sessionStorage: storage });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('review store', () => {
  it('saving the same review again leaves storage and every view of it as they were', async () => {
    const store = await freshStore();
    store.saveReview(REVIEW);
    const shown = store.getReview();
    expect(storage.writes).toBe(1);

    store.saveReview(structuredClone(REVIEW));
    expect(storage.writes).toBe(1);
    // The same object: React keeps what it drew instead of drawing every view again.
    expect(store.getReview()).toBe(shown);
  });

  it('a review read back from storage and saved unchanged is not written again', async () => {
    storage.items.set('la-cp-mp-173.review', JSON.stringify(REVIEW));
    const store = await freshStore();
    const shown = store.getReview();
    expect(shown.reviewDate).toBe('2026-11-20');

    store.saveReview(shown, JSON.parse(JSON.stringify(REVIEW)) as unknown);
    expect(storage.writes).toBe(0);
    expect(store.getReview()).toBe(shown);
  });

  it('a changed answer is saved and shown', async () => {
    const store = await freshStore();
    store.saveReview(REVIEW);
    const changed = { ...REVIEW, answers: { 'I.A': 'met' } } as unknown as CaseFile;
    store.saveReview(changed);
    expect(storage.writes).toBe(2);
    expect(store.getReview()).toBe(changed);
    expect(JSON.parse(storage.items.get('la-cp-mp-173.review') ?? '{}')).toMatchObject({
      answers: { 'I.A': 'met' },
    });
  });

  it('a review put in place of one with the same content is still put in place', async () => {
    const store = await freshStore();
    store.saveReview(REVIEW);
    const before = store.getGeneration();
    const imported = structuredClone(REVIEW);
    store.replaceReview(imported);
    // The wizard's form starts again from the review put in place (an import, a new review).
    expect(store.getGeneration()).toBe(before + 1);
    expect(store.getReview()).toBe(imported);
  });

  it('a save the browser refuses (storage full) is said, keeps the review in the page, and clears once a save succeeds', async () => {
    const store = await freshStore();
    store.saveReview(REVIEW);
    expect(store.isReviewNotKept()).toBe(false);
    const full = storage.setItem;
    storage.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const changed = { ...REVIEW, answers: { 'I.A': 'met' } } as unknown as CaseFile;
    store.saveReview(changed);
    expect(store.isReviewNotKept()).toBe(true);
    expect(store.getReview()).toBe(changed);
    storage.setItem = full;
    store.saveReview({ ...changed, reviewDate: '2026-11-21' });
    expect(store.isReviewNotKept()).toBe(false);
  });

  it('storage switched off altogether (reading it throws) is said from the start', async () => {
    vi.stubGlobal('window', {
      get sessionStorage(): Storage {
        throw new DOMException('Access is denied.', 'SecurityError');
      },
    });
    const store = await freshStore();
    expect(store.isReviewNotKept()).toBe(true);
    expect(store.getReview()).toEqual({ policy: 'LA.CP.MP.173', answers: {} });
  });

  it('a review exists once something is answered or recorded, not for a review date alone', async () => {
    const store = await freshStore();
    expect(store.isReviewStarted()).toBe(false);
    const opened = {
      policy: 'LA.CP.MP.173',
      status: 'in_progress',
      reviewDate: '2026-11-20',
      answers: {},
      notes: {},
    } as unknown as CaseFile;
    store.saveReview(opened);
    expect(store.isReviewStarted()).toBe(false);
    store.saveReview({ ...opened, answers: { 'II.B.1': 'absent' } } as unknown as CaseFile);
    expect(store.isReviewStarted()).toBe(true);
    store.saveReview(opened, { ...opened, member: { dateOfBirth: '2030-01-01' } });
    // A value the case file set aside is still something the reviewer recorded.
    expect(store.isReviewStarted()).toBe(true);
  });

  it('a review held in the page only (storage blocked) exists too', async () => {
    storage.setItem = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
    const store = await freshStore();
    store.saveReview({ ...REVIEW, answers: { 'I.A.2.a': 'met' } } as unknown as CaseFile);
    expect(store.isReviewNotKept()).toBe(true);
    expect(store.isReviewStarted()).toBe(true);
  });
});
