import { Button } from '../../components/ui/button';
import { applyUpdate, dismissUpdate, useUpdateState } from './update-store';

/** Says a new version is ready; the review in progress is kept in this tab whichever is chosen. */
export function UpdateBanner() {
  const state = useUpdateState();
  if (state === 'idle') return null;
  return (
    <div role="status" className="border-b border-review bg-review-soft print:hidden">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-3 px-4 py-2 text-sm">
        {state === 'updated_elsewhere' ? (
          <>
            <p className="font-semibold">
              The app was updated in another tab. This tab stays as it is until you reload it; your
              review in progress is kept either way.
            </p>
            <Button onClick={() => window.location.reload()}>Reload now</Button>
          </>
        ) : (
          <>
            <p className="font-semibold">
              A new version of this app is ready. Your review in progress is kept either way.
            </p>
            <Button onClick={applyUpdate} disabled={state === 'updating'}>
              Update now
            </Button>
            <Button variant="secondary" onClick={dismissUpdate}>
              Later
            </Button>
          </>
        )}
      </div>
    </div>
  );
}
