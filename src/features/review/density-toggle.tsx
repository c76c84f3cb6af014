import { setDensity, useDensity } from './density';

/**
 * Compact rows or roomy cards for the questions. Not offered on a phone, where the row has no room
 * and the cards are always used.
 */
export function DensityToggle() {
  const compact = useDensity() === 'compact';
  return (
    <button
      type="button"
      aria-pressed={compact}
      onClick={() => setDensity(compact ? 'roomy' : 'compact')}
      className="hidden min-h-10 items-center gap-2 rounded-md border border-line bg-white px-3 text-sm hover:bg-brand-soft md:inline-flex print:hidden"
    >
      <span
        aria-hidden="true"
        className={`inline-block size-4 rounded-sm border-2 border-brand ${compact ? 'bg-brand' : 'bg-white'}`}
      />
      Compact rows
    </button>
  );
}
