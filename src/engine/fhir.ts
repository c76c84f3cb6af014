import type {
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  QuestionnaireResponseItemAnswer,
} from '@medplum/fhirtypes';
import { POLICY, SECTION_IDS } from '../policy';
import {
  formatPath,
  parseCaseFile,
  type CaseFile,
  type CaseFileProblem,
  type CaseFileResult,
  type ReviewStatus,
} from './case-file';
import {
  buildQuestionnaire,
  caseFilePathOf,
  QUESTIONNAIRE_CANONICAL,
  QUESTIONNAIRE_URL,
  QUESTIONNAIRE_VERSION,
  questionsOf,
} from './fhir-questionnaire';

// A review as a FHIR R4 QuestionnaireResponse to the policy's Questionnaire, and back. The case
// file stays the product's document; this is the same review in the form a payer's
// prior-authorization systems take. Round trip: fromQuestionnaireResponse(toQuestionnaireResponse(c))
// gives back c, except that empty text, empty lists and empty objects are left out (FHIR allows
// no empty values), which a case file treats the same as absent, and a time received written
// without seconds gains ":00" (FHIR's dateTime requires them; the app always writes them).

interface QuestionnaireIndex {
  readonly questionnaire: Questionnaire;
  readonly questions: ReadonlyMap<string, QuestionnaireItem>;
  readonly groupLinkIds: ReadonlySet<string>;
}

let index: QuestionnaireIndex | undefined;

/** The policy's Questionnaire and its items by linkId, built on first use. */
function questionnaireIndex(): QuestionnaireIndex {
  if (!index) {
    const questionnaire = buildQuestionnaire();
    index = {
      questionnaire,
      questions: questionsOf(questionnaire),
      groupLinkIds: new Set(groupLinkIdsOf(questionnaire.item)),
    };
  }
  return index;
}

function groupLinkIdsOf(items: readonly QuestionnaireItem[] | undefined): string[] {
  return (items ?? []).flatMap((i) =>
    i.type === 'group' ? [i.linkId, ...groupLinkIdsOf(i.item)] : [],
  );
}

export interface ToQuestionnaireResponseOptions {
  /** When the response was written (FHIR dateTime). Left out when not given. */
  readonly authored?: string;
}

const RESPONSE_STATUS: Readonly<Record<ReviewStatus, QuestionnaireResponse['status']>> = {
  in_progress: 'in-progress',
  completed: 'completed',
  amended: 'amended',
};

function valueAt(caseFile: CaseFile, path: readonly string[]): unknown {
  let value: unknown = caseFile;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function codingAnswer(
  question: QuestionnaireItem,
  code: string,
): QuestionnaireResponseItemAnswer | undefined {
  const option = question.answerOption?.find((o) => o.valueCoding?.code === code);
  return option?.valueCoding ? { valueCoding: { ...option.valueCoding } } : undefined;
}

/** FHIR's dateTime requires seconds when it has a time; a case file may leave them out. */
function withSeconds(dateTime: string): string {
  return dateTime.replace(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?=Z|[+-])/, '$1:00');
}

function answersOf(question: QuestionnaireItem, value: unknown): QuestionnaireResponseItemAnswer[] {
  if (value === undefined || value === '') return [];
  switch (question.type) {
    case 'choice': {
      // One answer, or, for a question that repeats (the waiver request's grounds), a list.
      const list: unknown[] = Array.isArray(value) ? value : [value];
      return list
        .map((v) => (typeof v === 'string' ? codingAnswer(question, v) : undefined))
        .filter((a): a is QuestionnaireResponseItemAnswer => a !== undefined);
    }
    case 'open-choice': {
      // The requested codes: a code in the policy's table as its coding, any other as text.
      const list = Array.isArray(value) ? value : [value];
      return list
        .filter((v): v is string => typeof v === 'string' && v !== '')
        .map((code) => codingAnswer(question, code) ?? { valueString: code });
    }
    case 'date':
      return typeof value === 'string' ? [{ valueDate: value }] : [];
    case 'dateTime':
      return typeof value === 'string' ? [{ valueDateTime: withSeconds(value) }] : [];
    case 'string':
    case 'text':
      return typeof value === 'string' ? [{ valueString: value }] : [];
    default:
      return [];
  }
}

function responseItems(
  caseFile: CaseFile,
  items: readonly QuestionnaireItem[] | undefined,
): QuestionnaireResponseItem[] {
  const out: QuestionnaireResponseItem[] = [];
  for (const item of items ?? []) {
    if (item.type === 'group') {
      const children = responseItems(caseFile, item.item);
      if (children.length > 0) out.push({ linkId: item.linkId, text: item.text, item: children });
    } else if (item.type !== 'display') {
      const answer = answersOf(item, valueAt(caseFile, caseFilePathOf(item.linkId)));
      if (answer.length > 0) out.push({ linkId: item.linkId, text: item.text, answer });
    }
  }
  return out;
}

/**
 * The member the review is about: the member ID as the reference's identifier (with no system:
 * the app does not know the plan's member-ID namespace) and the name as its display.
 */
function subjectOf(caseFile: CaseFile): QuestionnaireResponse['subject'] {
  const id = caseFile.member?.id;
  const name = caseFile.member?.name;
  if (!id && !name) return undefined;
  return {
    type: 'Patient',
    ...(id ? { identifier: { value: id } } : {}),
    ...(name ? { display: name } : {}),
  };
}

/** The review as a QuestionnaireResponse to the policy's Questionnaire. Pure. */
export function toQuestionnaireResponse(
  caseFile: CaseFile,
  options: ToQuestionnaireResponseOptions = {},
): QuestionnaireResponse {
  // The member and the reviewer are also answers in the items (what an import reads back);
  // subject and author say the same for systems that look there.
  const subject = subjectOf(caseFile);
  const reviewer = caseFile.reviewer?.name;
  return {
    resourceType: 'QuestionnaireResponse',
    questionnaire: QUESTIONNAIRE_CANONICAL,
    status: RESPONSE_STATUS[caseFile.status ?? 'in_progress'],
    ...(subject ? { subject } : {}),
    ...(options.authored === undefined ? {} : { authored: options.authored }),
    ...(reviewer ? { author: { display: reviewer } } : {}),
    item: responseItems(caseFile, questionnaireIndex().questionnaire.item),
  };
}

// ---- back from a QuestionnaireResponse ----

type Keys = (string | number)[];

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function problem(at: Keys, message: string, path = formatPath(at)): CaseFileProblem {
  return { path, message, at };
}

/** Where in the response a case-file field came from, to name it in a problem. */
interface Origin {
  readonly label: string;
  readonly at: Keys;
}

/**
 * How deep a response's items may nest. The Questionnaire's groups nest a few levels; a response
 * mirrors them. Reading goes down one call per level, so a file nested thousands deep would
 * exhaust the stack: it is refused before that, with a message, instead of crashing the import.
 */
export const MAX_ITEM_DEPTH = 32;

class Reader {
  readonly problems: CaseFileProblem[] = [];
  readonly file: Record<string, unknown> = { policy: POLICY.number, answers: {} };
  readonly origins = new Map<string, Origin>();
  private readonly seen = new Set<string>();

  readItems(items: unknown, at: Keys, depth = 1): void {
    if (items === undefined) return;
    if (!Array.isArray(items)) {
      this.problems.push(problem(at, 'must be a list of items'));
      return;
    }
    if (depth > MAX_ITEM_DEPTH) {
      this.problems.push(
        problem(
          at.slice(0, 2),
          `nests items more than ${MAX_ITEM_DEPTH} levels deep; the Questionnaire's nest a few`,
        ),
      );
      return;
    }
    items.forEach((item, index) => this.readItem(item, [...at, index], depth));
  }

  private readItem(item: unknown, at: Keys, depth: number): void {
    if (!isRecord(item)) {
      this.problems.push(problem(at, 'must be an item (an object with a linkId)'));
      return;
    }
    const linkId = item.linkId;
    if (typeof linkId !== 'string') {
      this.problems.push(
        problem([...at, 'linkId'], 'must be text, the linkId of a Questionnaire item'),
      );
      return;
    }
    const { questions, groupLinkIds } = questionnaireIndex();
    // Responses written before the indications were asked named each list's group by the
    // section's ID (I.A.1), which is now the indication's own question: read such a group's items.
    if (
      SECTION_IDS.some((section) => section === linkId) &&
      Object.hasOwn(item, 'item') &&
      !Object.hasOwn(item, 'answer')
    ) {
      this.readItems(item.item, [...at, 'item']);
      return;
    }
    const question = questions.get(linkId);
    if (!question && !groupLinkIds.has(linkId)) {
      this.problems.push(
        problem(
          [...at, 'linkId'],
          // The unknown linkId is not repeated: it is text from the file, and may be patient data.
          `is not an item of the ${POLICY.number} Questionnaire`,
        ),
      );
      return;
    }
    if (!question) {
      // A group: its items are read, it carries no answer of its own.
      if (Object.hasOwn(item, 'answer')) {
        this.problems.push(
          problem([...at, 'answer'], `"${linkId}" is a group and takes no answer`),
        );
        return;
      }
      this.readItems(item.item, [...at, 'item'], depth + 1);
      return;
    }
    if (Object.hasOwn(item, 'item')) {
      this.problems.push(
        problem([...at, 'item'], `"${linkId}" is a question and has no nested items`),
      );
      return;
    }
    if (this.seen.has(linkId)) {
      this.problems.push(problem([...at, 'linkId'], `"${linkId}" is answered more than once`));
      return;
    }
    this.seen.add(linkId);
    if (Object.hasOwn(item, 'answer')) this.readAnswers(question, item.answer, [...at, 'answer']);
  }

  private readAnswers(question: QuestionnaireItem, answers: unknown, at: Keys): void {
    const label = `item "${question.linkId}"`;
    if (!Array.isArray(answers)) {
      this.problems.push(problem(at, 'must be a list of answers', label));
      return;
    }
    if (answers.length === 0) return;
    if (!question.repeats && answers.length > 1) {
      this.problems.push(problem(at, 'takes one answer', label));
      return;
    }
    const values: unknown[] = [];
    for (const [index, answer] of answers.entries()) {
      const where: Keys = [...at, index];
      if (!isRecord(answer)) {
        this.problems.push(problem(where, 'must be an answer object', label));
        return;
      }
      if (Object.hasOwn(answer, 'item')) {
        this.problems.push(problem([...where, 'item'], 'this question has no nested items', label));
        return;
      }
      const value = this.answerValue(question, answer, where, label);
      if (value === undefined) return;
      values.push(value);
    }
    const path = caseFilePathOf(question.linkId);
    const value = question.repeats ? values : values[0];
    this.set(path, value);
    this.origins.set(formatPath(path), { label, at });
    if (question.repeats) {
      values.forEach((_, index) =>
        this.origins.set(formatPath([...path, index]), {
          label: `${label} answer[${index}]`,
          at: [...at, index],
        }),
      );
    }
  }

  /** The answer's value as the case file words it, or undefined after recording a problem. */
  private answerValue(
    question: QuestionnaireItem,
    answer: Record<string, unknown>,
    at: Keys,
    label: string,
  ): unknown {
    const expected = this.expectedValueKeys(question);
    const given = Object.keys(answer).filter((k) => k.startsWith('value'));
    const key = given.find((k) => expected.includes(k));
    if (given.length !== 1 || key === undefined) {
      this.problems.push(problem(at, `must hold one ${expected.join(' or ')}`, label));
      return undefined;
    }
    const value = answer[key];
    if (key !== 'valueCoding') return value;
    if (!isRecord(value)) {
      this.problems.push(problem([...at, key], 'must be a coding', label));
      return undefined;
    }
    const systems = new Set(question.answerOption?.map((o) => o.valueCoding?.system));
    if (!systems.has(value.system as string | undefined)) {
      this.problems.push(
        problem(
          [...at, key, 'system'],
          `must be ${[...systems].map((s) => `"${s}"`).join(' or ')}`,
          `${label} system`,
        ),
      );
      return undefined;
    }
    if (typeof value.code !== 'string') {
      this.problems.push(problem([...at, key, 'code'], 'must be text', `${label} code`));
      return undefined;
    }
    return value.code;
  }

  private expectedValueKeys(question: QuestionnaireItem): string[] {
    switch (question.type) {
      case 'choice':
        return ['valueCoding'];
      case 'open-choice':
        return ['valueCoding', 'valueString'];
      case 'date':
        return ['valueDate'];
      case 'dateTime':
        return ['valueDateTime'];
      default:
        return ['valueString'];
    }
  }

  private set(path: readonly string[], value: unknown): void {
    let target = this.file;
    for (const key of path.slice(0, -1)) {
      const next = target[key];
      if (isRecord(next)) target = next;
      else {
        const created: Record<string, unknown> = {};
        target[key] = created;
        target = created;
      }
    }
    const last = path[path.length - 1];
    if (last !== undefined) target[last] = value;
  }

  /** A case-file problem, named by where the response gave the value. */
  relocate(p: CaseFileProblem): CaseFileProblem {
    for (let n = p.at.length; n > 0; n -= 1) {
      const origin = this.origins.get(formatPath(p.at.slice(0, n)));
      if (origin) return { path: origin.label, message: p.message, at: origin.at };
    }
    return p;
  }
}

/** Does this parsed JSON claim to be a FHIR resource (rather than a case file)? */
export function isFhirResource(value: unknown): value is { resourceType: unknown } {
  return isRecord(value) && Object.hasOwn(value, 'resourceType');
}

/**
 * A QuestionnaireResponse to the policy's Questionnaire, back as a case file. Untrusted input:
 * every problem names the field it is about, and the case file is validated like any other.
 * Never throws.
 */
export function fromQuestionnaireResponse(input: unknown): CaseFileResult {
  if (!isRecord(input)) {
    return { ok: false, problems: [problem([], 'a QuestionnaireResponse is a JSON object')] };
  }
  if (input.resourceType !== 'QuestionnaireResponse') {
    return {
      ok: false,
      problems: [
        problem(
          ['resourceType'],
          `is ${JSON.stringify(input.resourceType)}; expected "QuestionnaireResponse"`,
        ),
      ],
    };
  }
  const questionnaire = input.questionnaire;
  const [url, version] = typeof questionnaire === 'string' ? questionnaire.split('|') : [];
  if (url !== QUESTIONNAIRE_URL) {
    return {
      ok: false,
      problems: [
        problem(
          ['questionnaire'],
          `is ${JSON.stringify(questionnaire)}; expected "${QUESTIONNAIRE_CANONICAL}" (${POLICY.number})`,
        ),
      ],
    };
  }
  if (version !== undefined && version !== QUESTIONNAIRE_VERSION) {
    return {
      ok: false,
      problems: [
        problem(
          ['questionnaire'],
          `is version "${version}" of the Questionnaire; this app reviews revision ${QUESTIONNAIRE_VERSION}`,
        ),
      ],
    };
  }
  const reader = new Reader();
  reader.readItems(input.item, ['item']);
  if (reader.problems.length > 0) return { ok: false, problems: reader.problems };
  const result = parseCaseFile(reader.file);
  return result.ok
    ? result
    : { ok: false, problems: result.problems.map((p) => reader.relocate(p)) };
}
