import { parseIsoDateTime, PLAN_TIME_ZONE } from '../../engine';

// Made on first use, not when the module loads: the first Intl formatter in a page costs tens of
// milliseconds, and a new review shows no date-time until a receipt time is entered.
let dateTime: Intl.DateTimeFormat | undefined;

/** An ISO date-time as a reader expects it, in the plan's time zone: "Thu, Nov 5, 2026, 10:00 AM CST". */
export function formatDateTime(iso: string): string {
  const ms = parseIsoDateTime(iso);
  if (ms === undefined) return iso;
  dateTime ??= new Intl.DateTimeFormat('en-US', {
    timeZone: PLAN_TIME_ZONE,
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  });
  return dateTime.format(ms);
}
