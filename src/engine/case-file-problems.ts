import type { CaseFile } from './case-file';

// What is wrong with a case file, and how it is told to a person. Kept apart from the schema in
// case-file.ts (and from zod) so that the command line can report a problem without loading it.

/** One thing wrong with a case file: where (`answers["I.B.1"]`) and what. */
export interface CaseFileProblem {
  /** Where, as a reader writes it: `answers["I.B.1"]`, `member.dateOfBirth`. */
  readonly path: string;
  readonly message: string;
  /** The same place as keys, for code that needs to find the field. */
  readonly at: readonly (string | number)[];
}

export type CaseFileResult =
  | { readonly ok: true; readonly caseFile: CaseFile }
  | { readonly ok: false; readonly problems: readonly CaseFileProblem[] };

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Writes a path the way a reader would type it: member.dateOfBirth, answers["I.B.1"], codes[2]. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && IDENTIFIER.test(segment))
      out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out || '(the file)';
}

/** One line for a person: the first problem, and how many more there are. */
export function describeProblems(problems: readonly CaseFileProblem[]): string {
  const [first, ...rest] = problems;
  if (!first) return 'the case file is not valid';
  const more =
    rest.length === 0 ? '' : ` (and ${rest.length} more problem${rest.length === 1 ? '' : 's'})`;
  return `${first.path}: ${first.message}${more}`;
}
