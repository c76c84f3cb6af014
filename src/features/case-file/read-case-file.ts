import { parseCaseFileText, type CaseFileResult } from '../../engine';

/** A case file is a few kilobytes; anything this large is not one. */
export const MAX_CASE_FILE_BYTES = 1_000_000;

/** Reads a file the reviewer chose or dropped and validates it as a case file. Never throws. */
export async function readCaseFile(file: File): Promise<CaseFileResult> {
  if (file.size > MAX_CASE_FILE_BYTES) {
    return {
      ok: false,
      problems: [
        {
          path: file.name,
          message: `is ${Math.round(file.size / 1000)} KB; a case file is at most ${MAX_CASE_FILE_BYTES / 1000} KB`,
          at: [],
        },
      ],
    };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, problems: [{ path: file.name, message: 'could not be read', at: [] }] };
  }
  return parseCaseFileText(text);
}
