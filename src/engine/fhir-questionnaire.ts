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
  TRIAL_WAIVER_MARK,
  TRIAL_WAIVER_NOTE,
  WAIVED_BY_TRIAL_WAIVER,
  isItemId,
  type CodeSystem,
  type ItemId,
  type SectionId,
} from '../policy';
import { ANSWER_LABELS, answersFor } from './answers';
import {
  DRUG_LABELS,
  FIELD_LABELS,
  INDICATION_LABELS,
  LIMITS,
  REQUEST_LABELS,
  STATUS_LABELS,
  TRIAL_WAIVER_LABELS,
  URGENCY_LABELS,
} from './case-file';

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

// The request's own choices and every field's text come from the case file's one table of
// words (case-file-words.ts), so the Questionnaire reads as the wizard and the summary do.

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

function textQuestion(linkId: keyof typeof FIELD_LABELS): QuestionnaireItem {
  return { linkId, text: FIELD_LABELS[linkId], type: 'string', maxLength: LIMITS.textLength };
}

/** The linkId of a section's group: the section's ID is its indication's own linkId (I.A.1). */
export function sectionLinkId(section: SectionId): string {
  return `group:${section}`;
}

/** The linkId of the display item holding the Note under II, which II.A.1.a's `*` points to. */
export const TRIAL_WAIVER_NOTE_LINK_ID = 'trial-waiver-note';

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
  const items: QuestionnaireItem[] = ITEMS.filter((item) => item.section === section).flatMap(
    (item): QuestionnaireItem[] => [
      {
        linkId: item.id,
        prefix: item.id,
        // II.A.1.a keeps the policy's `*`, which ties it to the Note under II.
        text: item.id === WAIVED_BY_TRIAL_WAIVER ? `${item.text}${TRIAL_WAIVER_MARK}` : item.text,
        type: 'choice' as const,
        answerOption: answerCodings(item.id).map((valueCoding) => ({ valueCoding })),
        // An indication carries the Background's definition of chronic pain as its help.
        ...(item.help
          ? {
              item: [
                {
                  linkId: `${item.id}.help`,
                  text: item.help,
                  type: 'display' as const,
                  extension: [
                    {
                      url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
                      valueCodeableConcept: {
                        coding: [
                          {
                            system: 'http://hl7.org/fhir/questionnaire-item-control',
                            code: 'help',
                          },
                        ],
                      },
                    },
                  ],
                },
              ],
            }
          : {}),
      },
      // The note is a sibling, not a child: in R4 a question's children are answered under its
      // answer, which would leave nowhere for a note on an item not yet answered.
      {
        linkId: noteLinkId(item.id),
        text: `Note on ${item.id}`,
        type: 'text' as const,
        maxLength: LIMITS.noteLength,
      },
    ],
  );
  // II Note, after the list it belongs to, marked as the policy marks it.
  if (section === 'II.A.1') {
    items.push({
      linkId: TRIAL_WAIVER_NOTE_LINK_ID,
      text: `${TRIAL_WAIVER_MARK}Note: ${TRIAL_WAIVER_NOTE}`,
      type: 'display',
    });
  }
  return items;
}

function sectionGroup(section: SectionId): QuestionnaireItem {
  return {
    linkId: sectionLinkId(section),
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
    description: `Clinical policy ${POLICY.number}, ${POLICY.title}, revision ${POLICY.revision}: every indication, criterion and contraindication as a question, with the policy's outline number as its linkId and its exact words as its text. An indication or a criterion is answered Met, Not met or Not documented; a contraindication Absent, Present or Not documented. A question left without an answer is not answered yet, which is not the same as Not documented.`,
    approvalDate: policyDateToIso(POLICY.approved),
    effectivePeriod: { start: policyDateToIso(POLICY.effective) },
    item: [
      {
        linkId: 'request-group',
        text: 'Request',
        type: 'group',
        item: [
          choice('drug', FIELD_LABELS.drug, DRUG_LABELS),
          choice('request', FIELD_LABELS.request, REQUEST_LABELS),
          choice('indication', FIELD_LABELS.indication, INDICATION_LABELS),
          {
            // II Note: the provider asks a medical director to waive the trial, on one ground or
            // more; it applies to an implant for pain of malignant origin only.
            ...choice('trialWaiver', FIELD_LABELS.trialWaiver, TRIAL_WAIVER_LABELS),
            repeats: true,
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
          choice('urgency', FIELD_LABELS.urgency, URGENCY_LABELS),
          { linkId: 'receivedAt', text: FIELD_LABELS.receivedAt, type: 'dateTime' },
        ],
      },
      {
        linkId: 'member',
        text: 'Member',
        type: 'group',
        item: [
          textQuestion('member.name'),
          textQuestion('member.id'),
          { linkId: 'member.dateOfBirth', text: FIELD_LABELS['member.dateOfBirth'], type: 'date' },
        ],
      },
      {
        linkId: 'provider',
        text: 'Requesting provider',
        type: 'group',
        item: [textQuestion('provider.name'), textQuestion('provider.npi')],
      },
      partGroup(PARTS.trial),
      partGroup(PARTS.implant),
      {
        linkId: 'codes',
        text: FIELD_LABELS.codes,
        type: 'open-choice',
        repeats: true,
        answerOption: CODES.map(codeOption),
      },
      {
        linkId: 'review',
        text: 'Review',
        type: 'group',
        item: [
          { linkId: 'reviewDate', text: FIELD_LABELS.reviewDate, type: 'date' },
          { linkId: 'serviceDate', text: FIELD_LABELS.serviceDate, type: 'date' },
          textQuestion('reviewer.name'),
          choice('status', FIELD_LABELS.status, STATUS_LABELS),
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
