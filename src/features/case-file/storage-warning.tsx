import { useReviewNotKept } from './review-store';

/**
 * Says, for as long as it is so, that the browser is not keeping the review: session storage is
 * blocked or full. Nothing typed is lost while the page stays open; a reload would lose it.
 */
export function StorageWarning() {
  const notKept = useReviewNotKept();
  if (!notKept) return null;
  return (
    <div role="alert" className="border-b-2 border-fail bg-fail-soft print:hidden">
      <p className="mx-auto max-w-7xl px-4 py-2 text-sm">
        <strong>This review is not being kept.</strong> The browser refused to save it (its storage
        for this site is blocked or full). Everything entered stays while this page is open, but a
        reload or closing the tab would lose it: export the case file to keep it.
      </p>
    </div>
  );
}
