import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCaseFile, parseCaseFileText, type CaseFile } from './case-file';
import { determine, type Determination, type Outcome } from './determine';
import { CODE_FITS, CODES } from '../policy';
import {
  ALL_ITEMS,
  IND_I_A_1,
  IND_I_A_2,
  IND_II_A_1,
  IND_II_A_2,
  I_A_1,
  I_A_2,
  I_B,
  II_A_1,
  II_A_2,
  II_B,
  caseFile,
  failing,
  satisfying,
} from './paths.fixture';

const TODAY = { today: '2026-11-24' };
const RUNS = { numRuns: 300 };

// ---------------------------------------------------------------------------------------------
// Generators: the facts of a request and one answer (or none) per item.

type Ground = 'advanced_disease' | 'limited_survival' | 'high_procedural_risk';
const GROUNDS: readonly Ground[] = ['advanced_disease', 'limited_survival', 'high_procedural_risk'];

type Facts = {
  drug?: 'opioid' | 'baclofen' | 'other';
  request?: 'trial' | 'implant' | 'existing_pump';
  indication?: 'malignant' | 'nonmalignant' | 'other';
  /** As a file may hold it: one ground, or a list of them. */
  trialWaiver?: Ground | Ground[];
};

interface FactChoices {
  readonly drugs: readonly (Facts['drug'] | undefined)[];
  /** Whether a request or an indication may be one outside the policy's criteria. */
  readonly outside: boolean;
}

function factsArb({ drugs, outside }: FactChoices): fc.Arbitrary<Facts> {
  const requests: (Facts['request'] | undefined)[] = ['trial', 'implant', undefined];
  const indications: (Facts['indication'] | undefined)[] = ['malignant', 'nonmalignant', undefined];
  if (outside) {
    requests.push('existing_pump');
    indications.push('other');
  }
  return fc
    .record({
      drug: fc.constantFrom(...drugs),
      request: fc.constantFrom(...requests),
      indication: fc.constantFrom(...indications),
      trialWaiver: fc.oneof(
        fc.constant(undefined),
        fc.constantFrom(...GROUNDS),
        fc.subarray([...GROUNDS], { minLength: 1 }),
      ),
    })
    .map((f) => {
      const facts: Facts = {};
      if (f.drug !== undefined) facts.drug = f.drug;
      if (f.request !== undefined) facts.request = f.request;
      if (f.indication !== undefined) facts.indication = f.indication;
      // The schema allows a waiver request only on a malignant implant.
      if (f.trialWaiver !== undefined && f.request === 'implant' && f.indication === 'malignant') {
        facts.trialWaiver = f.trialWaiver;
      }
      return facts;
    });
}

const ANY_FACTS: FactChoices = {
  drugs: ['opioid', 'opioid', 'opioid', 'baclofen', 'other', undefined],
  outside: true,
};
/** Facts that keep the request in scope: an opioid (or no drug yet), trial or implant, chronic pain. */
const IN_SCOPE: FactChoices = { drugs: ['opioid', undefined], outside: false };

/** Complete facts for an opioid request: every path, with and without a waiver request. */
const completeFactsArb: fc.Arbitrary<Facts> = factsArb({
  drugs: ['opioid'],
  outside: false,
}).filter((f) => f.request !== undefined && f.indication !== undefined);

type Given = 'satisfies' | 'fails' | 'unknown' | 'none';

function word(id: string, given: Given): string | undefined {
  switch (given) {
    case 'satisfies':
      return satisfying(id);
    case 'fails':
      return failing(id);
    case 'unknown':
      return 'unknown';
    case 'none':
      return undefined;
  }
}

/** One answer (or none) per item, biased towards satisfying so that all outcomes come up. */
const answersArb: fc.Arbitrary<Record<string, string>> = fc
  .tuple(
    ...ALL_ITEMS.map(() =>
      fc.oneof(
        { weight: 14, arbitrary: fc.constant<Given>('satisfies') },
        { weight: 1, arbitrary: fc.constant<Given>('fails') },
        { weight: 1, arbitrary: fc.constant<Given>('unknown') },
        { weight: 1, arbitrary: fc.constant<Given>('none') },
      ),
    ),
  )
  .map((givens) => {
    const answers: Record<string, string> = {};
    ALL_ITEMS.forEach((id, i) => {
      const answer = word(id, givens[i]!);
      if (answer !== undefined) answers[id] = answer;
    });
    return answers;
  });

function fileOf(facts: Facts, answers: Record<string, string>): CaseFile {
  return caseFile({ ...facts, answers });
}

// ---------------------------------------------------------------------------------------------
// An oracle written from DESIGN.md alone ("Which items a request needs", the Note under II and
// "The determination"), with the item lists spelled out by hand.

/** DESIGN.md, "Which items a request needs", one path at a time. */
function itemsOfPathByDesign(request: 'trial' | 'implant', origin: 'malignant' | 'nonmalignant') {
  if (request === 'trial') {
    return origin === 'malignant' ? [IND_I_A_1, ...I_A_1, ...I_B] : [IND_I_A_2, ...I_A_2, ...I_B];
  }
  // The trial's lettered criteria, the implant's indication and criteria, and II.B.
  return origin === 'malignant'
    ? [...I_A_1, IND_II_A_1, ...II_A_1, ...II_B]
    : [...I_A_2, IND_II_A_2, ...II_A_2, ...II_B];
}

/** The items whose answers count: those of every path still possible. */
function countedByDesign(facts: Facts): string[] {
  const requests = facts.request ? [facts.request] : (['trial', 'implant'] as const);
  const origins = facts.indication ? [facts.indication] : (['malignant', 'nonmalignant'] as const);
  const items = new Set<string>();
  for (const r of requests)
    for (const o of origins)
      if (r !== 'existing_pump' && o !== 'other')
        for (const id of itemsOfPathByDesign(r, o)) items.add(id);
  return ALL_ITEMS.filter((id) => items.has(id));
}

/** II Note: with a request, II.A.1.a neither met nor not met is not required. */
function waiverStandsIn(facts: Facts, answers: Record<string, string>): boolean {
  const trial = answers['II.A.1.a'];
  return facts.trialWaiver !== undefined && trial !== 'met' && trial !== 'not_met';
}

function requiredByDesign(facts: Facts, answers: Record<string, string> = {}): string[] {
  const counted = countedByDesign(facts);
  return waiverStandsIn(facts, answers) ? counted.filter((id) => id !== 'II.A.1.a') : counted;
}

function oracle(facts: Facts, answers: Record<string, string>) {
  const out = (referral: string | null) => ({
    outcome: 'out_of_scope' as Outcome,
    referral,
    failing: [] as string[],
    missing: [] as string[],
    unanswered: [] as string[],
    waiverRequested: [] as string[],
  });
  // Rule 1: the first recorded fact, in this order, that puts the request out of scope.
  if (facts.drug === 'baclofen') return out('LA.PHAR.149');
  if (facts.drug === 'other') return out(null);
  if (facts.indication === 'other') return out('LA.CP.MP.107');
  if (facts.request === 'existing_pump') return out(null);

  const required = requiredByDesign(facts, answers);
  const failingIds = required.filter(
    (id) => answers[id] === 'not_met' || answers[id] === 'present',
  );
  const missingIds = required.filter(
    (id) => answers[id] === undefined || answers[id] === 'unknown',
  );
  const unansweredIds = required.filter((id) => answers[id] === undefined);
  const standsIn = waiverStandsIn(facts, answers);
  const undecided =
    facts.drug === undefined || facts.request === undefined || facts.indication === undefined;
  let outcome: Outcome;
  if (undecided)
    outcome = 'incomplete'; // rule 2
  else if (failingIds.length > 0)
    outcome = 'not_met'; // rule 3
  else if (missingIds.length > 0)
    outcome = 'incomplete'; // rule 4
  else if (standsIn)
    outcome = 'medical_director_review'; // rule 5
  else outcome = 'meets_criteria'; // rule 6
  return {
    outcome,
    referral: undefined,
    failing: failingIds,
    missing: missingIds,
    unanswered: unansweredIds,
    waiverRequested: standsIn ? ['II.A.1.a'] : [],
  };
}

/** Worst first: not_met, then incomplete, then the two favourable outcomes. */
function rank(outcome: Outcome): number {
  switch (outcome) {
    case 'not_met':
      return 0;
    case 'incomplete':
      return 1;
    case 'medical_director_review':
    case 'meets_criteria':
      return 2;
    case 'out_of_scope':
      throw new Error('out_of_scope has no rank');
  }
}

/** What a reader of the determination sees about the items, less the per-item trace. */
function verdict(d: Determination) {
  return {
    outcome: d.outcome,
    referral: d.referral,
    reason: d.reason,
    warnings: d.warnings,
    failing: d.failing,
    missing: d.missing,
    unanswered: d.unanswered,
    waiverRequested: d.waiverRequested,
    undecided: d.undecided,
    trialWaiver: d.trialWaiver,
  };
}

// ---------------------------------------------------------------------------------------------

describe('determine() agrees with DESIGN.md on any case', () => {
  it('outcome, referral and the item lists match the design’s rules', () => {
    fc.assert(
      fc.property(factsArb(ANY_FACTS), answersArb, (facts, answers) => {
        const d = determine(fileOf(facts, answers), TODAY);
        const expected = oracle(facts, answers);
        expect(d.outcome).toBe(expected.outcome);
        expect(d.referral).toBe(expected.referral);
        expect(d.failing).toEqual(expected.failing);
        expect(d.missing).toEqual(expected.missing);
        expect(d.unanswered).toEqual(expected.unanswered);
        expect(d.waiverRequested).toEqual(expected.waiverRequested);
      }),
      { numRuns: 500 },
    );
  });

  it('a code line is approvable exactly when the criteria are met, it is covered and it fits the request', () => {
    fc.assert(
      fc.property(
        factsArb(ANY_FACTS),
        answersArb,
        fc.array(fc.constantFrom(...CODES.map((c) => c.code), 'X1234'), { maxLength: 6 }),
        fc.constantFrom('1950-01-01', '2010-06-15'),
        (facts, answers, codes, dateOfBirth) => {
          const d = determine(
            caseFile({
              ...facts,
              answers,
              codes,
              member: { dateOfBirth },
              reviewDate: '2026-11-24',
            }),
            TODAY,
          );
          const outcome = oracle(facts, answers).outcome;
          for (const line of d.codes) {
            const fits =
              facts.request === undefined || !CODE_FITS[line.code]
                ? null
                : CODE_FITS[line.code]!.includes(facts.request);
            expect(line.fitsRequest, line.code).toBe(fits);
            const approvable =
              outcome === 'meets_criteria' && line.finding === 'covered' && fits === true;
            expect(line.action, line.code).toBe(approvable ? 'approvable' : 'refer');
          }
        },
      ),
      RUNS,
    );
  });

  it('a review date before 4/30/26 is warned about, and only then (no waiver request)', () => {
    fc.assert(
      fc.property(
        factsArb(IN_SCOPE).filter((f) => f.trialWaiver === undefined),
        answersArb,
        fc.date({ min: new Date('2025-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }),
        (facts, answers, date) => {
          const reviewDate = date.toISOString().slice(0, 10);
          const d = determine(caseFile({ ...facts, answers, reviewDate }), TODAY);
          expect(d.warnings.length).toBe(reviewDate < '2026-04-30' ? 1 : 0);
        },
      ),
      RUNS,
    );
  });
});

describe('documenting more never makes the outcome worse', () => {
  it('turning any unknown or unanswered items into met / absent', () => {
    fc.assert(
      fc.property(
        factsArb(IN_SCOPE),
        answersArb,
        fc.subarray(ALL_ITEMS, { minLength: 1 }),
        (facts, answers, chosen) => {
          const before = { ...answers };
          const after = { ...answers };
          for (const id of chosen) {
            if (before[id] === undefined || before[id] === 'unknown') after[id] = satisfying(id);
          }
          const worse = rank(determine(fileOf(facts, before), TODAY).outcome);
          const better = rank(determine(fileOf(facts, after), TODAY).outcome);
          expect(better).toBeGreaterThanOrEqual(worse);
        },
      ),
      RUNS,
    );
  });

  it('one unknown item documented: never worse, and for a required one the item leaves missing', () => {
    fc.assert(
      fc.property(
        completeFactsArb,
        answersArb,
        fc.constantFrom(...ALL_ITEMS),
        fc.boolean(),
        (facts, answers, id, drop) => {
          const before = { ...answers };
          if (drop) delete before[id];
          else before[id] = 'unknown';
          const after = { ...answers, [id]: satisfying(id) };
          const d0 = determine(fileOf(facts, before), TODAY);
          const d1 = determine(fileOf(facts, after), TODAY);
          expect(rank(d1.outcome)).toBeGreaterThanOrEqual(rank(d0.outcome));
          expect(d1.missing).not.toContain(id);
          expect(d1.failing).toEqual(d0.failing);
        },
      ),
      RUNS,
    );
  });
});

describe('a failing answer on a required item always gives not_met', () => {
  it('not_met on a required criterion or present on a required contraindication', () => {
    const withRequired = completeFactsArb.chain((facts) =>
      fc.tuple(fc.constant(facts), fc.constantFrom(...requiredByDesign(facts))),
    );
    fc.assert(
      fc.property(withRequired, answersArb, ([facts, id], answers) => {
        const d = determine(fileOf(facts, { ...answers, [id]: failing(id) }), TODAY);
        expect(d.outcome).toBe('not_met');
        expect(d.failing).toContain(id);
      }),
      RUNS,
    );
  });
});

describe('what does not count does not count', () => {
  it('the order in which answers were written changes nothing', () => {
    const shuffled = answersArb.chain((answers) => {
      const entries = Object.entries(answers);
      return fc
        .shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length })
        .map((perm) => [answers, Object.fromEntries(perm)] as const);
    });
    fc.assert(
      fc.property(factsArb(ANY_FACTS), shuffled, (facts, [answers, reordered]) => {
        expect(determine(fileOf(facts, reordered), TODAY)).toEqual(
          determine(fileOf(facts, answers), TODAY),
        );
      }),
      RUNS,
    );
  });

  it('answers to items the request does not need change nothing', () => {
    fc.assert(
      fc.property(
        completeFactsArb,
        answersArb,
        fc.array(fc.constantFrom<Given>('satisfies', 'fails', 'unknown'), {
          minLength: ALL_ITEMS.length,
          maxLength: ALL_ITEMS.length,
        }),
        (facts, answers, extraGivens) => {
          // II.A.1.a counts with a waiver request too: its answer decides whether the request stands in.
          const required = new Set(countedByDesign(facts));
          const onlyRequired = Object.fromEntries(
            Object.entries(answers).filter(([id]) => required.has(id)),
          );
          const withExtras = { ...onlyRequired };
          ALL_ITEMS.forEach((id, i) => {
            if (!required.has(id)) withExtras[id] = word(id, extraGivens[i]!)!;
          });
          expect(verdict(determine(fileOf(facts, withExtras), TODAY))).toEqual(
            verdict(determine(fileOf(facts, onlyRequired), TODAY)),
          );
        },
      ),
      RUNS,
    );
  });

  it('code findings never change the outcome', () => {
    fc.assert(
      fc.property(
        factsArb(ANY_FACTS),
        answersArb,
        fc.array(fc.constantFrom('62350', 'A4300', 's0093', 'E0783', '99999', 'C1755'), {
          maxLength: 8,
        }),
        fc.constantFrom(undefined, '1950-01-01', '2010-06-15'),
        (facts, answers, codes, dateOfBirth) => {
          const plain = determine(fileOf(facts, answers), TODAY);
          const withCodes = determine(
            caseFile({
              ...facts,
              answers,
              codes,
              ...(dateOfBirth ? { member: { dateOfBirth } } : {}),
            }),
            TODAY,
          );
          expect(verdict(withCodes)).toEqual(verdict(plain));
        },
      ),
      RUNS,
    );
  });
});

describe('the schema never throws, and refuses with a located message', () => {
  function expectRefusedWithProblems(run: () => ReturnType<typeof parseCaseFile>) {
    let result: ReturnType<typeof parseCaseFile> | undefined;
    expect(() => {
      result = run();
    }).not.toThrow();
    expect(result!.ok).toBe(false);
    if (result!.ok) return;
    expect(result!.problems.length).toBeGreaterThan(0);
    for (const problem of result!.problems) {
      expect(typeof problem.path).toBe('string');
      expect(problem.path.length).toBeGreaterThan(0);
      expect(typeof problem.message).toBe('string');
      expect(problem.message.length).toBeGreaterThan(0);
    }
  }

  it('any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => expectRefusedWithProblems(() => parseCaseFile(value))),
      RUNS,
    );
  });

  it('anything at all, including odd objects', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withBoxedValues: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withObjectString: true,
          withSparseArray: true,
          withTypedArray: true,
        }),
        (value) => expectRefusedWithProblems(() => parseCaseFile(value)),
      ),
      RUNS,
    );
  });

  it('any text, and any JSON text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => expectRefusedWithProblems(() => parseCaseFileText(text))),
      RUNS,
    );
    fc.assert(
      fc.property(fc.json(), (text) => expectRefusedWithProblems(() => parseCaseFileText(text))),
      RUNS,
    );
  });

  it('a file with the right policy number and junk everywhere else', () => {
    const junk = fc.dictionary(
      fc.oneof(
        fc.string(),
        fc.constantFrom(
          'answers',
          'codes',
          'member',
          'notes',
          'request',
          'reviewDate',
          '__proto__',
        ),
      ),
      fc.jsonValue({ maxDepth: 2 }),
      { minKeys: 1, maxKeys: 8 },
    );
    fc.assert(
      fc.property(junk, (fields) => {
        let result: ReturnType<typeof parseCaseFile> | undefined;
        expect(() => {
          result = parseCaseFileText(JSON.stringify({ policy: 'LA.CP.MP.173', ...fields }));
        }).not.toThrow();
        if (!result!.ok) {
          expect(result!.problems.length).toBeGreaterThan(0);
          for (const problem of result!.problems) {
            expect(problem.path.length).toBeGreaterThan(0);
            expect(problem.message.length).toBeGreaterThan(0);
          }
        }
      }),
      RUNS,
    );
  });

  it('answers keyed by anything: unknown keys and wrong words are each reported at their item', () => {
    const answers = fc.dictionary(
      fc.oneof(fc.constantFrom(...ALL_ITEMS), fc.string()),
      fc.oneof(
        fc.constantFrom('met', 'not_met', 'absent', 'present', 'unknown'),
        fc.jsonValue({ maxDepth: 1 }),
      ),
    );
    fc.assert(
      fc.property(answers, (given) => {
        const result = parseCaseFileText(
          JSON.stringify({ policy: 'LA.CP.MP.173', answers: given }),
        );
        const bad = Object.entries(given).filter(([id, value]) => {
          if (!ALL_ITEMS.includes(id)) return true;
          if (value === null) return false; // null: not answered yet
          const allowed = /\.B\./.test(id)
            ? ['absent', 'present', 'unknown']
            : ['met', 'not_met', 'unknown'];
          return !allowed.includes(value as string);
        });
        expect(result.ok).toBe(bad.length === 0);
        if (!result.ok) {
          const reported = result.problems.map((p) => p.at[1]).sort();
          expect(reported).toEqual(bad.map(([id]) => id).sort());
        }
      }),
      RUNS,
    );
  });
});

describe('a good case file survives its own JSON', () => {
  it('export then import gives the same determination', () => {
    fc.assert(
      fc.property(factsArb(ANY_FACTS), answersArb, (facts, answers) => {
        const input = { policy: 'LA.CP.MP.173', ...facts, answers };
        const direct = parseCaseFile(input);
        const viaText = parseCaseFileText(JSON.stringify(input));
        expect(direct.ok).toBe(true);
        expect(viaText.ok).toBe(true);
        if (direct.ok && viaText.ok) {
          expect(determine(viaText.caseFile, TODAY)).toEqual(determine(direct.caseFile, TODAY));
        }
      }),
      RUNS,
    );
  });
});
