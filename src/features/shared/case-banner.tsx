import { useEffect, useState } from 'react';
import { minutesUntil, type CaseFile, type Determination } from '../../engine';
import { cn } from '../../components/ui/cn';
import { formatDateTime } from './format';
import { REQUEST_LABELS } from './labels';
import { DUE_BY_WORDS, useMode } from './mode';

/** Within this many hours of the due-by the banner warns: a late decision is itself adverse. */
const NEAR_HOURS = 24;

/** The clock, to the minute: the time left to the due-by counts down while the page is open. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** "2 days 4 hours", "3 hours 10 minutes", "25 minutes". */
export function timeLeftWords(minutes: number): string {
  const m = Math.abs(minutes);
  const days = Math.floor(m / 1440);
  const hours = Math.floor((m % 1440) / 60);
  const mins = m % 60;
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (days > 0)
    return hours > 0 ? `${unit(days, 'day')} ${unit(hours, 'hour')}` : unit(days, 'day');
  if (hours > 0)
    return mins > 0 ? `${unit(hours, 'hour')} ${unit(mins, 'minute')}` : unit(hours, 'hour');
  return unit(mins, 'minute');
}

function Fact({ label, children }: { readonly label: string; readonly children: React.ReactNode }) {
  return (
    <div className="flex gap-1">
      <dt className="text-muted print:text-ink">{label}:</dt>
      <dd className="font-semibold">{children}</dd>
    </div>
  );
}

const NOT_RECORDED = <span className="font-normal text-muted italic">not recorded</span>;

export interface CaseBannerProps {
  readonly review: CaseFile;
  readonly determination: Determination;
}

/**
 * Whose case this is, on every step: the member's name and ID, date of birth and age, what is
 * requested, and the due-by with the time left, so a reviewer never loses track of the case.
 */
export function CaseBanner({ review, determination }: CaseBannerProps) {
  const now = useNow();
  const mode = useMode();
  const member = review.member;
  const left = minutesUntil(determination.dueBy, now);
  const completed = review.status === 'completed';
  const tone =
    left === undefined || completed
      ? undefined
      : left < 0
        ? 'late'
        : left < NEAR_HOURS * 60
          ? 'near'
          : undefined;
  return (
    <section
      aria-label="Case"
      data-case-banner=""
      className="border-b border-line bg-brand-soft print:border-ink print:bg-white"
    >
      <dl className="mx-auto flex max-w-7xl flex-wrap gap-x-6 gap-y-1 px-4 py-2 text-sm">
        <Fact label="Member">{member?.name?.trim() ? member.name : NOT_RECORDED}</Fact>
        <Fact label="Member ID">{member?.id?.trim() ? member.id : NOT_RECORDED}</Fact>
        <Fact label="Date of birth">
          {member?.dateOfBirth ? (
            <>
              {member.dateOfBirth}
              {determination.memberAge === null ? null : ` (age ${determination.memberAge})`}
            </>
          ) : (
            NOT_RECORDED
          )}
        </Fact>
        <Fact label="Request">
          {review.request ? REQUEST_LABELS[review.request] : NOT_RECORDED}
        </Fact>
        {determination.dueBy ? (
          <Fact label={DUE_BY_WORDS[mode]}>
            {formatDateTime(determination.dueBy)}
            {left === undefined || completed ? null : (
              <span
                className={cn(
                  'ml-1 rounded px-1',
                  tone === 'late' && 'bg-fail-soft text-fail',
                  tone === 'near' && 'bg-missing-soft',
                )}
                data-due={tone ?? 'ok'}
              >
                {left < 0
                  ? `(${timeLeftWords(left)} overdue: a decision after the due-by is itself adverse)`
                  : tone === 'near'
                    ? `(due soon: ${timeLeftWords(left)} left)`
                    : `(${timeLeftWords(left)} left)`}
              </span>
            )}
          </Fact>
        ) : null}
      </dl>
    </section>
  );
}
