// What the home page needs to know before any of the review code loads: is there a review in
// progress in this tab? It reads the saved text only; the review store validates it when opened.
export const STORAGE_KEY = 'la-cp-mp-173.review';

// Written by every review when the wizard opens it (the review date defaults to today), so on
// their own they do not make a review one in progress.
const ALWAYS_THERE = new Set(['policy', 'status', 'reviewDate']);

function holdsSomething(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.values(value).some(holdsSomething);
  return true;
}

/**
 * Whether this tab holds a review in progress: anything entered beyond what a new review starts
 * with, an identifier or a date of birth as much as an answer.
 */
export function hasSavedReview(): boolean {
  try {
    const text = window.sessionStorage.getItem(STORAGE_KEY);
    if (text === null) return false;
    return holdsAReview(JSON.parse(text));
  } catch {
    return false;
  }
}

/** Whether a saved or typed review holds anything beyond what every new review starts with. */
export function holdsAReview(saved: unknown): boolean {
  if (saved === null || typeof saved !== 'object' || Array.isArray(saved)) return false;
  return Object.entries(saved).some(
    ([key, value]) => !ALWAYS_THERE.has(key) && holdsSomething(value),
  );
}
