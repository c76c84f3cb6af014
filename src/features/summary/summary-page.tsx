import { determine } from '../../engine';
import { useReview } from '../case-file';
import { LiveDetermination } from '../review';

/** The printable determination summary (first cut: the determination itself). */
export function SummaryPage() {
  const review = useReview();
  const determination = determine(review);
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-6">
      <h1 className="text-2xl font-bold">Determination summary</h1>
      <LiveDetermination determination={determination} className="mt-4" />
    </main>
  );
}
