import type { Questionnaire, QuestionnaireItem } from '@medplum/fhirtypes';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CODES,
  ITEM_IDS,
  ITEMS,
  QUESTIONNAIRE_FILE,
  SECTIONS,
  TRIAL_WAIVER_NOTE,
  TRIAL_WAIVER_REASONS,
} from '../policy';
import { caseFileSchema } from './case-file';
import { REVIEW_RECORD_SHAPE } from './review-record';
import {
  ANSWER_SYSTEM,
  buildQuestionnaire,
  caseFilePathOf,
  CODE_SYSTEM_URLS,
  policyDateToIso,
  questionsOf,
  sectionLinkId,
} from './fhir-questionnaire';

const questionnaire = buildQuestionnaire();

interface Placed {
  readonly item: QuestionnaireItem;
  /** linkIds of the groups it sits in, outermost first. */
  readonly parents: readonly string[];
}

function flatten(
  items: readonly QuestionnaireItem[] | undefined,
  parents: readonly string[] = [],
): Placed[] {
  return (items ?? []).flatMap((item) => [
    { item, parents },
    ...flatten(item.item, [...parents, item.linkId]),
  ]);
}

const placed = flatten(questionnaire.item);
const byLinkId = (linkId: string) => placed.filter((p) => p.item.linkId === linkId);

// DESIGN.md, "The policy as data": the items of each section.
// An indication is asked first in its own list.
const DESIGN_SECTIONS = {
  'I.A.1': ['I.A.1', 'I.A.1.a', 'I.A.1.b', 'I.A.1.c'],
  'I.A.2': [
    'I.A.2',
    'I.A.2.a',
    'I.A.2.b',
    'I.A.2.c',
    'I.A.2.d',
    'I.A.2.e',
    'I.A.2.f',
    'I.A.2.g',
    'I.A.2.h',
  ],
  'I.B': ['I.B.1', 'I.B.2', 'I.B.3', 'I.B.4', 'I.B.5'],
  'II.A.1': ['II.A.1', 'II.A.1.a', 'II.A.1.b', 'II.A.1.c', 'II.A.1.d'],
  'II.A.2': [
    'II.A.2',
    'II.A.2.a',
    'II.A.2.b',
    'II.A.2.c',
    'II.A.2.d',
    'II.A.2.e',
    'II.A.2.f',
    'II.A.2.g',
    'II.A.2.h',
    'II.A.2.i',
  ],
  'II.B': ['II.B.1', 'II.B.2', 'II.B.3', 'II.B.4', 'II.B.5'],
} as const;
const CRITERION_SECTIONS = new Set(['I.A.1', 'I.A.2', 'II.A.1', 'II.A.2']);

describe('the Questionnaire for LA.CP.MP.173', () => {
  it('is the policy, active, at its revision and publisher', () => {
    expect(questionnaire.resourceType).toBe('Questionnaire');
    expect(questionnaire.status).toBe('active');
    expect(questionnaire.version).toBe('1/26');
    expect(questionnaire.publisher).toBe('Louisiana Healthcare Connections');
    expect(questionnaire.title).toContain('Implantable Intrathecal or Epidural Pain Pump');
    expect(questionnaire.identifier?.[0]?.value).toBe('LA.CP.MP.173');
    expect(questionnaire.approvalDate).toBe('2026-03-30');
    expect(questionnaire.effectivePeriod?.start).toBe('2026-04-30');
    // FHIR's name is machine-friendly: a capital letter, then letters, digits and underscores.
    expect(questionnaire.name).toMatch(/^[A-Z][A-Za-z0-9_]*$/);
  });

  it('gives every linkId once', () => {
    const linkIds = placed.map((p) => p.item.linkId);
    expect(new Set(linkIds).size).toBe(linkIds.length);
  });

  it('asks every policy item once, by its ID, in its section, with its exact text', () => {
    const all = Object.values(DESIGN_SECTIONS).flat();
    expect(all).toHaveLength(38);
    for (const [section, ids] of Object.entries(DESIGN_SECTIONS)) {
      const group = byLinkId(sectionLinkId(section as keyof typeof SECTIONS));
      expect(group, section).toHaveLength(1);
      expect(group[0]?.item.type).toBe('group');
      expect(group[0]?.item.text).toBe(SECTIONS[section as keyof typeof SECTIONS].heading);
      // The part (I or II) holds the section; A's indications sit under I.A / II.A.
      expect(group[0]?.parents[0]).toBe(section.split('.')[0]);
      for (const id of ids) {
        const found = byLinkId(id);
        expect(found, id).toHaveLength(1);
        const item = found[0]?.item;
        expect(found[0]?.parents.at(-1)).toBe(sectionLinkId(section as keyof typeof SECTIONS));
        expect(item?.prefix).toBe(id);
        // II.A.1.a keeps the policy's `*`, which ties it to the Note under II.
        expect(item?.text).toBe(
          `${ITEMS.find((i) => i.id === id)?.text}${id === 'II.A.1.a' ? '*' : ''}`,
        );
        expect(item?.text?.length).toBeGreaterThan(10);
      }
    }
    expect(byLinkId('I.A.2.g')[0]?.item.text).toBe(
      'Prior to the trial, systemic opioids have been weaned by at least 50%',
    );
  });

  it('answers a criterion Met / Not met / Not documented and a contraindication Absent / Present / Not documented', () => {
    for (const [section, ids] of Object.entries(DESIGN_SECTIONS)) {
      const expected = CRITERION_SECTIONS.has(section)
        ? [
            ['met', 'Met'],
            ['not_met', 'Not met'],
            ['unknown', 'Not documented'],
          ]
        : [
            ['absent', 'Absent'],
            ['present', 'Present'],
            ['unknown', 'Not documented'],
          ];
      for (const id of ids) {
        const item = byLinkId(id)[0]?.item;
        expect(item?.type, id).toBe('choice');
        expect(item?.repeats).toBeUndefined();
        expect(
          item?.answerOption?.map((o) => [o.valueCoding?.code, o.valueCoding?.display]),
        ).toEqual(expected);
        expect(new Set(item?.answerOption?.map((o) => o.valueCoding?.system))).toEqual(
          new Set([ANSWER_SYSTEM]),
        );
      }
    }
  });

  it('keeps a free-text note beside every policy item', () => {
    for (const id of ITEM_IDS) {
      const note = byLinkId(`${id}.note`);
      expect(note, id).toHaveLength(1);
      expect(note[0]?.item.type).toBe('text');
      expect(note[0]?.item.maxLength).toBe(4000);
      expect(note[0]?.parents).toEqual(byLinkId(id)[0]?.parents);
    }
  });

  it('lists questions only: groups are walked into, display text is not a question', () => {
    const questions = questionsOf({
      resourceType: 'Questionnaire',
      status: 'active',
      item: [
        { linkId: 'note', type: 'display', text: 'The Note under II' },
        {
          linkId: 'part',
          type: 'group',
          item: [
            { linkId: 'part.intro', type: 'display', text: 'Part I' },
            { linkId: 'reviewDate', type: 'date' },
          ],
        },
        { linkId: 'status', type: 'choice' },
      ],
    });
    expect([...questions.keys()]).toEqual(['reviewDate', 'status']);
  });

  it('has a question for every field a case file holds, so a review can travel whole', () => {
    const questions = questionsOf(questionnaire);
    const paths = new Set([...questions.keys()].map((linkId) => caseFilePathOf(linkId).join('.')));
    const shape = caseFileSchema.shape as Record<string, unknown>;
    // member, provider, reviewer: objects (optional, nullable) whose own keys are the fields.
    const objectShape = (schema: unknown): Record<string, unknown> | undefined => {
      let at = schema as
        | { shape?: Record<string, unknown>; def?: { innerType?: unknown; in?: unknown } }
        | undefined;
      for (let depth = 0; at && depth < 6; depth++) {
        if (at.shape) return at.shape;
        at = (at.def?.innerType ?? at.def?.in) as typeof at;
      }
      return undefined;
    };
    const nestedKeys = (key: string): string[] => {
      if (key === 'answers' || key === 'notes') return [];
      const inner = objectShape(shape[key]);
      return inner ? Object.keys(inner) : [];
    };
    for (const key of Object.keys(shape)) {
      if (key === 'policy') continue; // the Questionnaire itself names the policy
      // The plan's own record of its decision (REVIEW_RECORD_SHAPE: the nurse's action, the
      // medical director, sources, calculator inputs) travels in the case file; the response
      // carries the review's answers to a prior-authorization system.
      if (key in REVIEW_RECORD_SHAPE) continue;
      if (key === 'answers') {
        for (const id of ITEM_IDS) expect(paths, id).toContain(`answers.${id}`);
      } else if (key === 'notes') {
        for (const id of ITEM_IDS) expect(paths, id).toContain(`notes.${id}`);
      } else if (nestedKeys(key).length > 0) {
        for (const sub of nestedKeys(key))
          expect(paths, `${key}.${sub}`).toContain(`${key}.${sub}`);
      } else {
        expect(paths, key).toContain(key);
      }
    }
    expect(paths).toContain('member.dateOfBirth');
    expect(paths).toContain('trialWaiver');
    expect(paths).toContain('serviceDate');
  });

  it('asks each indication like a criterion, with the Background’s definition as its help', () => {
    for (const id of ['I.A.1', 'I.A.2', 'II.A.1', 'II.A.2']) {
      const item = byLinkId(id)[0]?.item;
      expect(item?.type, id).toBe('choice');
      expect(item?.answerOption?.map((o) => o.valueCoding?.code)).toEqual([
        'met',
        'not_met',
        'unknown',
      ]);
      const help = item?.item?.find((child) => child.type === 'display');
      expect(help?.text).toBe(
        'Chronic pain is often defined as pain that persists longer than six months.',
      );
      expect(help?.extension?.[0]?.valueCodeableConcept?.coding?.[0]?.code).toBe('help');
    }
  });

  it('prints the Note under II after II.A.1’s list, with the `*` that II.A.1.a carries', () => {
    const note = byLinkId('trial-waiver-note')[0];
    expect(note?.item.type).toBe('display');
    expect(note?.item.text).toBe(`*Note: ${TRIAL_WAIVER_NOTE}`);
    expect(note?.parents.at(-1)).toBe(sectionLinkId('II.A.1'));
    expect(byLinkId('II.A.1.a')[0]?.item.text).toMatch(/\*$/);
  });

  it("records the waiver request's grounds, one or more, only for a malignant implant (II Note)", () => {
    const waiver = byLinkId('trialWaiver')[0]?.item;
    expect(waiver?.repeats).toBe(true);
    expect(waiver?.text).toMatch(/request/);
    expect(waiver?.answerOption?.map((o) => o.valueCoding?.code)).toEqual([
      'advanced_disease',
      'limited_survival',
      'high_procedural_risk',
    ]);
    expect(waiver?.answerOption?.map((o) => o.valueCoding?.display)).toEqual(
      Object.values(TRIAL_WAIVER_REASONS),
    );
    expect(waiver?.enableBehavior).toBe('all');
    expect(waiver?.enableWhen?.map((w) => [w.question, w.operator, w.answerCoding?.code])).toEqual([
      ['request', '=', 'implant'],
      ['indication', '=', 'malignant'],
    ]);
    // enableWhen names questions that exist, with codings they can be answered with.
    for (const when of waiver?.enableWhen ?? []) {
      const target = byLinkId(when.question)[0]?.item;
      expect(target?.answerOption?.map((o) => o.valueCoding)).toContainEqual(
        expect.objectContaining({
          system: when.answerCoding?.system,
          code: when.answerCoding?.code,
        }),
      );
    }
  });

  it("lists the policy's code table as the codes' options, CPT and HCPCS by their FHIR systems, open to others", () => {
    const codes = byLinkId('codes')[0]?.item;
    expect(codes?.type).toBe('open-choice');
    expect(codes?.repeats).toBe(true);
    expect(codes?.answerOption?.map((o) => o.valueCoding?.code)).toEqual(CODES.map((c) => c.code));
    expect(
      codes?.answerOption?.find((o) => o.valueCoding?.code === '62350')?.valueCoding?.system,
    ).toBe('http://www.ama-assn.org/go/cpt');
    const hcpcs = CODES.find((c) => c.system === 'HCPCS');
    expect(hcpcs).toBeDefined();
    expect(
      codes?.answerOption?.find((o) => o.valueCoding?.code === hcpcs?.code)?.valueCoding?.system,
    ).toBe(CODE_SYSTEM_URLS.HCPCS);
  });

  it('is published in public/ exactly as the policy data builds it (run `npm run fhir:questionnaire`)', () => {
    const file = new URL(`../../public/${QUESTIONNAIRE_FILE}`, import.meta.url);
    const published = JSON.parse(readFileSync(file, 'utf8')) as Questionnaire;
    expect(published).toEqual(questionnaire);
  });
});

describe('where each question’s answer lives in a case file', () => {
  it('a policy item under answers, its note under notes, any other field at its dotted path', () => {
    expect(caseFilePathOf('I.A.2.g')).toEqual(['answers', 'I.A.2.g']);
    expect(caseFilePathOf('II.B.4.note')).toEqual(['notes', 'II.B.4']);
    expect(caseFilePathOf('member.dateOfBirth')).toEqual(['member', 'dateOfBirth']);
    expect(caseFilePathOf('drug')).toEqual(['drug']);
  });

  it('a linkId that only ends like a note, or a note on something that is not an item, is not an item’s note', () => {
    expect(caseFilePathOf('I.B.1xnote')).toEqual(['I', 'B', '1xnote']);
    expect(caseFilePathOf('provider.note')).toEqual(['provider', 'note']);
  });
});

describe('the policy’s dates, as FHIR writes dates', () => {
  it('reads M/D/YY as the policy prints it (approved 3/30/26; converted 12/01/20)', () => {
    expect(policyDateToIso('3/30/26')).toBe('2026-03-30');
    expect(policyDateToIso('4/30/26')).toBe('2026-04-30');
    expect(policyDateToIso('12/01/20')).toBe('2020-12-01');
    expect(policyDateToIso('1/5/26')).toBe('2026-01-05');
  });

  it.each(['2026-03-30', '3/30/2026', ' 3/30/26', '3/30/26 ', '3-30-26', '1/26'])(
    'refuses %j rather than guess',
    (date) => {
      expect(() => policyDateToIso(date)).toThrow(`not a policy date: ${date}`);
    },
  );
});
