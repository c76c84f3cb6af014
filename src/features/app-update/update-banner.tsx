import { Button } from '../../components/ui/button';
import { applyUpdate, dismissUpdate, useUpdateReady } from './update-store';

/** Says a new version is ready; the review in progress is kept in this tab whichever is chosen. */
export function UpdateBanner() {
  const ready = useUpdateReady();
  if (!ready) return null;
  return (
    <div role="status" className="border-b border-review bg-review-soft print:hidden">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-3 px-4 py-2 text-sm">
        <p className="font-semibold">
          A new version of this app is ready. Your review in progress is kept either way.
        </p>
        <Button onClick={applyUpdate}>Update now</Button>
        <Button variant="secondary" onClick={dismissUpdate}>
          Later
        </Button>
      </div>
    </div>
  );
}
