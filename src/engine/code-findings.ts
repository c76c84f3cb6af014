import { CODE_BY_ID, CODE_FITS, type CodeSystem } from '../policy';
import type { Request } from './case-file';

// Coding Implications: the policy's CPT/HCPCS table with its `*` marks (not on the LDH fee
// schedule). Listing a code never guarantees coverage (the coding preamble), so a finding says
// "listed" or "on the fee schedule", never "approved".

export type CodeFindingKind =
  'covered' | 'not_covered' | 'under21_review' | 'age_unknown' | 'unlisted';

/** What a nurse may do with one requested line: approve it, or refer it (never deny). */
export type CodeAction = 'approvable' | 'refer';

/** A requested code as the policy's table finds it, before the request and outcome are known. */
export interface CodeListing {
  readonly code: string;
  readonly finding: CodeFindingKind;
  /** Set for codes in the policy's table. */
  readonly system?: CodeSystem;
  readonly description?: string;
  /** The policy's `*`: not on the LDH fee schedule. */
  readonly notOnFeeSchedule?: boolean;
}

/** One requested code in a determination. */
export interface CodeFinding {
  readonly code: string;
  readonly finding: CodeFindingKind;
  /** Whether the code belongs to this kind of request; null when unlisted or no request is recorded. */
  readonly fitsRequest: boolean | null;
  readonly action: CodeAction;
  readonly system?: CodeSystem;
  readonly description?: string;
  readonly notOnFeeSchedule?: boolean;
}

export const CODE_FINDING_LABELS: Readonly<Record<CodeFindingKind, string>> = {
  covered: 'Listed, on the fee schedule (listing does not guarantee coverage)',
  not_covered: 'Not covered: not on the fee schedule, member is 21 or over',
  under21_review: 'Not on the fee schedule: medical necessity review, member under 21',
  age_unknown:
    'Not on the fee schedule: member’s age unknown (under 21 is reviewed, 21 or over is not covered)',
  unlisted: 'Not in this policy’s code table',
};

export const CODE_ACTION_LABELS: Readonly<Record<CodeAction, string>> = {
  approvable: 'A nurse reviewer may approve this line',
  refer: 'Refer this line: a nurse reviewer does not approve it',
};

/** The code as it is looked up: spaces around it trimmed, letters upper-cased. */
export function normalizeCode(code: string): string {
  return code.trim().toUpperCase();
}

/**
 * One requested code against the table (Coding Implications). A `*` code is reviewed for
 * medical necessity for a member under 21 on the date of service (the review date when none is
 * recorded), and is not covered at 21 or over; with no age, its finding is age_unknown.
 */
export function codeFinding(code: string, age: number | undefined): CodeListing {
  const normalized = normalizeCode(code);
  const entry = CODE_BY_ID.get(normalized);
  if (!entry) return { code: normalized, finding: 'unlisted' };
  const base = {
    code: normalized,
    system: entry.system,
    description: entry.description,
    notOnFeeSchedule: entry.notOnFeeSchedule,
  };
  if (!entry.notOnFeeSchedule) return { ...base, finding: 'covered' };
  if (age === undefined) return { ...base, finding: 'age_unknown' };
  return { ...base, finding: age < 21 ? 'under21_review' : 'not_covered' };
}

/**
 * Whether a code belongs to this kind of request, by the table of which codes fit which
 * request (src/policy/codes.ts). Null for a code not in the table, or while the request is not
 * recorded.
 */
export function fitsRequest(code: string, request: Request | undefined): boolean | null {
  const fits = CODE_FITS[normalizeCode(code)];
  if (fits === undefined || request === undefined) return null;
  return fits.includes(request);
}

export interface CodeContext {
  /** The member's age on the date of service, or on the review date when none is recorded. */
  readonly age: number | undefined;
  readonly request: Request | undefined;
  /** Whether the criteria are met, so that a nurse may approve what the line allows. */
  readonly criteriaMet: boolean;
}

/**
 * Findings for every requested code, once each, in the order requested. A line is approvable
 * only when the criteria are met, the code is on the fee schedule and it fits the request;
 * anything else a nurse cannot approve is referred, never denied (42 CFR 438.210(b)(3)).
 */
export function codeFindings(
  codes: readonly string[] | undefined,
  context: CodeContext,
): CodeFinding[] {
  const findings: CodeFinding[] = [];
  for (const code of codes ?? []) {
    const listing = codeFinding(code, context.age);
    if (findings.some((earlier) => earlier.code === listing.code)) continue;
    const fits = fitsRequest(listing.code, context.request);
    const approvable = context.criteriaMet && listing.finding === 'covered' && fits === true;
    const { code: normalized, finding, ...entry } = listing;
    findings.push({
      code: normalized,
      finding,
      fitsRequest: fits,
      action: approvable ? 'approvable' : 'refer',
      ...entry,
    });
  }
  return findings;
}
