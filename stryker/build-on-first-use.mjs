// Loaded before each test file when Stryker runs the tests (stryker/vitest.config.mjs).
// The engine builds the case-file schema and the FHIR Questionnaire's index on first use and keeps
// them. Stryker's per-test coverage would credit their code to whichever test happened to build
// them first, and try a mutant there against that test alone, never against the tests that
// check its messages. Built here, before any test, their code counts as run by every test (a
// static mutant), and each of its mutants meets every test file, quick ones first.
import { caseFileSchema } from '../src/engine/case-file';
import { fromQuestionnaireResponse } from '../src/engine/fhir';
import { QUESTIONNAIRE_CANONICAL } from '../src/engine/fhir-questionnaire';

caseFileSchema();
// One item with a linkId is enough for the reader to ask for the index.
fromQuestionnaireResponse({
  resourceType: 'QuestionnaireResponse',
  questionnaire: QUESTIONNAIRE_CANONICAL,
  item: [{ linkId: 'drug' }],
});
