import type { CaseFile } from '../../engine';
import { POLICY } from '../../policy';

// A reviewer keeps many case files in one downloads folder: the name says whose review it is, of
// what request, on which date, so the right one can be found without opening it. Only letters,
// digits, dots, hyphens and underscores, which every file system and mail gateway accepts.

const MAX_PART = 40;

/** Letters and digits of a name or ID, accents dropped, runs of anything else as one hyphen. */
export function fileNamePart(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_PART)
    .replace(/-+$/, '');
}

/**
 * `LA.CP.MP.173_<member ID, else name>_<trial|implant>_<review date>`: the part of a name that
 * both exports share. A part the review does not record is left out; an out-of-scope drug stands
 * where the request would.
 */
export function exportFileStem(caseFile: CaseFile, today: string): string {
  const member =
    fileNamePart(caseFile.member?.id ?? '') || fileNamePart(caseFile.member?.name ?? '');
  const request =
    caseFile.drug === 'baclofen' || caseFile.drug === 'other'
      ? caseFile.drug
      : (caseFile.request ?? '');
  const date = caseFile.reviewDate ?? today;
  return [POLICY.number, member, request, date].filter((part) => part !== '').join('_');
}

export function caseFileName(caseFile: CaseFile, today: string): string {
  return `${exportFileStem(caseFile, today)}.json`;
}

export function questionnaireResponseFileName(caseFile: CaseFile, today: string): string {
  return `${exportFileStem(caseFile, today)}.questionnaire-response.json`;
}
