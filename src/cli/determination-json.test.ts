import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONTRAINDICATION_ANSWERS,
  CRITERION_ANSWERS,
  determine,
  parseCaseFile,
  TRIAL_WAIVERS,
  type CaseFileInput,
} from '../engine';
import { CODES, ITEMS } from '../policy';
import { determinationJson } from './determination-json';

// `evaluate --jsonl` writes determinations with its own serializer, for speed. Whatever the
// case, the line must be exactly what JSON.stringify writes: same fields, same order, same text.

const answerArb = fc.record(
  Object.fromEntries(
    ITEMS.map((item) => [
      item.id,
      fc.constantFrom(
        ...(item.kind === 'criterion' ? CRITERION_ANSWERS : CONTRAINDICATION_ANSWERS),
        undefined,
      ),
    ]),
  ),
  { requiredKeys: [] },
);

const dateArb = fc
  .date({
    min: new Date('1930-01-01T00:00:00Z'),
    max: new Date('2030-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

const caseArb: fc.Arbitrary<CaseFileInput> = fc
  .record(
    {
      request: fc.constantFrom('trial' as const, 'implant' as const, undefined),
      drug: fc.constantFrom('opioid' as const, 'baclofen' as const, 'other' as const, undefined),
      indication: fc.constantFrom('malignant' as const, 'nonmalignant' as const, undefined),
      trialWaiver: fc.constantFrom(...TRIAL_WAIVERS, undefined),
      answers: answerArb,
      codes: fc.option(
        fc.array(
          fc.oneof(
            fc.constantFrom(...CODES.map((c) => c.code)),
            fc.constantFrom('99999', 'e0782', 'A1'),
          ),
          {
            maxLength: 5,
          },
        ),
        { nil: undefined },
      ),
      dateOfBirth: fc.option(dateArb, { nil: undefined }),
      reviewDate: fc.option(dateArb, { nil: undefined }),
      receivedAt: fc.option(
        fc
          .date({
            min: new Date('2024-01-01T00:00:00Z'),
            max: new Date('2030-12-31T00:00:00Z'),
            noInvalidDate: true,
          })
          .map((d) => d.toISOString()),
        { nil: undefined },
      ),
      urgency: fc.constantFrom('standard' as const, 'expedited' as const, undefined),
    },
    { requiredKeys: [] },
  )
  .map((r) => {
    const waiverAllowed = r.request === 'implant' && r.indication === 'malignant';
    const bornLater =
      r.dateOfBirth !== undefined && r.reviewDate !== undefined && r.dateOfBirth > r.reviewDate;
    return {
      policy: 'LA.CP.MP.173',
      ...(r.request && { request: r.request }),
      ...(r.drug && { drug: r.drug }),
      ...(r.indication && { indication: r.indication }),
      ...(r.trialWaiver && waiverAllowed && { trialWaiver: r.trialWaiver }),
      answers: Object.fromEntries(
        Object.entries(r.answers ?? {}).filter(([, a]) => a !== undefined),
      ),
      ...(r.codes && { codes: r.codes }),
      ...(r.dateOfBirth && !bornLater && { member: { dateOfBirth: r.dateOfBirth } }),
      ...(r.reviewDate && { reviewDate: r.reviewDate }),
      ...(r.receivedAt && { receivedAt: r.receivedAt }),
      ...(r.urgency && { urgency: r.urgency }),
    } as CaseFileInput;
  });

describe('determinationJson', () => {
  it('writes exactly what JSON.stringify writes, for any case', () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const parsed = parseCaseFile(input);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const determination = determine(parsed.caseFile, { today: '2026-05-01' });
        expect(determinationJson(determination)).toBe(JSON.stringify(determination));
      }),
      { numRuns: 500 },
    );
  });

  it('writes each of the five outcomes the way JSON.stringify does', () => {
    const allSatisfied = Object.fromEntries(
      ITEMS.map((item) => [item.id, item.kind === 'criterion' ? 'met' : 'absent']),
    );
    const malignantImplant: CaseFileInput = {
      policy: 'LA.CP.MP.173',
      drug: 'opioid',
      request: 'implant',
      indication: 'malignant',
      answers: allSatisfied,
      codes: ['62350', 'C1772', '12345'],
      member: { dateOfBirth: '2010-06-01' },
      reviewDate: '2026-05-01',
      receivedAt: '2026-05-01T09:00:00-05:00',
      urgency: 'expedited',
    };
    const cases: CaseFileInput[] = [
      { policy: 'LA.CP.MP.173', drug: 'baclofen' },
      { policy: 'LA.CP.MP.173', drug: 'other', request: 'trial' },
      { policy: 'LA.CP.MP.173' },
      { ...malignantImplant, answers: { ...allSatisfied, 'II.B.3': 'present' } },
      { ...malignantImplant, trialWaiver: 'limited_survival' },
      malignantImplant,
    ];
    const outcomes = new Set<string>();
    for (const input of cases) {
      const parsed = parseCaseFile(input);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
      const determination = determine(parsed.caseFile, { today: '2026-05-01' });
      outcomes.add(determination.outcome);
      expect(determinationJson(determination)).toBe(JSON.stringify(determination));
    }
    expect(outcomes.size).toBe(5);
  });
});
