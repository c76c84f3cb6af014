import type { QuestionnaireItem, QuestionnaireResponseItem } from '@medplum/fhirtypes';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ITEMS, TRIAL_WAIVER_REASONS } from '../policy';
import { parseCaseFile, type CaseFile, type CaseFileInput } from './case-file';
import { fromQuestionnaireResponse, isFhirResource, toQuestionnaireResponse } from './fhir';
import { ANSWER_SYSTEM, buildQuestionnaire, QUESTIONNAIRE_URL } from './fhir-questionnaire';

const questionnaire = buildQuestionnaire();

function caseOf(input: CaseFileInput): CaseFile {
  const result = parseCaseFile(input);
  if (!result.ok) throw new Error(`test case is not valid: ${JSON.stringify(result.problems)}`);
  return result.caseFile;
}

/** Every item of a Questionnaire by linkId, with the linkId of the group it sits in. */
function placesOf(
  items: readonly QuestionnaireItem[] | undefined,
  parent = '',
  out = new Map<string, { item: QuestionnaireItem; parent: string }>(),
) {
  for (const item of items ?? []) {
    out.set(item.linkId, { item, parent });
    placesOf(item.item, item.linkId, out);
  }
  return out;
}
const PLACES = placesOf(questionnaire.item);

function responseItems(
  items: readonly QuestionnaireResponseItem[] | undefined,
  parent = '',
): { item: QuestionnaireResponseItem; parent: string }[] {
  return (items ?? []).flatMap((item) => [
    { item, parent },
    ...responseItems(item.item, item.linkId),
  ]);
}

// DESIGN.md's minimal case file.
const DESIGN_EXAMPLE = caseOf({
  policy: 'LA.CP.MP.173',
  request: 'implant',
  drug: 'opioid',
  indication: 'nonmalignant',
  answers: { 'I.A.2.a': 'met', 'II.B.4': 'absent', 'II.A.2.c': 'unknown' },
});

const FULL_TRIAL = caseOf({
  policy: 'LA.CP.MP.173',
  request: 'trial',
  drug: 'opioid',
  indication: 'nonmalignant',
  answers: {
    'I.A.2.a': 'met',
    'I.A.2.b': 'met',
    'I.A.2.g': 'not_met',
    'I.B.1': 'absent',
    'I.B.2': 'present',
    'I.B.3': 'unknown',
    'II.A.2.c': 'met', // not needed by a trial: kept all the same
  },
  notes: {
    'I.A.2.g': 'Weaned 30% only (MME 120 → 84). <img src=x onerror=alert(1)>',
    'I.B.5': 'No note of the site; ask the office.',
  },
  codes: ['62322', '62350', 'E0783', '99999', 'e0786'],
  member: { name: 'Jeanne Thibodeaux', id: 'LA-00123', dateOfBirth: '2007-02-28' },
  provider: { name: 'Bayou Pain Clinic', npi: '1234567893' },
  reviewer: { name: 'R. Landry, RN' },
  reviewDate: '2026-11-24',
  urgency: 'expedited',
  receivedAt: '2026-11-23T15:45:00-06:00',
  status: 'completed',
});

const WAIVED_IMPLANT = caseOf({
  policy: 'LA.CP.MP.173',
  request: 'implant',
  drug: 'opioid',
  indication: 'malignant',
  trialWaiver: 'limited_survival',
  answers: { 'I.A.1.a': 'met', 'II.A.1.b': 'met', 'II.B.1': 'absent' },
  status: 'amended',
});

const BACLOFEN = caseOf({ policy: 'LA.CP.MP.173', drug: 'baclofen', answers: {} });
const EMPTY = caseOf({ policy: 'LA.CP.MP.173' });

describe('toQuestionnaireResponse', () => {
  it("names the policy's Questionnaire and version, and answers DESIGN.md's example with the Questionnaire's codings", () => {
    const qr = toQuestionnaireResponse(DESIGN_EXAMPLE, { authored: '2026-11-24T10:00:00-06:00' });
    expect(qr.resourceType).toBe('QuestionnaireResponse');
    expect(qr.questionnaire).toBe(`${QUESTIONNAIRE_URL}|1/26`);
    expect(qr.status).toBe('in-progress');
    expect(qr.authored).toBe('2026-11-24T10:00:00-06:00');
    const answered = Object.fromEntries(
      responseItems(qr.item)
        .filter(({ item }) => item.answer)
        .map(({ item }) => [item.linkId, item.answer?.map((a) => a.valueCoding)]),
    );
    expect(answered).toEqual({
      drug: [expect.objectContaining({ code: 'opioid' })],
      request: [expect.objectContaining({ code: 'implant' })],
      indication: [expect.objectContaining({ code: 'nonmalignant' })],
      'I.A.2.a': [{ system: ANSWER_SYSTEM, code: 'met', display: 'Met' }],
      'II.A.2.c': [{ system: ANSWER_SYSTEM, code: 'unknown', display: 'Not documented' }],
      'II.B.4': [{ system: ANSWER_SYSTEM, code: 'absent', display: 'Absent' }],
    });
  });

  it('leaves out authored when not given, and maps the review status', () => {
    expect(toQuestionnaireResponse(EMPTY)).not.toHaveProperty('authored');
    expect(toQuestionnaireResponse(EMPTY).status).toBe('in-progress');
    expect(toQuestionnaireResponse(FULL_TRIAL).status).toBe('completed');
    expect(toQuestionnaireResponse(WAIVED_IMPLANT).status).toBe('amended');
  });

  it('names the member as its subject and the reviewer as its author, where the review gives them', () => {
    const member = { id: 'LA0012345678', name: 'Jordan A. Example' };
    const both = caseOf({ policy: 'LA.CP.MP.173', member, reviewer: { name: 'R. Nurse' } });
    expect(toQuestionnaireResponse(both).subject).toEqual({
      type: 'Patient',
      identifier: { value: 'LA0012345678' },
      display: 'Jordan A. Example',
    });
    expect(toQuestionnaireResponse(both).author).toEqual({ display: 'R. Nurse' });
    const idOnly = caseOf({ policy: 'LA.CP.MP.173', member: { id: 'LA0012345678' } });
    expect(toQuestionnaireResponse(idOnly).subject).toEqual({
      type: 'Patient',
      identifier: { value: 'LA0012345678' },
    });
    expect(toQuestionnaireResponse(idOnly)).not.toHaveProperty('author');
    const nameOnly = caseOf({
      policy: 'LA.CP.MP.173',
      member: { name: 'Jordan A. Example', dateOfBirth: '2008-03-10' },
    });
    expect(toQuestionnaireResponse(nameOnly).subject).toEqual({
      type: 'Patient',
      display: 'Jordan A. Example',
    });
    const birthOnly = caseOf({ policy: 'LA.CP.MP.173', member: { dateOfBirth: '2008-03-10' } });
    expect(toQuestionnaireResponse(birthOnly)).not.toHaveProperty('subject');
    expect(toQuestionnaireResponse(EMPTY)).not.toHaveProperty('subject');
    // Read back from the items, as before: subject and author change nothing on import.
    expect(fromQuestionnaireResponse(toQuestionnaireResponse(both))).toEqual({
      ok: true,
      caseFile: both,
    });
  });

  it('an empty review answers nothing', () => {
    expect(toQuestionnaireResponse(EMPTY).item).toEqual([]);
  });

  it.each([
    ['the DESIGN.md example', DESIGN_EXAMPLE],
    ['a full trial', FULL_TRIAL],
    ['a waived implant', WAIVED_IMPLANT],
    ['a baclofen referral', BACLOFEN],
  ])(
    '%s: every item is one of the Questionnaire, under the same group, answered from its options',
    (_, c) => {
      const qr = toQuestionnaireResponse(c);
      const seen = new Set<string>();
      for (const { item, parent } of responseItems(qr.item)) {
        const place = PLACES.get(item.linkId);
        expect(place, item.linkId).toBeDefined();
        expect(parent, item.linkId).toBe(place?.parent);
        expect(seen.has(item.linkId), `${item.linkId} twice`).toBe(false);
        seen.add(item.linkId);
        expect(item.text).toBe(place?.item.text);
        if (place?.item.type === 'group') {
          expect(item.answer).toBeUndefined();
          expect(item.item?.length).toBeGreaterThan(0);
          continue;
        }
        expect(item.item).toBeUndefined();
        expect(item.answer?.length).toBeGreaterThan(0);
        if (!place?.item.repeats) expect(item.answer).toHaveLength(1);
        for (const answer of item.answer ?? []) {
          // FHIR allows no empty values.
          for (const value of Object.values(answer)) expect(value).not.toBe('');
          if (answer.valueCoding) {
            expect(place?.item.answerOption?.map((o) => o.valueCoding)).toContainEqual(
              answer.valueCoding,
            );
          } else {
            // Only the codes are open to an answer outside the options.
            expect(place?.item.type === 'choice').toBe(false);
          }
        }
      }
    },
  );

  it('gives a code in the policy table as a CPT or HCPCS coding and any other code as text', () => {
    const codes = responseItems(toQuestionnaireResponse(FULL_TRIAL).item).find(
      ({ item }) => item.linkId === 'codes',
    );
    expect(codes?.item.answer).toEqual([
      {
        valueCoding: expect.objectContaining({
          system: 'http://www.ama-assn.org/go/cpt',
          code: '62322',
        }),
      },
      {
        valueCoding: expect.objectContaining({
          system: 'http://www.ama-assn.org/go/cpt',
          code: '62350',
        }),
      },
      { valueCoding: expect.objectContaining({ code: 'E0783' }) },
      { valueString: '99999' },
      // Written "e0786": looked up trimmed and upper-cased, it is the table's E0786.
      { valueCoding: expect.objectContaining({ code: 'E0786' }) },
    ]);
  });

  it('keeps a note as text, markup and all, beside its item', () => {
    const items = responseItems(toQuestionnaireResponse(FULL_TRIAL).item);
    const note = items.find(({ item }) => item.linkId === 'I.A.2.g.note');
    expect(note?.parent).toBe('group:I.A.2');
    expect(note?.item.answer).toEqual([{ valueString: FULL_TRIAL.notes?.['I.A.2.g'] }]);
  });

  it('writes the time received as a FHIR dateTime, with seconds', () => {
    const c = caseOf({ policy: 'LA.CP.MP.173', receivedAt: '2026-11-23T15:45-06:00' });
    const item = responseItems(toQuestionnaireResponse(c).item).find(
      ({ item }) => item.linkId === 'receivedAt',
    );
    expect(item?.item.answer).toEqual([{ valueDateTime: '2026-11-23T15:45:00-06:00' }]);
    const back = fromQuestionnaireResponse(toQuestionnaireResponse(c));
    expect(back.ok && back.caseFile.receivedAt).toBe('2026-11-23T15:45:00-06:00');
  });
});

describe('fromQuestionnaireResponse', () => {
  it.each([
    ['the DESIGN.md example', DESIGN_EXAMPLE],
    ['a full trial', FULL_TRIAL],
    ['a waived implant', WAIVED_IMPLANT],
    ['a baclofen referral', BACLOFEN],
    ['an empty review', EMPTY],
  ])('%s comes back as the same case', (_, c) => {
    // Through JSON, as a file would carry it.
    const qr: unknown = JSON.parse(
      JSON.stringify(toQuestionnaireResponse(c, { authored: '2026-11-24T10:00:00Z' })),
    );
    expect(fromQuestionnaireResponse(qr)).toEqual({ ok: true, caseFile: c });
  });

  it('any valid case comes back the same (property)', () => {
    const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '');
    const date = fc
      .date({
        min: new Date('1930-01-01T00:00:00Z'),
        max: new Date('2030-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    const offset = fc.constantFrom('Z', '-06:00', '-05:00', '+01:00');
    const dateTime = fc
      .tuple(
        fc.date({
          min: new Date('2020-01-01T00:00:00Z'),
          max: new Date('2030-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        offset,
      )
      .map(([d, z]) => `${d.toISOString().slice(0, 19)}${z}`);
    const answers = fc
      .subarray([...ITEMS])
      .chain((items) =>
        fc.tuple(
          ...items.map((item) =>
            fc
              .constantFrom(
                ...(item.kind === 'contraindication'
                  ? (['absent', 'present', 'unknown'] as const)
                  : (['met', 'not_met', 'unknown'] as const)),
              )
              .map((a) => [item.id, a] as const),
          ),
        ),
      )
      .map((entries) => Object.fromEntries(entries));
    const notes = fc
      .subarray(
        ITEMS.map((i) => i.id),
        { minLength: 1 },
      )
      .chain((ids) => fc.tuple(...ids.map((id) => text.map((t) => [id, t] as const))))
      .map((entries) => Object.fromEntries(entries));
    const code = fc.oneof(
      fc.constantFrom('62350', '62362', 'E0783', 'E0786', '62322'),
      fc.stringMatching(/^[A-Za-z0-9]{1,10}$/),
    );
    const caseInput = fc.record(
      {
        request: fc.constantFrom('trial', 'implant'),
        drug: fc.constantFrom('opioid', 'baclofen', 'other'),
        indication: fc.constantFrom('malignant', 'nonmalignant'),
        trialWaiver: fc.subarray(
          Object.keys(TRIAL_WAIVER_REASONS) as (keyof typeof TRIAL_WAIVER_REASONS)[],
          { minLength: 1 },
        ),
        answers,
        notes,
        codes: fc.array(code, { minLength: 1, maxLength: 6 }),
        member: fc
          .record({ name: text, id: text, dateOfBirth: date }, { requiredKeys: [] })
          .filter((m) => Object.keys(m).length > 0),
        provider: fc
          .record({ name: text, npi: text }, { requiredKeys: [] })
          .filter((m) => Object.keys(m).length > 0),
        reviewer: fc.record({ name: text }),
        reviewDate: date,
        serviceDate: date,
        urgency: fc.constantFrom('standard', 'expedited'),
        receivedAt: dateTime,
        status: fc.constantFrom('in_progress', 'completed', 'amended'),
      },
      { requiredKeys: ['answers'] },
    );
    fc.assert(
      fc.property(caseInput, (input) => {
        const parsed = parseCaseFile({ policy: 'LA.CP.MP.173', ...input });
        fc.pre(parsed.ok); // e.g. a waiver on a trial, or a birth after the review date
        if (!parsed.ok) return;
        const qr: unknown = JSON.parse(JSON.stringify(toQuestionnaireResponse(parsed.caseFile)));
        expect(fromQuestionnaireResponse(qr)).toEqual({ ok: true, caseFile: parsed.caseFile });
      }),
      { numRuns: 300 },
    );
  });

  it('leaves out what FHIR cannot hold empty: empty text, lists and objects', () => {
    const c = caseOf({
      policy: 'LA.CP.MP.173',
      notes: { 'I.B.1': '' },
      member: {},
      codes: [],
      answers: { 'I.B.1': 'absent' },
    });
    expect(fromQuestionnaireResponse(toQuestionnaireResponse(c))).toEqual({
      ok: true,
      caseFile: { policy: 'LA.CP.MP.173', answers: { 'I.B.1': 'absent' } },
    });
  });

  // A valid response to build bad ones from.
  const good = () =>
    JSON.parse(JSON.stringify(toQuestionnaireResponse(FULL_TRIAL))) as Record<string, unknown> & {
      item: QuestionnaireResponseItem[];
    };

  function findItem(
    items: QuestionnaireResponseItem[] | undefined,
    linkId: string,
  ): QuestionnaireResponseItem | undefined {
    for (const item of items ?? []) {
      if (item.linkId === linkId) return item;
      const inner = findItem(item.item, linkId);
      if (inner) return inner;
    }
    return undefined;
  }

  function problemsOf(input: unknown) {
    const result = fromQuestionnaireResponse(input);
    if (result.ok) throw new Error('expected the response to be refused');
    return result.problems;
  }

  it('refuses what is not a QuestionnaireResponse, naming resourceType', () => {
    expect(problemsOf([])[0]?.message).toMatch(/JSON object/);
    expect(problemsOf({ ...good(), resourceType: 'Questionnaire' })).toEqual([
      expect.objectContaining({
        path: 'resourceType',
        message: expect.stringContaining('QuestionnaireResponse'),
      }),
    ]);
    expect(problemsOf({ policy: 'LA.CP.MP.173' })[0]?.path).toBe('resourceType');
  });

  it('refuses a response to another Questionnaire or another revision, naming questionnaire', () => {
    expect(
      problemsOf({ ...good(), questionnaire: 'http://example.org/Questionnaire/other' }),
    ).toEqual([
      expect.objectContaining({
        path: 'questionnaire',
        message: expect.stringContaining('LA.CP.MP.173'),
      }),
    ]);
    expect(problemsOf({ ...good(), questionnaire: undefined })[0]?.path).toBe('questionnaire');
    expect(problemsOf({ ...good(), questionnaire: `${QUESTIONNAIRE_URL}|9/99` })).toEqual([
      expect.objectContaining({ path: 'questionnaire', message: expect.stringContaining('1/26') }),
    ]);
    // The canonical URL without a version is the same Questionnaire.
    expect(fromQuestionnaireResponse({ ...good(), questionnaire: QUESTIONNAIRE_URL }).ok).toBe(
      true,
    );
  });

  it('refuses an item the Questionnaire does not have, saying where without repeating it', () => {
    const qr = good();
    qr.item.push({
      linkId: 'I.A.2.z',
      answer: [{ valueCoding: { system: ANSWER_SYSTEM, code: 'met' } }],
    });
    const [p] = problemsOf(qr);
    expect(p?.message).toContain('is not an item of the LA.CP.MP.173 Questionnaire');
    expect(p?.message).not.toContain('I.A.2.z');
    expect(p?.path).toMatch(/^item\[\d+\]\.linkId$/);
    const proto = good();
    proto.item.push({ linkId: '__proto__', answer: [{ valueString: 'x' }] });
    expect(problemsOf(proto)[0]?.message).toContain('is not an item');
  });

  it("refuses a criterion answered in a contraindication's words, naming the item", () => {
    const qr = good();
    const item = findItem(qr.item, 'I.A.2.g');
    if (!item?.answer?.[0]?.valueCoding) throw new Error('fixture');
    item.answer[0].valueCoding.code = 'absent';
    expect(problemsOf(qr)).toEqual([
      expect.objectContaining({
        path: 'item "I.A.2.g"',
        message: expect.stringMatching(/met, not_met or unknown/),
      }),
    ]);
  });

  it('refuses an answer coded in another system, or two answers to one question', () => {
    const qr = good();
    const item = findItem(qr.item, 'I.B.1');
    if (!item?.answer?.[0]?.valueCoding) throw new Error('fixture');
    item.answer[0].valueCoding.system = 'http://snomed.info/sct';
    expect(problemsOf(qr)[0]).toEqual(
      expect.objectContaining({
        path: 'item "I.B.1" system',
        message: expect.stringContaining(ANSWER_SYSTEM),
      }),
    );

    const twice = good();
    const twiceItem = findItem(twice.item, 'I.B.1');
    twiceItem?.answer?.push({ valueCoding: { system: ANSWER_SYSTEM, code: 'present' } });
    expect(problemsOf(twice)[0]).toEqual(
      expect.objectContaining({ path: 'item "I.B.1"', message: 'takes one answer' }),
    );

    const asText = good();
    const textItem = findItem(asText.item, 'I.B.1');
    if (textItem) textItem.answer = [{ valueString: 'absent' }];
    expect(problemsOf(asText)[0]).toEqual(
      expect.objectContaining({
        path: 'item "I.B.1"',
        message: expect.stringContaining('valueCoding'),
      }),
    );
  });

  it('refuses an impossible date and a waiver on a trial, naming the item', () => {
    const qr = good();
    const dob = findItem(qr.item, 'member.dateOfBirth');
    if (!dob?.answer?.[0]) throw new Error('fixture');
    dob.answer[0].valueDate = '2026-02-30';
    expect(problemsOf(qr)).toEqual([
      expect.objectContaining({
        path: 'item "member.dateOfBirth"',
        message: expect.stringContaining('real date'),
      }),
    ]);

    const waiver = good();
    const group = findItem(waiver.item, 'request-group');
    group?.item?.push({
      linkId: 'trialWaiver',
      answer: [
        {
          valueCoding: {
            system: 'urn:pain-pump-review:CodeSystem:trialWaiver',
            code: 'advanced_disease',
          },
        },
      ],
    });
    expect(problemsOf(waiver)).toEqual([
      expect.objectContaining({
        path: 'item "trialWaiver"',
        message: expect.stringContaining('implant'),
      }),
    ]);
  });

  it('refuses the same question answered twice, an answer on a group, and items that are not a list', () => {
    const dup = good();
    dup.item.push({
      linkId: 'drug',
      answer: [
        { valueCoding: { system: 'urn:pain-pump-review:CodeSystem:drug', code: 'baclofen' } },
      ],
    });
    expect(problemsOf(dup)[0]?.message).toContain('more than once');

    const groupAnswer = good();
    groupAnswer.item.push({ linkId: 'member', answer: [{ valueString: 'x' }] });
    expect(problemsOf(groupAnswer)[0]?.message).toContain('group');

    expect(problemsOf({ ...good(), item: { linkId: 'drug' } })[0]).toEqual(
      expect.objectContaining({ path: 'item', message: expect.stringContaining('list') }),
    );
  });

  it('refuses text too long for the case file, naming the note', () => {
    const qr = good();
    const note = findItem(qr.item, 'I.B.5.note');
    if (!note?.answer?.[0]) throw new Error('fixture');
    note.answer[0].valueString = 'x'.repeat(4001);
    expect(problemsOf(qr)).toEqual([
      expect.objectContaining({
        path: 'item "I.B.5.note"',
        message: expect.stringContaining('4000'),
      }),
    ]);
  });
});

describe('isFhirResource', () => {
  it('tells a FHIR resource from a case file', () => {
    expect(isFhirResource({ resourceType: 'QuestionnaireResponse' })).toBe(true);
    expect(isFhirResource({ policy: 'LA.CP.MP.173' })).toBe(false);
    expect(isFhirResource(null)).toBe(false);
    expect(isFhirResource([])).toBe(false);
  });
});

// A QuestionnaireResponse is untrusted input: whatever is wrong with it is refused, never thrown,
// with the place named as keys (`at`) for code and as words (`path`) for a person.
describe('fromQuestionnaireResponse, item by item', () => {
  const CANONICAL = `${QUESTIONNAIRE_URL}|1/26`;
  const DRUG_SYSTEM = 'urn:pain-pump-review:CodeSystem:drug';
  const response = (item?: unknown) => ({
    resourceType: 'QuestionnaireResponse',
    questionnaire: CANONICAL,
    status: 'in-progress',
    ...(item === undefined ? {} : { item }),
  });
  const refusal = (input: unknown) => {
    const result = fromQuestionnaireResponse(input);
    if (result.ok) throw new Error('expected the response to be refused');
    return result.problems;
  };
  const drug = (answer: unknown) => ({ linkId: 'drug', answer });
  const opioid = { valueCoding: { system: DRUG_SYSTEM, code: 'opioid' } };

  it('a response with no items at all (FHIR allows none) is an empty review', () => {
    expect(fromQuestionnaireResponse(response())).toEqual({
      ok: true,
      caseFile: { policy: 'LA.CP.MP.173', answers: {} },
    });
    expect(fromQuestionnaireResponse(response([{ linkId: 'member' }]))).toEqual({
      ok: true,
      caseFile: { policy: 'LA.CP.MP.173', answers: {} },
    });
  });

  it('a question without an answer, or with an empty list of answers, answers nothing', () => {
    expect(fromQuestionnaireResponse(response([{ linkId: 'drug' }]))).toEqual({
      ok: true,
      caseFile: { policy: 'LA.CP.MP.173', answers: {} },
    });
    expect(fromQuestionnaireResponse(response([{ linkId: 'codes', answer: [] }]))).toEqual({
      ok: true,
      caseFile: { policy: 'LA.CP.MP.173', answers: {} },
    });
  });

  it('reads an answer that also carries an id or an extension, as FHIR elements may', () => {
    const result = fromQuestionnaireResponse(
      response([drug([{ id: 'a1', extension: [], ...opioid }])]),
    );
    expect(result.ok && result.caseFile.drug).toBe('opioid');
  });

  it('refuses an item that is not an object, naming its place', () => {
    expect(refusal(response([42]))).toEqual([
      { path: 'item[0]', message: 'must be an item (an object with a linkId)', at: ['item', 0] },
    ]);
  });

  it('refuses an item without a linkId, naming the linkId’s place', () => {
    expect(refusal(response([{}]))[0]).toMatchObject({
      path: 'item[0].linkId',
      at: ['item', 0, 'linkId'],
      message: expect.stringMatching(/linkId/),
    });
  });

  it('never repeats an unknown linkId: it is text from the file', () => {
    const [problem] = refusal(response([{ linkId: 'Jane Doe 1961-02-03' }]));
    expect(JSON.stringify(problem)).not.toContain('Jane');
  });

  it('names the place of a problem inside a group, and of an answer given to a group', () => {
    expect(refusal(response([{ linkId: 'member', item: [{ linkId: 'member.ssn' }] }]))).toEqual([
      {
        path: 'item[0].item[0].linkId',
        message: 'is not an item of the LA.CP.MP.173 Questionnaire',
        at: ['item', 0, 'item', 0, 'linkId'],
      },
    ]);
    expect(
      refusal(response([{ linkId: 'member', answer: [{ valueString: 'x' }] }]))[0],
    ).toMatchObject({ path: 'item[0].answer', at: ['item', 0, 'answer'] });
  });

  it('refuses a question that holds items of its own', () => {
    expect(refusal(response([{ linkId: 'drug', item: [{ linkId: 'request' }] }]))).toEqual([
      {
        path: 'item[0].item',
        message: '"drug" is a question and has no nested items',
        at: ['item', 0, 'item'],
      },
    ]);
  });

  it('names the second of two answers to the same question', () => {
    expect(refusal(response([drug([opioid]), drug([opioid])]))).toEqual([
      {
        path: 'item[1].linkId',
        message: '"drug" is answered more than once',
        at: ['item', 1, 'linkId'],
      },
    ]);
  });

  it('refuses answers that are not a list, or an answer that is not an object, by the item', () => {
    expect(refusal(response([drug(opioid)]))).toEqual([
      { path: 'item "drug"', message: 'must be a list of answers', at: ['item', 0, 'answer'] },
    ]);
    expect(refusal(response([drug(['opioid'])]))).toEqual([
      { path: 'item "drug"', message: 'must be an answer object', at: ['item', 0, 'answer', 0] },
    ]);
  });

  it('refuses an answer with items of its own under a question that has none', () => {
    expect(refusal(response([drug([{ ...opioid, item: [] }])]))).toEqual([
      {
        path: 'item "drug"',
        message: 'this question has no nested items',
        at: ['item', 0, 'answer', 0, 'item'],
      },
    ]);
  });

  it('refuses an answer with two values, or a value of the wrong type, saying which type it takes', () => {
    expect(refusal(response([drug([{ ...opioid, valueString: 'opioid' }])]))[0]?.message).toBe(
      'must hold one valueCoding',
    );
    expect(
      refusal(response([{ linkId: 'codes', answer: [{ valueDate: '2026-11-24' }] }]))[0],
    ).toEqual({
      path: 'item "codes"',
      message: 'must hold one valueCoding or valueString',
      at: ['item', 0, 'answer', 0],
    });
  });

  it('refuses a coding that is not an object, or that has no code', () => {
    expect(refusal(response([drug([{ valueCoding: 'opioid' }])]))).toEqual([
      {
        path: 'item "drug"',
        message: 'must be a coding',
        at: ['item', 0, 'answer', 0, 'valueCoding'],
      },
    ]);
    expect(refusal(response([drug([{ valueCoding: { system: DRUG_SYSTEM } }])]))).toEqual([
      {
        path: 'item "drug" code',
        message: 'must be text',
        at: ['item', 0, 'answer', 0, 'valueCoding', 'code'],
      },
    ]);
  });

  it('a requested code coded in another system is told both systems it may use: CPT or HCPCS', () => {
    const [problem] = refusal(
      response([
        {
          linkId: 'codes',
          answer: [{ valueCoding: { system: 'http://snomed.info/sct', code: '62350' } }],
        },
      ]),
    );
    expect(problem).toEqual({
      path: 'item "codes" system',
      message:
        'must be "http://www.ama-assn.org/go/cpt" or "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"',
      at: ['item', 0, 'answer', 0, 'valueCoding', 'system'],
    });
  });

  it('a requested code the case file refuses is named by its place among the answers', () => {
    const [problem, ...rest] = refusal(
      response([
        { linkId: 'codes', answer: [{ valueString: '62350' }, { valueString: 'not a code!' }] },
      ]),
    );
    expect(rest).toEqual([]);
    expect(problem).toEqual({
      path: 'item "codes" answer[1]',
      message: expect.stringMatching(/letters and digits/),
      at: ['item', 0, 'answer', 1],
    });
  });

  it('refuses items nested deeper than a response ever nests, before reading them, naming the top item', () => {
    let item: unknown = drug([opioid]);
    for (let depth = 0; depth < 2000; depth += 1) item = { linkId: 'request-group', item: [item] };
    const problems = refusal(response([item]));
    expect(problems).toEqual([
      expect.objectContaining({
        path: 'item[0]',
        message: expect.stringMatching(/more than 32 levels deep/),
      }),
    ]);
    // A few levels, as the Questionnaire nests, are read as usual.
    let shallow: unknown = drug([opioid]);
    for (let depth = 0; depth < 3; depth += 1)
      shallow = { linkId: 'request-group', item: [shallow] };
    expect(fromQuestionnaireResponse(response([shallow])).ok).toBe(true);
  });

  it('what is not a JSON object is refused as a whole', () => {
    expect(refusal('QuestionnaireResponse')).toEqual([
      { path: '(the file)', message: 'a QuestionnaireResponse is a JSON object', at: [] },
    ]);
  });
});

describe('the indications and the waiver request travel in FHIR', () => {
  const requested = caseOf({
    policy: 'LA.CP.MP.173',
    request: 'implant',
    drug: 'opioid',
    indication: 'malignant',
    trialWaiver: ['advanced_disease', 'high_procedural_risk'],
    answers: { 'II.A.1': 'met', 'I.A.1.a': 'met' },
    serviceDate: '2026-12-15',
  });

  it('the grounds of a waiver request are one answer each, and come back as the same list', () => {
    const qr = toQuestionnaireResponse(requested);
    const waiver = responseItems(qr.item).find(({ item }) => item.linkId === 'trialWaiver');
    expect(waiver?.item.answer?.map((a) => a.valueCoding?.code)).toEqual([
      'advanced_disease',
      'high_procedural_risk',
    ]);
    const back = fromQuestionnaireResponse(qr);
    expect(back.ok && back.caseFile).toEqual(requested);
  });

  it('an indication is answered under its own ID, and the date of service is kept', () => {
    const items = responseItems(toQuestionnaireResponse(requested).item);
    expect(items.find(({ item }) => item.linkId === 'II.A.1')?.item.answer).toEqual([
      { valueCoding: { system: ANSWER_SYSTEM, code: 'met', display: 'Met' } },
    ]);
    expect(items.find(({ item }) => item.linkId === 'serviceDate')?.item.answer).toEqual([
      { valueDate: '2026-12-15' },
    ]);
  });

  it('a response written before the indications, with each list grouped under its section ID, still reads', () => {
    const old = {
      resourceType: 'QuestionnaireResponse',
      questionnaire: `${QUESTIONNAIRE_URL}|1/26`,
      status: 'in-progress',
      item: [
        {
          linkId: 'I',
          item: [
            {
              linkId: 'I.A',
              item: [
                {
                  linkId: 'I.A.2',
                  item: [
                    {
                      linkId: 'I.A.2.a',
                      answer: [{ valueCoding: { system: ANSWER_SYSTEM, code: 'met' } }],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    };
    const back = fromQuestionnaireResponse(old);
    expect(back.ok && back.caseFile.answers).toEqual({ 'I.A.2.a': 'met' });
  });
});
