import { Outlet, useParams } from '@tanstack/react-router';
import { cn } from '../../components/ui/cn';
import { StorageWarning, useLeaveWarning } from '../case-file';
import { DensityToggle } from './density-toggle';
import { ReviewFormProvider } from './review-form';
import { LiveDeterminationAside } from './live-determination-aside';
import { ShortcutList } from './shortcuts';
import { StepList } from './step-list';
import { CaseBanner, isStepId } from '../shared';
import { useDetermination } from './use-determination';
import { useDensity } from './density';

/** The wizard: one form for every step, around the frame. */
export function WizardLayout() {
  useLeaveWarning();
  return (
    <ReviewFormProvider>
      <StorageWarning />
      <WizardFrame />
    </ReviewFormProvider>
  );
}

/**
 * The steps and the shortcuts on one side, the live determination on the other. Drawn again on
 * every answer; the form around it is not, so the questions are not all drawn again with it.
 */
function WizardFrame() {
  const { review, determination } = useDetermination();
  const params = useParams({ strict: false });
  const current = params.step !== undefined && isStepId(params.step) ? params.step : undefined;
  // Compact rows give the questions' text the room the side columns can spare.
  const compact = useDensity() === 'compact';
  return (
    <>
      <CaseBanner review={review} determination={determination} />
      <div
        className={cn(
          'mx-auto grid max-w-7xl gap-4 px-4 py-4',
          compact
            ? 'lg:grid-cols-[11rem_minmax(0,1fr)_17rem] lg:gap-4'
            : 'lg:grid-cols-[13rem_minmax(0,1fr)_20rem] lg:gap-6',
        )}
      >
        <div className="flex flex-col gap-3 lg:sticky lg:top-4 lg:self-start">
          <StepList current={current} review={review} determination={determination} />
          <ShortcutList placement="beside" />
          <DensityToggle />
        </div>
        {current === 'determination' ? null : (
          // On the last step the determination is the page itself.
          <LiveDeterminationAside
            determination={determination}
            final={review.status === 'completed'}
            step={current}
          />
        )}
        {/* The compact rows fit the room the questions have (a container query), not the screen. */}
        <main id="main" className="@container min-w-0">
          <Outlet />
        </main>
        <ShortcutList placement="below" />
      </div>
    </>
  );
}
