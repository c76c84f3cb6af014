import { useSyncExternalStore } from 'react';
import type { CaseFile } from '../../engine';
import { draftOf, emptyCaseFile } from './draft';
import { hasSavedReview, STORAGE_KEY } from './saved-review';

// The review in progress lives in this tab's session storage and nowhere else: a reload, a crash
// of the tab or a wrong click on Back loses nothing, and closing the tab forgets the patient.
export { STORAGE_KEY };

type Listener = () => void;

function readStorage(): CaseFile {
  try {
    const text = window.sessionStorage.getItem(STORAGE_KEY);
    if (text === null) return emptyCaseFile();
    return draftOf(JSON.parse(text)).caseFile;
  } catch {
    // Storage switched off or its contents unreadable: start clean rather than fail.
    return emptyCaseFile();
  }
}

function writeStorage(caseFile: CaseFile): void {
  try {
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(caseFile));
  } catch {
    // Storage full or switched off: the review still works for this page's lifetime.
  }
}

let current: CaseFile | undefined;
/** Bumped when a whole review replaces the one in progress (import, new review). */
let generation = 0;
const listeners = new Set<Listener>();

export function getReview(): CaseFile {
  current ??= readStorage();
  return current;
}

export function getGeneration(): number {
  return generation;
}

function emit(): void {
  for (const listener of listeners) listener();
}

/** Saves the review as it is being answered. */
export function saveReview(caseFile: CaseFile): void {
  current = caseFile;
  writeStorage(caseFile);
  emit();
}

/** Puts a whole other review in place of this one (an import, or a new review). */
export function replaceReview(caseFile: CaseFile): void {
  generation += 1;
  saveReview(caseFile);
}

export function startNewReview(): void {
  replaceReview(emptyCaseFile());
}

export function hasReviewInProgress(): boolean {
  return hasSavedReview();
}

function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useReview(): CaseFile {
  return useSyncExternalStore(subscribe, getReview, getReview);
}

export function useReviewGeneration(): number {
  return useSyncExternalStore(subscribe, getGeneration, getGeneration);
}
