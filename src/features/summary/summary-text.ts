import { TURNAROUND, type CaseFile, type Indication, type ReviewStatus } from '../../engine';
import { REQUEST_LABELS } from '../shared';

// Words the summary prints for the case file's fields. The policy's own words come from src/policy.

export const REVIEW_STATUS_LABELS: Readonly<Record<ReviewStatus, string>> = {
  in_progress: 'In progress',
  completed: 'Completed',
  amended: 'Amended',
};

const INDICATION_LABELS: Readonly<Record<Indication, string>> = {
  malignant: 'pain of malignant origin',
  nonmalignant: 'pain of non-malignant origin',
  other: 'another indication (not chronic pain)',
};

/** The path reviewed: "Implant (Part II, permanent pump), pain of non-malignant origin". */
export function pathLabel(file: Pick<CaseFile, 'request' | 'indication'>): string {
  const request = file.request ? REQUEST_LABELS[file.request] : 'Request type not recorded';
  const indication = file.indication
    ? INDICATION_LABELS[file.indication]
    : 'indication not recorded';
  return `${request}, ${indication}`;
}

export function urgencyLabel(urgency: CaseFile['urgency']): string {
  switch (urgency) {
    case 'expedited':
      return `Expedited: decision within ${TURNAROUND.expedited.label}`;
    case 'standard':
      return `Standard: decision within ${TURNAROUND.standard.label}`;
    case undefined:
      return `Not recorded (standard, ${TURNAROUND.standard.label}, applied)`;
    default: {
      const unreachable: never = urgency;
      return unreachable;
    }
  }
}

const DATE = new Intl.DateTimeFormat('en-US', {
  timeZone: 'UTC',
  weekday: 'short',
  year: 'numeric',
  month: 'short',
  day: 'numeric',
});

/** A calendar date (YYYY-MM-DD) as a reader expects it: "Tue, Nov 24, 2026". */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return DATE.format(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/**
 * Text as a CSS string literal, every character but plain letters, digits and a little punctuation
 * written as a hex escape, so whatever a reviewer typed stays text in a stylesheet.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const ch of text) {
    out += /^[A-Za-z0-9 ,.:()#-]$/.test(ch) ? ch : `\\${(ch.codePointAt(0) ?? 0x3f).toString(16)} `;
  }
  return `${out}"`;
}

/** Text cut to a length, with an ellipsis when cut, for the running head. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}
