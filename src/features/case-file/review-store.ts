import { useSyncExternalStore } from 'react';
import type { CaseFile, ReviewStatus } from '../../engine';
import { draftOf, emptyCaseFile } from './draft';
import { hasSavedReview, holdsAReview, STORAGE_KEY } from './saved-review';

// The review in progress lives in this tab's session storage and nowhere else: a reload, a crash
// of the tab or a wrong click on Back loses nothing, and closing the tab forgets the patient.
export { STORAGE_KEY };

type Listener = () => void;

interface Saved {
  /** The review as the reviewer left it, values the case file refuses included. */
  readonly typed: unknown;
  /** The same review as a valid case file (the draft): what is determined and exported. */
  readonly caseFile: CaseFile;
}

function readStorage(): Saved {
  try {
    const text = window.sessionStorage.getItem(STORAGE_KEY);
    if (text === null) return { typed: undefined, caseFile: emptyCaseFile() };
    const typed: unknown = JSON.parse(text);
    savedText = text;
    return { typed, caseFile: draftOf(typed).caseFile };
  } catch (error) {
    // Storage switched off: the review works for this page's lifetime, and the reviewer is told
    // that a reload would lose it (StorageWarning). Contents unreadable: start clean.
    if (!(error instanceof SyntaxError)) notKept = true;
    return { typed: undefined, caseFile: emptyCaseFile() };
  }
}

/** Whether the last save failed (storage blocked or full): the review is kept in this page only. */
let notKept = false;

function writeStorage(text: string): void {
  try {
    window.sessionStorage.setItem(STORAGE_KEY, text);
    notKept = false;
  } catch {
    // Storage full or switched off: the review still works for this page's lifetime (it is held
    // here, in `saved`), and StorageWarning says that a reload or closing the tab would lose it.
    notKept = true;
  }
}

let saved: Saved | undefined;
/** The saved review as stored, when it is known: a save that would store the same text changes nothing. */
let savedText: string | undefined;
/** Bumped when a whole review replaces the one in progress (import, new review). */
let generation = 0;
const listeners = new Set<Listener>();

function getSaved(): Saved {
  saved ??= readStorage();
  return saved;
}

export function getReview(): CaseFile {
  return getSaved().caseFile;
}

/**
 * The review as the reviewer typed it, with any value the case file refuses (a date of birth
 * after the review date, say) still in it, so that a reload puts it back in its field.
 */
export function getTypedReview(): unknown {
  return getSaved().typed;
}

export function getGeneration(): number {
  return generation;
}

function emit(): void {
  for (const listener of listeners) listener();
}

/**
 * Saves the review as it is being answered: the valid case file, and what was typed when the
 * case file had to set something aside.
 */
export function saveReview(caseFile: CaseFile, typed: unknown = caseFile): void {
  store(caseFile, typed, false);
}

function store(caseFile: CaseFile, typed: unknown, replacing: boolean): void {
  const text = JSON.stringify(typed);
  // The same review again (the wizard saving the review as it opened it, say): every view of it
  // is already right, so none is drawn again. A review put in place of another is always shown.
  if (!replacing && text === savedText) return;
  saved = { typed, caseFile };
  savedText = text;
  writeStorage(text);
  emit();
}

/**
 * Marks the review completed or amended. What the reviewer typed that the case file set aside
 * stays as typed, so completing or amending loses nothing either.
 */
export function setReviewStatus(status: ReviewStatus): void {
  const { typed, caseFile } = getSaved();
  const typedObject = typed !== null && typeof typed === 'object' && !Array.isArray(typed);
  saveReview({ ...caseFile, status }, typedObject ? { ...typed, status } : undefined);
}

/**
 * Completes the review: marks it completed at `completedAt` (ISO 8601 with offset). The wizard's
 * form, if open, is drawn again from the review as completed, read-only.
 */
export function completeReview(completedAt: string): void {
  const { typed, caseFile } = getSaved();
  const typedObject = typed !== null && typeof typed === 'object' && !Array.isArray(typed);
  const done = { ...caseFile, status: 'completed' as const, completedAt };
  generation += 1;
  store(done, typedObject ? { ...typed, status: 'completed', completedAt } : done, true);
  markExported();
}

/** Puts a whole other review in place of this one (an import, or a new review). */
export function replaceReview(caseFile: CaseFile): void {
  generation += 1;
  store(caseFile, caseFile, true);
  // A review as it came from its file, or a new empty one, has nothing to lose yet.
  markExported();
}

// Closing the tab forgets the review (session storage): the app warns while it holds changes
// that are neither exported as a case file nor completed. What was last exported is kept in
// session storage too, so a reload does not forget it.
const EXPORTED_KEY = `${STORAGE_KEY}.exported`;

/**
 * The review as the case file holds it, in the schema's order: the same review gives the same
 * text whether it came from a file or from the wizard's form.
 */
function exportedForm(): string {
  // A review without a status is in progress: the wizard writes the word, nothing else changes.
  const { status, ...rest } = getSaved().caseFile;
  return JSON.stringify({ ...rest, status: status ?? 'in_progress' });
}

/** Records that the review as it stands now has been exported (or needs no export). */
export function markExported(): void {
  try {
    window.sessionStorage.setItem(EXPORTED_KEY, exportedForm());
  } catch {
    // Storage switched off: the warning may come once too often, never too rarely.
  }
}

/** Whether the review has changes neither exported as a case file nor completed. */
export function hasUnexportedChanges(): boolean {
  const { caseFile } = getSaved();
  if (caseFile.status === 'completed' || !hasSavedReview()) return false;
  try {
    return window.sessionStorage.getItem(EXPORTED_KEY) !== exportedForm();
  } catch {
    return true;
  }
}

export function startNewReview(): void {
  replaceReview(emptyCaseFile());
}

function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useReview(): CaseFile {
  return useSyncExternalStore(subscribe, getReview, getReview);
}

/** Whether the review in progress could not be saved in this tab (storage blocked or full). */
export function isReviewNotKept(): boolean {
  getSaved(); // reading the storage first finds out whether it can be read at all
  return notKept;
}

/** isReviewNotKept, for a component: drawn again when it changes. */
export function useReviewNotKept(): boolean {
  return useSyncExternalStore(subscribe, isReviewNotKept, () => false);
}

export function useReviewGeneration(): number {
  return useSyncExternalStore(subscribe, getGeneration, getGeneration);
}

/**
 * Whether a review exists in this tab: anything answered or recorded beyond what a new review
 * starts with (the review date of today). Read from the review held here, so a review kept only
 * in this page (storage blocked) counts too.
 */
export function isReviewStarted(): boolean {
  const { typed, caseFile } = getSaved();
  return holdsAReview(typed ?? caseFile);
}

export function useReviewStarted(): boolean {
  return useSyncExternalStore(subscribe, isReviewStarted, isReviewStarted);
}
