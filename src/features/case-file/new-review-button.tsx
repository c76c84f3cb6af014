import { useNavigate } from '@tanstack/react-router';
import { useRef } from 'react';
import { Button } from '../../components/ui/button';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';

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
      <ConfirmDialog
        ref={dialog}
        id="new-review"
        title="Start a new review?"
        keep="Keep this review"
        go="Clear and start new"
        onGo={() => void confirm()}
      >
        This clears every answer of the review in progress from this browser. Export it first if you
        need to keep it.
      </ConfirmDialog>
    </>
  );
}
