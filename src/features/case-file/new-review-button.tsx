import { useNavigate } from '@tanstack/react-router';
import { useRef } from 'react';
import { Button } from '../../components/ui/button';

/** "New review" asks before it clears the review in progress. */
export function NewReviewButton() {
  const dialog = useRef<HTMLDialogElement>(null);
  const navigate = useNavigate();
  const confirm = async () => {
    dialog.current?.close();
    const { startNewReview } = await import('./review-store');
    startNewReview();
    void navigate({
      to: '/review/$step',
      params: { step: 'request' },
      search: (prev) => ({ mode: prev.mode }),
    });
  };
  return (
    <>
      <Button variant="secondary" onClick={() => dialog.current?.showModal()}>
        New review
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby="new-review-title"
        aria-describedby="new-review-text"
        className="m-auto max-w-md rounded-lg border border-line p-6 shadow-xl backdrop:bg-black/40"
      >
        <h2 id="new-review-title" className="text-lg font-bold">
          Start a new review?
        </h2>
        <p id="new-review-text" className="mt-2 text-sm">
          This clears every answer of the review in progress from this browser. Export it first if
          you need to keep it.
        </p>
        <div className="mt-4 flex justify-end gap-2">
          <Button variant="secondary" autoFocus onClick={() => dialog.current?.close()}>
            Keep this review
          </Button>
          <Button variant="danger" onClick={() => void confirm()}>
            Clear and start new
          </Button>
        </div>
      </dialog>
    </>
  );
}
