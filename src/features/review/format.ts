import { parseIsoDateTime, PLAN_TIME_ZONE } from '../../engine';

const DATE_TIME = new Intl.DateTimeFormat('en-US', {
  timeZone: PLAN_TIME_ZONE,
  weekday: 'short',
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
});

/** An ISO date-time as a reader expects it, in the plan's time zone: "Thu, Nov 5, 2026, 10:00 AM CST". */
export function formatDateTime(iso: string): string {
  const ms = parseIsoDateTime(iso);
  return ms === undefined ? iso : DATE_TIME.format(ms);
}
