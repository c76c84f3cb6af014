import { CODE_BY_ID, type CodeSystem } from '../policy';

export type CodeFindingKind =
  'covered' | 'not_covered' | 'under21_review' | 'age_unknown' | 'unlisted';

export interface CodeFinding {
  readonly code: string;
  readonly finding: CodeFindingKind;
  /** Set for codes in the policy's table. */
  readonly system?: CodeSystem;
  readonly description?: string;
  /** The policy's `*`: not on the LDH fee schedule. */
  readonly notOnFeeSchedule?: boolean;
}

export const CODE_FINDING_LABELS: Readonly<Record<CodeFindingKind, string>> = {
  covered: 'Covered (on the fee schedule)',
  not_covered: 'Not covered: not on the fee schedule, member is 21 or over',
  under21_review: 'Not on the fee schedule: medical necessity review, member under 21',
  age_unknown:
    'Not on the fee schedule: member’s age unknown (under 21 is reviewed, 21 or over is not covered)',
  unlisted: 'Not in this policy’s code table',
};

function findingOf(code: string, age: number | undefined): CodeFinding {
  const normalized = code.trim().toUpperCase();
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

// A finding depends only on the code as written and on which side of 21 the member is (or that
// the age is unknown), and it is read-only: each is made once, frozen and handed out again.
// Bounded, since codes not in the table can be any letters and digits.
const findingsByAgeBand: readonly Map<string, CodeFinding>[] = [new Map(), new Map(), new Map()];
const FINDING_CACHE_LIMIT = 5_000;

function ageBand(age: number | undefined): 0 | 1 | 2 {
  return age === undefined ? 0 : age < 21 ? 1 : 2;
}

/**
 * One finding for a requested code (Coding Implications). A `*` code is reviewed for medical
 * necessity for a member under 21 on the review date and is not covered at 21 or over.
 */
export function codeFinding(code: string, age: number | undefined): CodeFinding {
  const cache = findingsByAgeBand[ageBand(age)] as Map<string, CodeFinding>;
  let finding = cache.get(code);
  if (finding === undefined) {
    finding = Object.freeze(findingOf(code, age));
    if (cache.size < FINDING_CACHE_LIMIT) cache.set(code, finding);
  }
  return finding;
}

/** Findings for every requested code, once each, in the order requested. */
export function codeFindings(
  codes: readonly string[] | undefined,
  age: number | undefined,
): CodeFinding[] {
  const findings: CodeFinding[] = [];
  if (!codes) return findings;
  // A case lists a few codes: looking back through the list costs less than a Set, up to a point.
  const seen = codes.length > 16 ? new Set<string>() : undefined;
  for (const code of codes) {
    const finding = codeFinding(code, age);
    if (seen) {
      if (seen.has(finding.code)) continue;
      seen.add(finding.code);
    } else if (findings.some((earlier) => earlier.code === finding.code)) continue;
    findings.push(finding);
  }
  return findings;
}
