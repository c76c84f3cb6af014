import {
  fromQuestionnaireResponse,
  isFhirResource,
  parseCaseFile,
  parseCaseFileText,
  type CaseFileResult,
} from '../../engine';

/** A case file is a few kilobytes; anything this large is not one. */
export const MAX_CASE_FILE_BYTES = 1_000_000;

/**
 * Reads a file the reviewer chose or dropped and validates it: a case file, or a FHIR
 * QuestionnaireResponse to the policy's Questionnaire (as "Export FHIR QuestionnaireResponse"
 * writes it). Never throws.
 */
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
  if (text.trim() === '') {
    return {
      ok: false,
      problems: [{ path: file.name, message: 'is empty; a case file is a JSON object', at: [] }],
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Not JSON: the case-file parser says so in its usual words.
    return parseCaseFileText(text);
  }
  return isFhirResource(value) ? fromQuestionnaireResponse(value) : parseCaseFile(value);
}
