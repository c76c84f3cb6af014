import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CaseFile } from './case-file';
import { determine, OUTCOME_LABELS } from './determine';
import {
  ALL_ITEMS,
  I_A_1,
  I_A_2,
  I_B,
  II_A_1,
  II_A_2,
  II_B,
  PATHS,
  answersOf,
  caseFile,
  failing,
  pathCase,
  satisfying,
} from './paths.fixture';

const TODAY = { today: '2026-11-24' };

function without(answers: Record<string, string>, id: string): Record<string, string> {
  const copy = { ...answers };
  delete copy[id];
  return copy;
}

describe.each(PATHS.map((p) => [p.name, p] as const))('%s', (_name, path) => {
  const allMet = answersOf(path.required, satisfying);
  const notNeeded = ALL_ITEMS.filter((id) => !path.required.includes(id));

  it(`every required item satisfied, and nothing else answered: ${path.allSatisfied}`, () => {
    const d = determine(pathCase(path, allMet), TODAY);
    expect(d.outcome).toBe(path.allSatisfied);
    expect(d.failing).toEqual([]);
    expect(d.missing).toEqual([]);
    expect(d.undecided).toEqual([]);
    expect(d.referral).toBeUndefined();
    if (path.allSatisfied === 'medical_director_review') {
      // II Note: the trial's result is waived and a medical director reviews the case.
      expect(d.reason).toContain('II.A.1.a');
      expect(d.reason).toContain('(advanced disease)');
      expect(d.reason).toContain('medical director');
    } else {
      expect(d.reason).toContain(
        path.request === 'trial' ? 'for a preliminary trial' : 'for a permanent implant',
      );
    }
  });

  describe.each(path.required.map((id) => [id]))('required item %s', (id) => {
    it(`answered ${failing(id)} alone: not_met, failing names it`, () => {
      const d = determine(pathCase(path, { ...allMet, [id]: failing(id) }), TODAY);
      expect(d.outcome).toBe('not_met');
      expect(d.failing).toEqual([id]);
      expect(d.missing).toEqual([]);
    });

    it('answered unknown alone: incomplete, missing names it', () => {
      const d = determine(pathCase(path, { ...allMet, [id]: 'unknown' }), TODAY);
      expect(d.outcome).toBe('incomplete');
      expect(d.missing).toEqual([id]);
      expect(d.failing).toEqual([]);
    });

    it('left unanswered alone: incomplete, missing names it', () => {
      const d = determine(pathCase(path, without(allMet, id)), TODAY);
      expect(d.outcome).toBe('incomplete');
      expect(d.missing).toEqual([id]);
      expect(d.failing).toEqual([]);
    });
  });

  it('answers to items it does not need change nothing, even failing ones', () => {
    const base = determine(pathCase(path, allMet), TODAY);
    for (const extra of [failing, () => 'unknown', satisfying]) {
      const d = determine(pathCase(path, { ...allMet, ...answersOf(notNeeded, extra) }), TODAY);
      expect(d.outcome).toBe(path.allSatisfied);
      expect(d.failing).toEqual([]);
      expect(d.missing).toEqual([]);
      expect(d.reason).toBe(base.reason);
    }
  });

  it('answers it does not need are kept, marked not required', () => {
    const extra = notNeeded.filter((id) => id !== 'II.A.1.a');
    const d = determine(pathCase(path, { ...allMet, ...answersOf(extra, failing) }), TODAY);
    for (const id of extra) {
      const trace = d.items.find((t) => t.id === id);
      expect(trace, id).toMatchObject({
        id,
        required: false,
        answer: failing(id),
        status: 'not_required',
      });
    }
    for (const id of path.required) {
      expect(
        d.items.find((t) => t.id === id),
        id,
      ).toMatchObject({
        required: true,
        answer: satisfying(id),
        status: 'satisfied',
      });
    }
  });
});

describe('which items each request needs', () => {
  it('an implant needs the trial’s indication items but not the trial’s contraindications (I.B)', () => {
    const nonmalignant = PATHS.find((p) => p.name === 'implant, non-malignant')!;
    const withoutTrialItems = answersOf([...II_A_2, ...II_B], satisfying);
    const d = determine(pathCase(nonmalignant, withoutTrialItems), TODAY);
    expect(d.outcome).toBe('incomplete');
    expect(d.missing).toEqual(I_A_2);

    const malignant = PATHS.find((p) => p.name === 'implant, malignant')!;
    const d2 = determine(
      pathCase(malignant, {
        ...answersOf([...II_A_1, ...II_B], satisfying),
        ...answersOf(I_B, failing),
      }),
      TODAY,
    );
    expect(d2.outcome).toBe('incomplete');
    expect(d2.failing).toEqual([]);
    expect(d2.missing).toEqual(I_A_1);
  });

  it('a trial ignores every part II item, even one that fails', () => {
    const d = determine(
      caseFile({
        request: 'trial',
        drug: 'opioid',
        indication: 'nonmalignant',
        answers: {
          ...answersOf([...I_A_2, ...I_B], satisfying),
          ...answersOf([...II_A_1, ...II_A_2, ...II_B], failing),
        },
      }),
      TODAY,
    );
    expect(d.outcome).toBe('meets_criteria');
  });

  it('malignant ignores I.A.2 and II.A.2; non-malignant ignores I.A.1 and II.A.1', () => {
    const malignant = determine(
      caseFile({
        request: 'implant',
        drug: 'opioid',
        indication: 'malignant',
        answers: {
          ...answersOf([...I_A_1, ...II_A_1, ...II_B], satisfying),
          ...answersOf([...I_A_2, ...II_A_2], failing),
        },
      }),
      TODAY,
    );
    expect(malignant.outcome).toBe('meets_criteria');
    const nonmalignant = determine(
      caseFile({
        request: 'implant',
        drug: 'opioid',
        indication: 'nonmalignant',
        answers: {
          ...answersOf([...I_A_2, ...II_A_2, ...II_B], satisfying),
          ...answersOf([...I_A_1, ...II_A_1], failing),
        },
      }),
      TODAY,
    );
    expect(nonmalignant.outcome).toBe('meets_criteria');
  });
});

describe('the trial waiver (II Note)', () => {
  const waived = PATHS.find((p) => p.trialWaiver !== undefined)!;
  const allMet = answersOf(waived.required, satisfying);

  it.each(['advanced_disease', 'limited_survival', 'high_procedural_risk'])(
    'with a %s waiver, all else satisfied: medical director review',
    (trialWaiver) => {
      const d = determine(pathCase({ ...waived, trialWaiver } as typeof waived, allMet), TODAY);
      expect(d.outcome).toBe('medical_director_review');
      expect(d.trialWaiver).toBe(trialWaiver);
      expect(d.waived).toEqual(['II.A.1.a']);
      // The Note's own instances, in the reason's words.
      expect(d.reason).toContain(
        {
          advanced_disease: '(advanced disease)',
          limited_survival: '(survival time is limited)',
          high_procedural_risk: '(considered high risk for procedures)',
        }[trialWaiver],
      );
    },
  );

  it.each([['not_met'], ['unknown'], ['met']])('II.A.1.a answered %s does not count', (answer) => {
    const d = determine(pathCase(waived, { ...allMet, 'II.A.1.a': answer }), TODAY);
    expect(d.outcome).toBe('medical_director_review');
    expect(d.failing).toEqual([]);
    expect(d.missing).toEqual([]);
    expect(d.items.find((t) => t.id === 'II.A.1.a')).toMatchObject({
      status: 'waived',
      required: false,
    });
  });

  it('without the waiver, the same answers need II.A.1.a', () => {
    const noWaiver = PATHS.find((p) => p.name === 'implant, malignant')!;
    const d = determine(pathCase(noWaiver, allMet), TODAY);
    expect(d.outcome).toBe('incomplete');
    expect(d.missing).toEqual(['II.A.1.a']);
    expect(d.waived).toEqual([]);
    expect(d.trialWaiver).toBeNull();
  });

  // The schema refuses a waiver elsewhere; the engine must not honour one that reaches it anyway
  // (a form in progress, a caller that skipped the schema).
  it('a waiver that is not on a malignant implant is ignored by the engine', () => {
    const nonmalignant = PATHS.find((p) => p.name === 'implant, non-malignant')!;
    const file: CaseFile = {
      ...pathCase(nonmalignant, {
        ...answersOf(nonmalignant.required, satisfying),
        'II.A.2.a': 'not_met',
      }),
      trialWaiver: 'advanced_disease',
    };
    const d = determine(file, TODAY);
    expect(d.outcome).toBe('not_met');
    expect(d.failing).toEqual(['II.A.2.a']);
    expect(d.trialWaiver).toBeNull();

    const trial = PATHS.find((p) => p.name === 'trial, malignant')!;
    const trialFile: CaseFile = {
      ...pathCase(trial, answersOf(trial.required, satisfying)),
      trialWaiver: 'advanced_disease',
    };
    expect(determine(trialFile, TODAY).outcome).toBe('meets_criteria');
  });
});

describe('scope comes first', () => {
  const everyAnswerFailing = answersOf(ALL_ITEMS, failing);

  describe.each([
    ['baclofen', 'LA.PHAR.149'],
    ['other', 'LA.CP.MP.107'],
  ])('%s → %s', (drug, referral) => {
    it.each([
      ['trial', 'malignant'],
      ['trial', 'nonmalignant'],
      ['implant', 'malignant'],
      ['implant', 'nonmalignant'],
      ['trial', undefined],
      [undefined, undefined],
    ])('request %s, indication %s, whatever the answers', (request, indication) => {
      for (const answers of [everyAnswerFailing, {}, answersOf(ALL_ITEMS, satisfying)]) {
        const d = determine(caseFile({ drug, request, indication, answers }), TODAY);
        expect(d.outcome).toBe('out_of_scope');
        expect(d.referral).toBe(referral);
        expect(d.reason).toMatch(
          drug === 'baclofen'
            ? /^Baclofen is reviewed under LA\.PHAR\.149 Intrathecal Baclofen/
            : /^LA\.CP\.MP\.173 covers an opioid.* LA\.CP\.MP\.107 Durable Medical Equipment/,
        );
        expect(d.failing).toEqual([]);
        expect(d.missing).toEqual([]);
        expect(d.undecided).toEqual([]);
      }
    });
  });

  it('out of scope, the determination still records the request, the member’s age and the codes', () => {
    const d = determine(
      caseFile({
        drug: 'baclofen',
        request: 'implant',
        indication: 'malignant',
        trialWaiver: 'high_procedural_risk',
        member: { dateOfBirth: '2010-06-01' },
        reviewDate: '2026-11-24',
        codes: ['62362'],
      }),
    );
    expect(d).toMatchObject({
      outcome: 'out_of_scope',
      referral: 'LA.PHAR.149',
      request: 'implant',
      drug: 'baclofen',
      indication: 'malignant',
      trialWaiver: 'high_procedural_risk',
      memberAge: 16,
      reviewDate: '2026-11-24',
      reviewDateSource: 'case',
    });
    expect(d.codes).toEqual([expect.objectContaining({ code: '62362', finding: 'covered' })]);
  });

  it('an opioid request is in scope and names no referral', () => {
    const d = determine(
      caseFile({
        drug: 'opioid',
        request: 'trial',
        indication: 'malignant',
        answers: everyAnswerFailing,
      }),
      TODAY,
    );
    expect(d.outcome).toBe('not_met');
    expect(d.referral).toBeUndefined();
  });
});

describe('precedence: not_met, then incomplete, then medical director review', () => {
  const nonmalignant = PATHS.find((p) => p.name === 'implant, non-malignant')!;
  const waived = PATHS.find((p) => p.trialWaiver !== undefined)!;

  it('a failing item beats a missing one, and both lists are kept', () => {
    const answers = {
      ...answersOf(nonmalignant.required, satisfying),
      'I.A.2.a': 'not_met',
      'II.A.2.c': 'unknown',
    };
    delete (answers as Record<string, string>)['II.B.4'];
    const d = determine(pathCase(nonmalignant, answers), TODAY);
    expect(d.outcome).toBe('not_met');
    expect(d.failing).toEqual(['I.A.2.a']);
    expect(d.missing).toEqual(['II.A.2.c', 'II.B.4']);
  });

  it('a missing item beats the waiver’s medical director review', () => {
    const d = determine(
      pathCase(waived, { ...answersOf(waived.required, satisfying), 'I.A.1.b': 'unknown' }),
      TODAY,
    );
    expect(d.outcome).toBe('incomplete');
    expect(d.missing).toEqual(['I.A.1.b']);
  });

  it('a failing item beats the waiver’s medical director review', () => {
    const d = determine(
      pathCase(waived, { ...answersOf(waived.required, satisfying), 'II.B.3': 'present' }),
      TODAY,
    );
    expect(d.outcome).toBe('not_met');
    expect(d.failing).toEqual(['II.B.3']);
  });

  it('a failing item beats an undecided fact', () => {
    const d = determine(
      caseFile({ request: 'trial', indication: 'malignant', answers: { 'I.A.1.c': 'not_met' } }),
      TODAY,
    );
    expect(d.outcome).toBe('not_met');
    expect(d.failing).toEqual(['I.A.1.c']);
    expect(d.undecided).toEqual(['drug']);
  });
});

describe('failing and missing are in policy order, whatever order the answers came in', () => {
  it('across sections', () => {
    const path = PATHS.find((p) => p.name === 'implant, non-malignant')!;
    const answers: Record<string, string> = {};
    // Written in reverse policy order.
    for (const id of [...path.required].reverse()) answers[id] = satisfying(id);
    Object.assign(answers, { 'II.B.2': 'present', 'II.A.2.a': 'not_met', 'I.A.2.c': 'not_met' });
    Object.assign(answers, {
      'II.B.5': 'unknown',
      'II.A.2.i': 'unknown',
      'I.A.2.h': 'unknown',
      'I.A.2.a': 'unknown',
    });
    const d = determine(pathCase(path, answers), TODAY);
    expect(d.failing).toEqual(['I.A.2.c', 'II.A.2.a', 'II.B.2']);
    expect(d.missing).toEqual(['I.A.2.a', 'I.A.2.h', 'II.A.2.i', 'II.B.5']);
  });

  it('every item of a request unanswered: missing is the request’s list in policy order', () => {
    for (const path of PATHS) {
      const d = determine(pathCase(path, {}), TODAY);
      expect(d.outcome, path.name).toBe('incomplete');
      expect(d.missing, path.name).toEqual(path.required);
    }
  });

  it('the item trace covers all 34 items in policy order', () => {
    const d = determine(
      caseFile({ request: 'trial', drug: 'opioid', indication: 'malignant' }),
      TODAY,
    );
    expect(d.items.map((t) => t.id)).toEqual(ALL_ITEMS);
  });
});

describe('facts not yet recorded keep the review incomplete', () => {
  const everything = answersOf(ALL_ITEMS, satisfying);

  it('no drug', () => {
    const d = determine(
      caseFile({ request: 'trial', indication: 'malignant', answers: everything }),
      TODAY,
    );
    expect(d.outcome).toBe('incomplete');
    expect(d.undecided).toEqual(['drug']);
    expect(d.missing).toEqual([]);
    expect(d.drug).toBeNull();
  });

  it('no request', () => {
    const d = determine(
      caseFile({ drug: 'opioid', indication: 'malignant', answers: everything }),
      TODAY,
    );
    expect(d.outcome).toBe('incomplete');
    expect(d.undecided).toEqual(['request']);
    expect(d.request).toBeNull();
  });

  it('no indication', () => {
    const d = determine(
      caseFile({ drug: 'opioid', request: 'implant', answers: everything }),
      TODAY,
    );
    expect(d.outcome).toBe('incomplete');
    expect(d.undecided).toEqual(['indication']);
    expect(d.indication).toBeNull();
  });

  it('nothing recorded at all', () => {
    const d = determine(caseFile({}), TODAY);
    expect(d.outcome).toBe('incomplete');
    expect([...d.undecided].sort()).toEqual(['drug', 'indication', 'request']);
  });
});

describe('the review date', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('taken from the case when given', () => {
    const d = determine(caseFile({ reviewDate: '2026-06-01' }), TODAY);
    expect(d.reviewDate).toBe('2026-06-01');
    expect(d.reviewDateSource).toBe('case');
  });

  it('absent: the today option stands in, and says so', () => {
    const d = determine(caseFile({}), TODAY);
    expect(d.reviewDate).toBe('2026-11-24');
    expect(d.reviewDateSource).toBe('today');
  });

  it('absent with no today option: today’s date in Louisiana', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // 03:00Z on 25 Nov 2026 is 21:00 CST on 24 Nov.
    vi.setSystemTime(new Date(Date.UTC(2026, 10, 25, 3, 0, 0)));
    const d = determine(caseFile({}));
    expect(d.reviewDate).toBe('2026-11-24');
    expect(d.reviewDateSource).toBe('today');
  });

  it('the member’s age is taken on it', () => {
    const file = caseFile({ member: { dateOfBirth: '2005-11-24' } });
    expect(determine(file, { today: '2026-11-23' }).memberAge).toBe(20);
    expect(determine(file, { today: '2026-11-24' }).memberAge).toBe(21);
    expect(determine(caseFile({}), TODAY).memberAge).toBeNull();
  });
});

describe('the decision is due', () => {
  it('only when the time received is given', () => {
    expect(determine(caseFile({ urgency: 'expedited' }), TODAY).dueBy).toBeUndefined();
    expect(determine(caseFile({}), TODAY)).not.toHaveProperty('dueBy');
  });

  it('standard: 7 calendar days later, same Chicago clock time across the end of daylight time', () => {
    const d = determine(
      caseFile({ urgency: 'standard', receivedAt: '2026-10-29T10:00:00-05:00' }),
      TODAY,
    );
    expect(d.dueBy).toBe('2026-11-05T10:00:00-06:00');
  });

  it('expedited: 72 hours later', () => {
    const d = determine(
      caseFile({ urgency: 'expedited', receivedAt: '2026-10-30T10:00:00-05:00' }),
      TODAY,
    );
    expect(d.dueBy).toBe('2026-11-02T09:00:00-06:00');
  });

  it('no urgency recorded: the standard timeframe', () => {
    const d = determine(caseFile({ receivedAt: '2026-10-29T10:00:00-05:00' }), TODAY);
    expect(d.dueBy).toBe('2026-11-05T10:00:00-06:00');
  });
});

describe('the determination names its policy', () => {
  it('LA.CP.MP.173, revision 1/26', () => {
    const d = determine(caseFile({}), TODAY);
    expect(d.policy).toBe('LA.CP.MP.173');
    expect(d.revision).toBe('1/26');
  });

  it('the reason names the failing items', () => {
    const path = PATHS[0]!;
    const d = determine(
      pathCase(path, {
        ...answersOf(path.required, satisfying),
        'I.A.1.b': 'not_met',
        'I.B.2': 'present',
      }),
      TODAY,
    );
    expect(d.reason).toContain('I.A.1.b');
    expect(d.reason).toContain('I.B.2');
  });
});

// The reason is the one sentence the live determination and the printed summary show under the
// outcome: it has to name what the outcome rests on.
describe('the reason, in words', () => {
  it('baclofen: LA.PHAR.149 by its title, as the policy’s Refer line names it', () => {
    const d = determine(caseFile({ drug: 'baclofen' }), TODAY);
    expect(d.reason).toMatch(/^Baclofen /);
    expect(d.reason).toContain('LA.PHAR.149 Intrathecal Baclofen (Gablofen, Lioresal)');
    expect(d.reason).not.toContain('LA.CP.MP.107');
  });

  it('another drug: the policy covers an opioid, and LA.CP.MP.107 (DME, pumps) by its title', () => {
    const d = determine(caseFile({ drug: 'other', request: 'trial' }), TODAY);
    expect(d.reason).toContain('covers an opioid, alone or with non-opioid drugs');
    expect(d.reason).toContain('LA.CP.MP.107 Durable Medical Equipment (DME)');
    expect(d.reason).not.toContain('LA.PHAR.149');
    expect(d.reason).not.toMatch(/^Baclofen/);
  });

  it('not met: counts the failing items, one or many, and lists them in policy order', () => {
    const path = PATHS.find((p) => p.name === 'trial, malignant')!;
    const allMet = answersOf(path.required, satisfying);
    const one = determine(pathCase(path, { ...allMet, 'I.B.2': 'present' }), TODAY);
    expect(one.reason).toMatch(/^1 required item is not satisfied: I\.B\.2\.$/);
    const two = determine(
      pathCase(path, { ...allMet, 'I.B.2': 'present', 'I.A.1.b': 'not_met' }),
      TODAY,
    );
    expect(two.reason).toMatch(/^2 required items are not satisfied: I\.A\.1\.b, I\.B\.2\.$/);
  });

  it('incomplete, items missing: counts and lists them, and says nothing fails', () => {
    const path = PATHS.find((p) => p.name === 'implant, non-malignant')!;
    const allMet = answersOf(path.required, satisfying);
    const one = determine(pathCase(path, { ...allMet, 'II.A.2.c': 'unknown' }), TODAY);
    expect(one.reason).toBe('Nothing fails, but 1 required item is not documented: II.A.2.c.');
    const three = determine(
      pathCase(path, without({ ...allMet, 'II.A.2.c': 'unknown', 'I.A.2.e': 'unknown' }, 'II.B.4')),
      TODAY,
    );
    expect(three.reason).toBe(
      'Nothing fails, but 3 required items are not documented: I.A.2.e, II.A.2.c, II.B.4.',
    );
  });

  it('incomplete, facts not recorded: names each fact that decides which items are needed', () => {
    const d = determine(caseFile({}), TODAY);
    expect(d.reason).toMatch(/^Nothing fails, but not yet recorded: /);
    expect(d.reason).toContain(
      'the drug; whether this is a trial or an implant; whether the pain is of malignant or non-malignant origin.',
    );
    expect(d.reason).not.toContain('not documented');
  });

  it('incomplete, a fact and items both missing: both, joined', () => {
    // A trial with no indication yet needs I.B (DESIGN.md), here left unanswered.
    const d = determine(caseFile({ drug: 'opioid', request: 'trial' }), TODAY);
    expect(d.reason).toBe(
      'Nothing fails, but not yet recorded: whether the pain is of malignant or non-malignant origin; and 5 required items are not documented: I.B.1, I.B.2, I.B.3, I.B.4, I.B.5.',
    );
  });

  it.each([
    ['advanced_disease', 'advanced disease'],
    ['limited_survival', 'survival time is limited'],
    ['high_procedural_risk', 'considered high risk for procedures'],
  ])('medical director review (%s): the waived item and the Note’s ground, “%s”', (w, words) => {
    const waived = PATHS.find((p) => p.trialWaiver !== undefined)!;
    const d = determine(
      pathCase(
        { ...waived, trialWaiver: w } as typeof waived,
        answersOf(waived.required, satisfying),
      ),
      TODAY,
    );
    expect(d.reason).toContain('(II.A.1.a) is waived');
    expect(d.reason).toContain('malignant origin');
    expect(d.reason).toContain(`(${words})`);
    expect(d.reason).toContain('medical director');
  });

  it('meets criteria: says whether for a preliminary trial (I) or a permanent implant (II)', () => {
    for (const path of PATHS.filter((p) => p.allSatisfied === 'meets_criteria')) {
      const d = determine(pathCase(path, answersOf(path.required, satisfying)), TODAY);
      expect(d.reason, path.name).toContain(
        path.request === 'trial' ? 'for a preliminary trial' : 'for a permanent implant',
      );
      expect(d.reason, path.name).not.toContain(
        path.request === 'trial' ? 'implant' : 'preliminary trial',
      );
      expect(d.reason, path.name).toContain('no contraindication is present');
    }
  });
});

describe('outcome labels', () => {
  it('name each outcome, and send not met and a waived trial to a medical director, never a denial', () => {
    expect(OUTCOME_LABELS.meets_criteria).toBe('Meets criteria');
    expect(OUTCOME_LABELS.not_met).toMatch(/^Criteria not met/);
    expect(OUTCOME_LABELS.not_met).toMatch(/medical director/);
    expect(OUTCOME_LABELS.medical_director_review).toMatch(/^Medical director review/);
    expect(OUTCOME_LABELS.medical_director_review).toMatch(/trial waiver/);
    expect(OUTCOME_LABELS.incomplete).toMatch(/^Incomplete/);
    expect(OUTCOME_LABELS.incomplete).toMatch(/documentation/);
    expect(OUTCOME_LABELS.out_of_scope).toMatch(/^Out of scope/);
    expect(OUTCOME_LABELS.out_of_scope).toMatch(/another policy/);
    for (const label of Object.values(OUTCOME_LABELS)) expect(label).not.toMatch(/deni/i);
  });
});

describe('the item trace of a required item', () => {
  it('failing, missing (unknown or unanswered) and satisfied, each with the answer given', () => {
    const path = PATHS.find((p) => p.name === 'trial, non-malignant')!;
    const answers = without(
      { ...answersOf(path.required, satisfying), 'I.A.2.d': 'not_met', 'I.B.3': 'unknown' },
      'I.B.5',
    );
    const d = determine(pathCase(path, answers), TODAY);
    const traceOf = (id: string) => d.items.find((t) => t.id === id);
    expect(traceOf('I.A.2.d')).toEqual({
      id: 'I.A.2.d',
      required: true,
      answer: 'not_met',
      status: 'failing',
    });
    expect(traceOf('I.B.3')).toEqual({
      id: 'I.B.3',
      required: true,
      answer: 'unknown',
      status: 'missing',
    });
    expect(traceOf('I.B.5')).toEqual({
      id: 'I.B.5',
      required: true,
      answer: null,
      status: 'missing',
    });
    expect(traceOf('I.B.4')).toEqual({
      id: 'I.B.4',
      required: true,
      answer: 'absent',
      status: 'satisfied',
    });
  });
});

describe('a member born on the review date', () => {
  it('is 0, under 21: a * code is reviewed for medical necessity', () => {
    const d = determine(
      caseFile({
        codes: ['J2274'],
        member: { dateOfBirth: '2026-11-24' },
        reviewDate: '2026-11-24',
      }),
      TODAY,
    );
    expect(d.memberAge).toBe(0);
    expect(d.codes.map((c) => c.finding)).toEqual(['under21_review']);
  });
});
