// Writes the policy's FHIR Questionnaire to public/fhir/ from src/policy, so the published file is
// never typed by hand. `npm run fhir:questionnaire` after a change to the policy data;
// src/engine/fhir-questionnaire.test.ts fails while the committed file differs from what this writes.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { buildQuestionnaire } from '../src/engine/fhir-questionnaire';
import { QUESTIONNAIRE_FILE } from '../src/policy';

const path = fileURLToPath(new URL(`../public/${QUESTIONNAIRE_FILE}`, import.meta.url));
// Formatted as `npm run format` would leave it, so formatting the repository changes nothing.
const options = (await resolveConfig(path)) ?? {};
const text = await format(JSON.stringify(buildQuestionnaire()), { ...options, filepath: path });
writeFileSync(path, text);
console.log(`wrote ${path}`);
