// Loaded before each test file when Stryker runs the tests (stryker/vitest.config.mjs).
// The engine builds the FHIR Questionnaire's index on first use and keeps it. Stryker's per-test
// coverage would credit its code to whichever test happened to build it first, and try a mutant
// there against that test alone, never against the tests that check it. Built here, before any
// test, its code counts as run by every test (a static mutant), and each of its mutants meets
// every test file, quick ones first. (The case-file schema is built as its module loads: static.)
import { fromQuestionnaireResponse } from '../src/engine/fhir';
import { QUESTIONNAIRE_CANONICAL } from '../src/engine/fhir-questionnaire';

// One item with a linkId is enough for the reader to ask for the index.
fromQuestionnaireResponse({
  resourceType: 'QuestionnaireResponse',
  questionnaire: QUESTIONNAIRE_CANONICAL,
  item: [{ linkId: 'drug' }],
});
