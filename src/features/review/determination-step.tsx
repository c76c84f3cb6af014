import { Link } from '@tanstack/react-router';
import { buttonVariants } from '../../components/ui/button';
import type { Determination } from '../../engine';
import { ExportButtons, NewReviewButton } from '../case-file';
import { LiveDetermination } from './live-determination';

export function DeterminationStep({ determination }: { readonly determination: Determination }) {
  return (
    <div className="flex flex-col gap-4">
      <LiveDetermination determination={determination} final />
      <p className="text-sm">
        A nurse reviewer may approve a request that meets criteria. A request that does not meet
        them goes to a medical director: this tool never denies.
      </p>
      <div className="flex flex-wrap gap-2">
        <Link
          to="/summary"
          search={(prev) => ({ mode: prev.mode })}
          className={buttonVariants({ variant: 'primary' })}
        >
          Open the printable summary
        </Link>
      </div>
      <ExportButtons />
      <div className="print:hidden">
        <NewReviewButton />
      </div>
    </div>
  );
}
