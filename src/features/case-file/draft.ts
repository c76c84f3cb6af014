import { parseCaseFile, type CaseFile, type CaseFileProblem } from '../../engine';
import { POLICY } from '../../policy';

export interface Draft {
  /** The review as a valid case file: what is saved, exported and determined. */
  readonly caseFile: CaseFile;
  /** What had to be set aside to make it valid (shown beside the fields concerned). */
  readonly problems: readonly CaseFileProblem[];
}

function without(value: unknown, at: readonly (string | number)[]): unknown {
  if (at.length === 0 || value === null || typeof value !== 'object') return value;
  const [head, ...rest] = at;
  if (Array.isArray(value)) {
    if (typeof head !== 'number') return value;
    return rest.length === 0
      ? value.filter((_, index) => index !== head)
      : value.map((entry, index) => (index === head ? without(entry, rest) : entry));
  }
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  const key = String(head);
  if (!Object.prototype.hasOwnProperty.call(copy, key)) return value;
  if (rest.length === 0) delete copy[key];
  else copy[key] = without(copy[key], rest);
  return copy;
}

/**
 * A review being typed may hold a value the case file refuses (a date of birth after the review
 * date, say). The draft sets each such value aside, keeps everything else and reports what it set
 * aside, so the determination stays live while the reviewer corrects it.
 */
export function draftOf(input: unknown): Draft {
  let value = input;
  const problems: CaseFileProblem[] = [];
  for (let pass = 0; pass < 8; pass += 1) {
    const result = parseCaseFile(value);
    if (result.ok) return { caseFile: result.caseFile, problems };
    problems.push(...result.problems);
    const removable = result.problems.filter((p) => p.at.length > 0 && p.at[0] !== 'policy');
    if (removable.length === 0) break;
    for (const problem of removable) value = without(value, problem.at);
  }
  return { caseFile: emptyCaseFile(), problems };
}

export function emptyCaseFile(): CaseFile {
  return { policy: POLICY.number, answers: {} };
}
