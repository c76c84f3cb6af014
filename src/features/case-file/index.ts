export { draftOf, emptyCaseFile, type Draft } from './draft';
export { ExportButtons } from './export-case';
export { LazyExportButtons } from './lazy-export';
export { caseFileName, questionnaireResponseFileName } from './export-file-name';
export { ImportCase } from './import-case';
export { useLeaveWarning } from './leave-warning';
export { NewReviewButton } from './new-review-button';
export { readCaseFile, MAX_CASE_FILE_BYTES } from './read-case-file';
export { hasSavedReview } from './saved-review';
export {
  completeReview,
  getReview,
  hasUnexportedChanges,
  markExported,
  getTypedReview,
  replaceReview,
  saveReview,
  setReviewStatus,
  startNewReview,
  STORAGE_KEY,
  useReview,
  useReviewGeneration,
  useReviewNotKept,
  useReviewStarted,
} from './review-store';
export { StorageWarning } from './storage-warning';
