import { CODE_BY_ID, type CodeSystem } from '../policy';

export type CodeFindingKind = 'covered' | 'not_covered' | 'under21_review' | 'age_unknown' | 'unlisted';

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
  age_unknown: 'Not on the fee schedule: member’s age unknown (under 21 is reviewed, 21 or over is not covered)',
  unlisted: 'Not in this policy’s code table',
};

/**
 * One finding for a requested code (Coding Implications). A `*` code is reviewed for medical
 * necessity for a member under 21 on the review date and is not covered at 21 or over.
 */
export function codeFinding(code: string, age: number | undefined): CodeFinding {
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

/** Findings for every requested code, once each, in the order requested. */
export function codeFindings(codes: readonly string[] | undefined, age: number | undefined): CodeFinding[] {
  if (!codes || codes.length === 0) return [];
  const seen = new Set<string>();
  const findings: CodeFinding[] = [];
  for (const code of codes) {
    const finding = codeFinding(code, age);
    if (seen.has(finding.code)) continue;
    seen.add(finding.code);
    findings.push(finding);
  }
  return findings;
}
