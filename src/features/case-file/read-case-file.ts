import {
  fromQuestionnaireResponse,
  isFhirResource,
  MAX_CASE_FILE_BYTES,
  parseCaseFile,
  parseJsonBytes,
  shownProblem,
  tooLargeProblem,
  type CaseFileResult,
} from '../../engine';

export { MAX_CASE_FILE_BYTES };

/**
 * Reads a file the reviewer chose or dropped and validates it: a case file, or a FHIR
 * QuestionnaireResponse to the policy's Questionnaire (as "Export FHIR QuestionnaireResponse"
 * writes it). Its bytes are read as the command line reads them (parseJsonBytes: UTF-8 only,
 * at most 10 MB, no key named twice). Never throws; a refusal never repeats the file's values.
 */
export async function readCaseFile(file: File): Promise<CaseFileResult> {
  const result = await readValidated(file);
  return result.ok ? result : { ok: false, problems: result.problems.map(shownProblem) };
}

async function readValidated(file: File): Promise<CaseFileResult> {
  // Refused by its size, before a byte of it is read.
  if (file.size > MAX_CASE_FILE_BYTES) return { ok: false, problems: [tooLargeProblem()] };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, problems: [{ path: '(the file)', message: 'could not be read', at: [] }] };
  }
  if (bytes.every((byte) => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d)) {
    return {
      ok: false,
      problems: [{ path: '(the file)', message: 'is empty; a case file is a JSON object', at: [] }],
    };
  }
  const json = parseJsonBytes(bytes);
  if (!json.ok) return { ok: false, problems: [json.problem] };
  return isFhirResource(json.value)
    ? fromQuestionnaireResponse(json.value)
    : parseCaseFile(json.value);
}
