import type {
  Coding,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireItemAnswerOption,
} from '@medplum/fhirtypes';
import {
  CODES,
  ITEMS,
  PARTS,
  POLICY,
  SECTION_IDS,
  SECTIONS,
  TRIAL_WAIVER_NOTE,
  TRIAL_WAIVER_REASONS,
  isItemId,
  type CodeSystem,
  type ItemId,
  type SectionId,
} from '../policy';
import { ANSWER_LABELS, answersFor } from './answers';
import { LIMITS, type Drug, type Indication, type Request, type ReviewStatus } from './case-file';
import type { Urgency } from './dates';

// LA.CP.MP.173 as a FHIR R4 Questionnaire, so a payer's prior-authorization systems (Da Vinci DTR)
// can take a review as a QuestionnaireResponse. The Questionnaire is built from src/policy: every
// policy item is a question whose linkId is the policy's own ID and whose text is the policy's
// words. `scripts/fhir-questionnaire.ts` writes it to public/fhir/, and a test keeps the published
// file equal to what this function builds.
//
// Identifiers are URNs: the app has no host of its own to name, and nothing here is fetched.

const URN = 'urn:pain-pump-review';

export const QUESTIONNAIRE_URL = `${URN}:Questionnaire:${POLICY.number}`;
/** The Questionnaire's version is the policy's revision: a new revision is a new Questionnaire. */
export const QUESTIONNAIRE_VERSION: string = POLICY.revision;
/** What a QuestionnaireResponse names in `questionnaire`: the canonical URL with its version. */
export const QUESTIONNAIRE_CANONICAL = `${QUESTIONNAIRE_URL}|${QUESTIONNAIRE_VERSION}`;

/** The code system of the three answer words (met / not_met / absent / present / unknown). */
export const ANSWER_SYSTEM = `${URN}:CodeSystem:answer`;

/** Code systems of the requested codes, as HL7 terminology names them. */
export const CODE_SYSTEM_URLS: Readonly<Record<CodeSystem, string>> = {
  CPT: 'http://www.ama-assn.org/go/cpt',
  HCPCS: 'https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets',
};

function systemOf(field: string): string {
  return `${URN}:CodeSystem:${field}`;
}

// Displays for the request's own choices. The policy prints no labels for these; the words are
// the app's, chosen to read the same as the wizard's.
const REQUEST_DISPLAYS: Readonly<Record<Request, string>> = {
  trial: 'Trial: a preliminary epidural or intrathecal trial (I)',
  implant: 'Implant: a permanent epidural or intrathecal pump (II)',
};
const DRUG_DISPLAYS: Readonly<Record<Drug, string>> = {
  opioid: 'An opioid, alone or with non-opioid drugs',
  baclofen: 'Baclofen',
  other: 'Another drug',
};
const INDICATION_DISPLAYS: Readonly<Record<Indication, string>> = {
  malignant: 'Malignant',
  nonmalignant: 'Non-malignant',
};
const URGENCY_DISPLAYS: Readonly<Record<Urgency, string>> = {
  standard: 'Standard',
  expedited: 'Expedited',
};
const STATUS_DISPLAYS: Readonly<Record<ReviewStatus, string>> = {
  in_progress: 'In progress',
  completed: 'Completed',
  amended: 'Amended',
};

function options(
  system: string,
  displays: Readonly<Record<string, string>>,
): QuestionnaireItemAnswerOption[] {
  return Object.entries(displays).map(([code, display]) => ({
    valueCoding: { system, code, display },
  }));
}

function choice(
  linkId: string,
  text: string,
  displays: Readonly<Record<string, string>>,
): QuestionnaireItem {
  return { linkId, text, type: 'choice', answerOption: options(systemOf(linkId), displays) };
}

function textQuestion(linkId: string, text: string): QuestionnaireItem {
  return { linkId, text, type: 'string', maxLength: LIMITS.textLength };
}

/** The answer codings of a policy item: its kind's three words, displayed as the app shows them. */
export function answerCodings(id: ItemId): Coding[] {
  const item = ITEMS.find((i) => i.id === id);
  if (!item) return [];
  return answersFor(item.kind).map((code) => ({
    system: ANSWER_SYSTEM,
    code,
    display: ANSWER_LABELS[code],
  }));
}

/** The linkId of the free-text note kept beside a policy item. */
export function noteLinkId(id: ItemId): string {
  return `${id}.note`;
}

function policyItems(section: SectionId): QuestionnaireItem[] {
  return ITEMS.filter((item) => item.section === section).flatMap((item) => [
    {
      linkId: item.id,
      prefix: item.id,
      text: item.text,
      type: 'choice' as const,
      answerOption: answerCodings(item.id).map((valueCoding) => ({ valueCoding })),
    },
    // The note is a sibling, not a child: in R4 a question's children are answered under its
    // answer, which would leave nowhere for a note on an item not yet answered.
    {
      linkId: noteLinkId(item.id),
      text: `Note on ${item.id}`,
      type: 'text' as const,
      maxLength: LIMITS.noteLength,
    },
  ]);
}

function sectionGroup(section: SectionId): QuestionnaireItem {
  return {
    linkId: section,
    prefix: section,
    text: SECTIONS[section].heading,
    type: 'group',
    item: policyItems(section),
  };
}

/** Part I (trial) or II (implant): A, its two indications; B, the contraindications. */
function partGroup(part: (typeof PARTS)[keyof typeof PARTS]): QuestionnaireItem {
  const sectionsUnder = (prefix: string) =>
    SECTION_IDS.filter((s) => s.startsWith(prefix)).map(sectionGroup);
  return {
    linkId: part.id,
    prefix: part.id,
    text: part.statement,
    type: 'group',
    item: [
      {
        linkId: `${part.id}.A`,
        prefix: `${part.id}.A`,
        text: part.indications,
        type: 'group',
        item: sectionsUnder(`${part.id}.A.`),
      },
      ...sectionsUnder(`${part.id}.B`),
    ],
  };
}

/** "3/30/26", as the policy prints its dates, to 2026-03-30. */
export function policyDateToIso(date: string): string {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{2})$/.exec(date);
  if (!match) throw new Error(`not a policy date: ${date}`);
  const [, month = '', day = '', year = ''] = match;
  return `20${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

function codeOption(code: (typeof CODES)[number]): QuestionnaireItemAnswerOption {
  return {
    valueCoding: {
      system: CODE_SYSTEM_URLS[code.system],
      code: code.code,
      display: code.description,
    },
  };
}

/** The Questionnaire for LA.CP.MP.173: one question for every field of a case file. */
export function buildQuestionnaire(): Questionnaire {
  return {
    resourceType: 'Questionnaire',
    id: POLICY.number,
    url: QUESTIONNAIRE_URL,
    identifier: [{ system: `${URN}:policy`, value: POLICY.number }],
    version: QUESTIONNAIRE_VERSION,
    name: POLICY.number.replace(/\W/g, '_'),
    title: `${POLICY.number} ${POLICY.title}`,
    status: 'active',
    subjectType: ['Patient'],
    publisher: POLICY.plan,
    description: `Clinical policy ${POLICY.number}, ${POLICY.title}, revision ${POLICY.revision}: every criterion and contraindication as a question, with the policy's outline number as its linkId and its exact words as its text. A criterion is answered Met, Not met or Not documented; a contraindication Absent, Present or Not documented.`,
    approvalDate: policyDateToIso(POLICY.approved),
    effectivePeriod: { start: policyDateToIso(POLICY.effective) },
    item: [
      {
        linkId: 'request-group',
        text: 'Request',
        type: 'group',
        item: [
          choice('drug', 'Drug to be given by the pump', DRUG_DISPLAYS),
          choice('request', 'Request type', REQUEST_DISPLAYS),
          choice('indication', 'Origin of the chronic pain', INDICATION_DISPLAYS),
          {
            ...choice('trialWaiver', TRIAL_WAIVER_NOTE, TRIAL_WAIVER_REASONS),
            // II Note: the waiver applies to an implant for pain of malignant origin only.
            enableWhen: [
              {
                question: 'request',
                operator: '=',
                answerCoding: { system: systemOf('request'), code: 'implant' },
              },
              {
                question: 'indication',
                operator: '=',
                answerCoding: { system: systemOf('indication'), code: 'malignant' },
              },
            ],
            enableBehavior: 'all',
          },
          choice('urgency', 'Urgency', URGENCY_DISPLAYS),
          { linkId: 'receivedAt', text: 'Request received', type: 'dateTime' },
        ],
      },
      {
        linkId: 'member',
        text: 'Member',
        type: 'group',
        item: [
          textQuestion('member.name', 'Member name'),
          textQuestion('member.id', 'Member ID'),
          { linkId: 'member.dateOfBirth', text: 'Member date of birth', type: 'date' },
        ],
      },
      {
        linkId: 'provider',
        text: 'Requesting provider',
        type: 'group',
        item: [
          textQuestion('provider.name', 'Provider name'),
          textQuestion('provider.npi', 'Provider NPI'),
        ],
      },
      partGroup(PARTS.trial),
      partGroup(PARTS.implant),
      {
        linkId: 'codes',
        text: 'Requested CPT/HCPCS codes',
        type: 'open-choice',
        repeats: true,
        answerOption: CODES.map(codeOption),
      },
      {
        linkId: 'review',
        text: 'Review',
        type: 'group',
        item: [
          { linkId: 'reviewDate', text: 'Review date', type: 'date' },
          textQuestion('reviewer.name', 'Reviewer'),
          choice('status', 'Review status', STATUS_DISPLAYS),
        ],
      },
    ],
  };
}

/** Every question (not group) of a Questionnaire, by linkId, in document order. */
export function questionsOf(questionnaire: Questionnaire): Map<string, QuestionnaireItem> {
  const out = new Map<string, QuestionnaireItem>();
  const walk = (items: readonly QuestionnaireItem[] | undefined) => {
    for (const item of items ?? []) {
      if (item.type === 'group') walk(item.item);
      else if (item.type !== 'display') out.set(item.linkId, item);
    }
  };
  walk(questionnaire.item);
  return out;
}

/**
 * Where a question's answer lives in a case file: a policy item's answer under `answers`, its note
 * under `notes`, anything else at the dotted path its linkId spells (`member.dateOfBirth`).
 */
export function caseFilePathOf(linkId: string): readonly string[] {
  if (isItemId(linkId)) return ['answers', linkId];
  const noteOf = linkId.endsWith('.note') ? linkId.slice(0, -'.note'.length) : undefined;
  if (noteOf !== undefined && isItemId(noteOf)) return ['notes', noteOf];
  return linkId.split('.');
}
