// What the home page needs to know before any of the review code loads: is there a review in
// progress in this tab? It reads the saved text only; the review store validates it when opened.
export const STORAGE_KEY = 'la-cp-mp-173.review';

export function hasSavedReview(): boolean {
  try {
    const text = window.sessionStorage.getItem(STORAGE_KEY);
    if (text === null) return false;
    const saved: unknown = JSON.parse(text);
    if (saved === null || typeof saved !== 'object') return false;
    const review = saved as { request?: unknown; drug?: unknown; answers?: unknown; codes?: unknown };
    return (
      review.request !== undefined ||
      review.drug !== undefined ||
      (typeof review.answers === 'object' && review.answers !== null && Object.keys(review.answers).length > 0) ||
      (Array.isArray(review.codes) && review.codes.length > 0)
    );
  } catch {
    return false;
  }
}
