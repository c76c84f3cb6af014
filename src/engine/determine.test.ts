import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CaseFile } from './case-file';
import { CODE_FITS } from '../policy';
import { determine, OUTCOME_LABELS } from './determine';
import {
  ALL_ITEMS,
  I_A_1,
  I_A_2,
  I_B,
  II_A_1,
  II_A_2,
  II_B,
  IND_I_A_1,
  IND_I_A_2,
  IND_II_A_1,
  IND_II_A_2,
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
  // With a waiver request, II.A.1.a is not required, but its answer still decides (II Note).
  const notNeeded = ALL_ITEMS.filter(
    (id) => !path.required.includes(id) && !(path.trialWaiver && id === 'II.A.1.a'),
  );

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
      expect(d.waiverRequested).toEqual(['II.A.1.a']);
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

    it('answered unknown alone: incomplete, missing names it, and it is not unanswered', () => {
      const d = determine(pathCase(path, { ...allMet, [id]: 'unknown' }), TODAY);
      expect(d.outcome).toBe('incomplete');
      expect(d.missing).toEqual([id]);
      expect(d.unanswered).toEqual([]);
      expect(d.failing).toEqual([]);
      expect(d.items.find((t) => t.id === id)?.status).toBe('not_documented');
    });

    it('left unanswered alone: incomplete, missing and unanswered name it', () => {
      const d = determine(pathCase(path, without(allMet, id)), TODAY);
      expect(d.outcome).toBe('incomplete');
      expect(d.missing).toEqual([id]);
      expect(d.unanswered).toEqual([id]);
      expect(d.failing).toEqual([]);
      expect(d.items.find((t) => t.id === id)?.status).toBe('unanswered');
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

describe('which items each request needs (DESIGN.md)', () => {
  it('a trial asks its indication first: every criterion met but I.A.2 unanswered is incomplete', () => {
    const path = PATHS.find((p) => p.name === 'trial, non-malignant')!;
    const d = determine(
      pathCase(path, without(answersOf(path.required, satisfying), IND_I_A_2)),
      TODAY,
    );
    expect(d.outcome).toBe('incomplete');
    expect(d.missing).toEqual(['I.A.2']);
    expect(d.unanswered).toEqual(['I.A.2']);
  });

  it('an indication answered not met fails like a criterion', () => {
    for (const [name, id] of [
      ['trial, malignant', IND_I_A_1],
      ['trial, non-malignant', IND_I_A_2],
      ['implant, malignant', IND_II_A_1],
      ['implant, non-malignant', IND_II_A_2],
    ] as const) {
      const path = PATHS.find((p) => p.name === name)!;
      const d = determine(
        pathCase(path, { ...answersOf(path.required, satisfying), [id]: 'not_met' }),
        TODAY,
      );
      expect(d.outcome, name).toBe('not_met');
      expect(d.failing, name).toEqual([id]);
    }
  });

  it('an implant needs the trial’s lettered criteria, not the trial’s indication (II.A restates it) nor I.B', () => {
    const nonmalignant = PATHS.find((p) => p.name === 'implant, non-malignant')!;
    const d = determine(
      pathCase(nonmalignant, answersOf([IND_II_A_2, ...II_A_2, ...II_B], satisfying)),
      TODAY,
    );
    expect(d.outcome).toBe('incomplete');
    expect(d.missing).toEqual(I_A_2);
    expect(d.items.find((t) => t.id === 'I.A.2')?.status).toBe('not_required');

    const malignant = PATHS.find((p) => p.name === 'implant, malignant')!;
    const d2 = determine(
      pathCase(malignant, {
        ...answersOf([IND_II_A_1, ...II_A_1, ...II_B], satisfying),
        ...answersOf([IND_I_A_1, ...I_B], failing),
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
          ...answersOf([IND_I_A_2, ...I_A_2, ...I_B], satisfying),
          ...answersOf([IND_II_A_1, ...II_A_1, IND_II_A_2, ...II_A_2, ...II_B], failing),
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
          ...answersOf([...I_A_1, IND_II_A_1, ...II_A_1, ...II_B], satisfying),
          ...answersOf([IND_I_A_2, ...I_A_2, IND_II_A_2, ...II_A_2], failing),
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
          ...answersOf([...I_A_2, IND_II_A_2, ...II_A_2, ...II_B], satisfying),
          ...answersOf([IND_I_A_1, ...I_A_1, IND_II_A_1, ...II_A_1], failing),
        },
      }),
      TODAY,
    );
    expect(nonmalignant.outcome).toBe('meets_criteria');
  });

  it('a case file written before the indications were asked imports, with them unanswered', () => {
    const d = determine(
      caseFile({
        request: 'trial',
        drug: 'opioid',
        indication: 'malignant',
        answers: answersOf([...I_A_1, ...I_B], satisfying),
      }),
      TODAY,
    );
    expect(d.outcome).toBe('incomplete');
    expect(d.unanswered).toEqual(['I.A.1']);
  });
});

describe('a trial waiver request (the Note under II)', () => {
  const requested = PATHS.find((p) => p.trialWaiver !== undefined)!;
  const noWaiver = PATHS.find((p) => p.name === 'implant, malignant')!;
  // Every item but II.A.1.a satisfied: the trial was not done, or its result is not recorded.
  const allButTrial = answersOf(requested.required, satisfying);

  it.each(['advanced_disease', 'limited_survival', 'high_procedural_risk'] as const)(
    'on the ground %s, no trial result, all else satisfied: medical director review',
    (ground) => {
      const d = determine(pathCase({ ...requested, trialWaiver: [ground] }, allButTrial), TODAY);
      expect(d.outcome).toBe('medical_director_review');
      expect(d.trialWaiver).toEqual([ground]);
      expect(d.waiverRequested).toEqual(['II.A.1.a']);
      expect(d.items.find((t) => t.id === 'II.A.1.a')).toEqual({
        id: 'II.A.1.a',
        required: false,
        answer: null,
        status: 'waiver_requested',
      });
      // The Note's own instances, in the reason's words.
      expect(d.reason).toContain(
        {
          advanced_disease: 'advanced disease',
          limited_survival: 'survival time is limited',
          high_procedural_risk: 'considered high risk for procedures',
        }[ground],
      );
      expect(d.reason).toContain('medical director');
      expect(d.reason).not.toMatch(/is waived/);
    },
  );

  it('on several grounds: each recorded, in the Note’s order, and named in the reason', () => {
    const d = determine(
      caseFile({
        request: 'implant',
        drug: 'opioid',
        indication: 'malignant',
        trialWaiver: ['high_procedural_risk', 'advanced_disease'],
        answers: allButTrial,
      }),
      TODAY,
    );
    expect(d.trialWaiver).toEqual(['advanced_disease', 'high_procedural_risk']);
    expect(d.reason).toContain('advanced disease; considered high risk for procedures');
  });

  it('an undocumented trial (II.A.1.a not documented) is the request’s case too', () => {
    const d = determine(pathCase(requested, { ...allButTrial, 'II.A.1.a': 'unknown' }), TODAY);
    expect(d.outcome).toBe('medical_director_review');
    expect(d.missing).toEqual([]);
    expect(d.items.find((t) => t.id === 'II.A.1.a')).toMatchObject({
      answer: 'unknown',
      status: 'waiver_requested',
      required: false,
    });
  });

  it('a successful trial (II.A.1.a met): the request is moot, judged as if there were none, and a warning says so', () => {
    const withRequest = determine(
      pathCase(requested, { ...allButTrial, 'II.A.1.a': 'met' }),
      TODAY,
    );
    const without = determine(pathCase(noWaiver, { ...allButTrial, 'II.A.1.a': 'met' }), TODAY);
    expect(withRequest.outcome).toBe('meets_criteria');
    expect(withRequest.waiverRequested).toEqual([]);
    expect(withRequest.items).toEqual(without.items);
    expect(withRequest.reason).toBe(without.reason);
    expect(withRequest.warnings).toEqual([
      expect.stringMatching(/trial waiver was requested.*II\.A\.1\.a is met.*moot/),
    ]);
    expect(without.warnings).toEqual([]);
  });

  it('a failed trial (II.A.1.a not met) fails like any other item: the reason names it and mentions the request', () => {
    const d = determine(pathCase(requested, { ...allButTrial, 'II.A.1.a': 'not_met' }), TODAY);
    expect(d.outcome).toBe('not_met');
    expect(d.failing).toEqual(['II.A.1.a']);
    expect(d.waiverRequested).toEqual([]);
    expect(d.items.find((t) => t.id === 'II.A.1.a')).toMatchObject({
      required: true,
      status: 'failing',
    });
    expect(d.reason).toContain('II.A.1.a');
    expect(d.reason).toMatch(/trial waiver was requested \(advanced disease\)/);
    expect(d.reason).toMatch(/trial was done and failed/);
  });

  it('everything else is still required: I.A.1.a–c, II.A.1, II.A.1.b–d and II.B', () => {
    for (const id of requested.required) {
      const unanswered = determine(pathCase(requested, without(allButTrial, id)), TODAY);
      expect(unanswered.outcome, id).toBe('incomplete');
      expect(unanswered.missing, id).toEqual([id]);
      const failed = determine(pathCase(requested, { ...allButTrial, [id]: failing(id) }), TODAY);
      expect(failed.outcome, id).toBe('not_met');
      expect(failed.failing, id).toEqual([id]);
    }
    expect(requested.required).toEqual([
      ...I_A_1,
      'II.A.1',
      'II.A.1.b',
      'II.A.1.c',
      'II.A.1.d',
      ...II_B,
    ]);
  });

  it('without a request, the same answers need II.A.1.a', () => {
    const d = determine(pathCase(noWaiver, allButTrial), TODAY);
    expect(d.outcome).toBe('incomplete');
    expect(d.missing).toEqual(['II.A.1.a']);
    expect(d.waiverRequested).toEqual([]);
    expect(d.trialWaiver).toBeNull();
  });

  // The schema refuses a waiver request elsewhere; the engine must not honour one that reaches it
  // anyway (a form in progress, a caller that skipped the schema).
  it('a request that is not on a malignant implant is ignored by the engine', () => {
    const nonmalignant = PATHS.find((p) => p.name === 'implant, non-malignant')!;
    const file: CaseFile = {
      ...pathCase(nonmalignant, {
        ...answersOf(nonmalignant.required, satisfying),
        'II.A.2.a': 'not_met',
      }),
      trialWaiver: ['advanced_disease'],
    };
    const d = determine(file, TODAY);
    expect(d.outcome).toBe('not_met');
    expect(d.failing).toEqual(['II.A.2.a']);
    expect(d.trialWaiver).toBeNull();

    const trial = PATHS.find((p) => p.name === 'trial, malignant')!;
    const trialFile: CaseFile = {
      ...pathCase(trial, answersOf(trial.required, satisfying)),
      trialWaiver: ['advanced_disease'],
    };
    expect(determine(trialFile, TODAY).outcome).toBe('meets_criteria');
  });
});

describe('scope comes first (rule 1)', () => {
  const everyAnswerFailing = answersOf(ALL_ITEMS, failing);
  const everyAnswerMet = answersOf(ALL_ITEMS, satisfying);

  it.each([
    ['trial', 'malignant'],
    ['trial', 'nonmalignant'],
    ['implant', 'malignant'],
    ['implant', 'nonmalignant'],
    ['existing_pump', 'other'],
    ['trial', undefined],
    [undefined, undefined],
  ])(
    'baclofen goes to LA.PHAR.149 (request %s, indication %s), whatever the answers',
    (request, indication) => {
      for (const answers of [everyAnswerFailing, {}, everyAnswerMet]) {
        const d = determine(caseFile({ drug: 'baclofen', request, indication, answers }), TODAY);
        expect(d.outcome).toBe('out_of_scope');
        expect(d.referral).toBe('LA.PHAR.149');
        expect(d.reason).toMatch(/^Baclofen is reviewed under LA\.PHAR\.149 Intrathecal Baclofen/);
        expect(d.failing).toEqual([]);
        expect(d.missing).toEqual([]);
        expect(d.unanswered).toEqual([]);
        expect(d.undecided).toEqual([]);
        expect(d.items.every((t) => t.status === 'not_required')).toBe(true);
      }
    },
  );

  it('another drug: out of scope, no referral, and the reason says the policy names none', () => {
    for (const answers of [everyAnswerFailing, {}]) {
      const d = determine(
        caseFile({ drug: 'other', request: 'trial', indication: 'malignant', answers }),
        TODAY,
      );
      expect(d.outcome).toBe('out_of_scope');
      expect(d).toHaveProperty('referral', null);
      expect(d.reason).toContain('covers an opioid, alone or with non-opioid drugs');
      expect(d.reason).toContain('names no other policy');
      expect(d.reason).not.toContain('LA.CP.MP.107');
      expect(d.reason).not.toContain('LA.PHAR.149');
      expect(d.failing).toEqual([]);
      expect(d.missing).toEqual([]);
    }
  });

  it('another indication, with an opioid: LA.CP.MP.107 (DME, section on pumps)', () => {
    const d = determine(
      caseFile({
        drug: 'opioid',
        request: 'implant',
        indication: 'other',
        answers: everyAnswerFailing,
      }),
      TODAY,
    );
    expect(d.outcome).toBe('out_of_scope');
    expect(d.referral).toBe('LA.CP.MP.107');
    expect(d.reason).toContain('LA.CP.MP.107 Durable Medical Equipment (DME), section on Pumps');
    expect(d.reason).toContain('other indications');
    expect(d.failing).toEqual([]);
  });

  it('a pump already in place: no criteria in this policy, no referral, and the code findings still shown', () => {
    const d = determine(
      caseFile({
        drug: 'opioid',
        request: 'existing_pump',
        indication: 'nonmalignant',
        codes: ['62369', 'E0786', '62362', '62322'],
        member: { dateOfBirth: '1960-01-01' },
        reviewDate: '2026-11-24',
        answers: everyAnswerFailing,
      }),
      TODAY,
    );
    expect(d.outcome).toBe('out_of_scope');
    expect(d).toHaveProperty('referral', null);
    expect(d.reason).toContain('no criteria for a pump already in place');
    expect(d.failing).toEqual([]);
    expect(d.missing).toEqual([]);
    expect(d.codes.map((c) => [c.code, c.finding, c.fitsRequest, c.action])).toEqual([
      ['62369', 'covered', true, 'refer'],
      ['E0786', 'covered', true, 'refer'],
      ['62362', 'covered', true, 'refer'],
      ['62322', 'covered', false, 'refer'],
    ]);
  });

  it('the first recorded fact, in order: baclofen, another drug, another indication, a pump in place', () => {
    const referralOf = (fields: Record<string, unknown>) => {
      const d = determine(caseFile(fields), TODAY);
      expect(d.outcome).toBe('out_of_scope');
      return d.referral;
    };
    expect(referralOf({ drug: 'baclofen', indication: 'other', request: 'existing_pump' })).toBe(
      'LA.PHAR.149',
    );
    expect(referralOf({ drug: 'other', indication: 'other' })).toBeNull();
    expect(referralOf({ drug: 'opioid', indication: 'other', request: 'existing_pump' })).toBe(
      'LA.CP.MP.107',
    );
    // A recorded fact puts the request out of scope even while another is not recorded.
    expect(referralOf({ indication: 'other' })).toBe('LA.CP.MP.107');
    expect(referralOf({ request: 'existing_pump' })).toBeNull();
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
      trialWaiver: ['high_procedural_risk'],
      memberAge: 16,
      reviewDate: '2026-11-24',
      reviewDateSource: 'case',
    });
    expect(d.codes).toEqual([
      expect.objectContaining({ code: '62362', finding: 'covered', action: 'refer' }),
    ]);
  });

  it('an opioid request for chronic pain is in scope and carries no referral', () => {
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
    expect(d).not.toHaveProperty('referral');
  });
});

describe('while the drug, the request or the indication is not recorded (rule 2)', () => {
  const everything = answersOf(ALL_ITEMS, satisfying);

  it('a failing item with the drug not recorded: incomplete (the drug may yet be baclofen), the failing item listed', () => {
    const d = determine(
      caseFile({ request: 'trial', indication: 'malignant', answers: { 'I.A.1.c': 'not_met' } }),
      TODAY,
    );
    expect(d.outcome).toBe('incomplete');
    expect(d.failing).toEqual(['I.A.1.c']);
    expect(d.undecided).toEqual(['drug']);
    expect(d.reason).toContain('the drug');
    expect(d.reason).toContain('I.A.1.c');
    expect(d).not.toHaveProperty('referral');
  });

  it('everything satisfied but the drug: incomplete, with nothing missing', () => {
    const d = determine(
      caseFile({ request: 'trial', indication: 'malignant', answers: everything }),
      TODAY,
    );
    expect(d.outcome).toBe('incomplete');
    expect(d.undecided).toEqual(['drug']);
    expect(d.missing).toEqual([]);
    expect(d.drug).toBeNull();
  });

  it('no request: the items of a trial and of an implant are both listed', () => {
    const d = determine(caseFile({ drug: 'opioid', indication: 'malignant' }), TODAY);
    expect(d.outcome).toBe('incomplete');
    expect(d.undecided).toEqual(['request']);
    expect(d.request).toBeNull();
    expect(d.missing).toEqual([IND_I_A_1, ...I_A_1, ...I_B, IND_II_A_1, ...II_A_1, ...II_B]);
    expect(d.unanswered).toEqual(d.missing);
  });

  it('no indication: the items of both origins are listed', () => {
    const d = determine(caseFile({ drug: 'opioid', request: 'trial' }), TODAY);
    expect(d.outcome).toBe('incomplete');
    expect(d.undecided).toEqual(['indication']);
    expect(d.indication).toBeNull();
    expect(d.missing).toEqual([IND_I_A_1, ...I_A_1, IND_I_A_2, ...I_A_2, ...I_B]);
  });

  it('a failing item of any path still possible is listed', () => {
    const d = determine(
      caseFile({ drug: 'opioid', answers: { 'II.A.2.c': 'not_met', 'I.B.2': 'present' } }),
      TODAY,
    );
    expect(d.outcome).toBe('incomplete');
    expect(d.failing).toEqual(['I.B.2', 'II.A.2.c']);
  });

  it('nothing recorded at all: every item of every path', () => {
    const d = determine(caseFile({}), TODAY);
    expect(d.outcome).toBe('incomplete');
    expect(d.undecided).toEqual(['drug', 'request', 'indication']);
    expect(d.missing).toEqual(ALL_ITEMS);
  });

  it('null is not recorded, the same as missing', () => {
    const d = determine(
      caseFile({ drug: null, request: null, indication: null, trialWaiver: null }),
      TODAY,
    );
    expect(d).toEqual(determine(caseFile({}), TODAY));
  });
});

describe('precedence: not_met, then incomplete, then medical director review', () => {
  const nonmalignant = PATHS.find((p) => p.name === 'implant, non-malignant')!;
  const requested = PATHS.find((p) => p.trialWaiver !== undefined)!;

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
    expect(d.unanswered).toEqual(['II.B.4']);
  });

  it('a missing item beats the waiver request’s medical director review', () => {
    const d = determine(
      pathCase(requested, { ...answersOf(requested.required, satisfying), 'I.A.1.b': 'unknown' }),
      TODAY,
    );
    expect(d.outcome).toBe('incomplete');
    expect(d.missing).toEqual(['I.A.1.b']);
  });

  it('a failing item beats the waiver request’s medical director review', () => {
    const d = determine(
      pathCase(requested, { ...answersOf(requested.required, satisfying), 'II.B.3': 'present' }),
      TODAY,
    );
    expect(d.outcome).toBe('not_met');
    expect(d.failing).toEqual(['II.B.3']);
  });
});

describe('the lists are in policy order, whatever order the answers came in', () => {
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

  it('every item of a request unanswered: missing and unanswered are the request’s list', () => {
    for (const path of PATHS) {
      const d = determine(pathCase(path, {}), TODAY);
      expect(d.outcome, path.name).toBe('incomplete');
      expect(d.missing, path.name).toEqual(path.required);
      expect(d.unanswered, path.name).toEqual(path.required);
    }
  });

  it('the item trace covers all 38 items in policy order', () => {
    const d = determine(
      caseFile({ request: 'trial', drug: 'opioid', indication: 'malignant' }),
      TODAY,
    );
    expect(d.items.map((t) => t.id)).toEqual(ALL_ITEMS);
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
});

describe('the revision: a review date before 4/30/26 is warned about', () => {
  it('the day before the effective date warns, naming the date and the revision', () => {
    const d = determine(caseFile({ reviewDate: '2026-04-29' }), TODAY);
    expect(d.warnings).toHaveLength(1);
    expect(d.warnings[0]).toContain('4/30/26');
    expect(d.warnings[0]).toContain('revision 1/26');
    expect(d.warnings[0]).toMatch(/earlier revisions had other criteria/);
  });

  it('on the effective date and after: no warning', () => {
    expect(determine(caseFile({ reviewDate: '2026-04-30' }), TODAY).warnings).toEqual([]);
    expect(determine(caseFile({ reviewDate: '2026-11-24' }), TODAY).warnings).toEqual([]);
  });

  it('today standing in for the review date is judged the same way', () => {
    expect(determine(caseFile({}), { today: '2026-01-15' }).warnings).toHaveLength(1);
  });

  it('the warning does not change the outcome', () => {
    const path = PATHS[0]!;
    const answers = answersOf(path.required, satisfying);
    const early = determine(pathCase(path, answers, { reviewDate: '2025-12-01' }), TODAY);
    expect(early.outcome).toBe('meets_criteria');
    expect(early.warnings).toHaveLength(1);
  });
});

describe('the member’s age for the * codes: on the date of service, else the review date', () => {
  // Born 2005-12-10: 20 on the review date 2026-11-24, 21 on the date of service 2026-12-15.
  const member = { dateOfBirth: '2005-12-10' };

  it('a member who turns 21 between the review and the date of service: not covered', () => {
    const d = determine(
      caseFile({ member, reviewDate: '2026-11-24', serviceDate: '2026-12-15', codes: ['J2274'] }),
      TODAY,
    );
    expect(d.memberAge).toBe(21);
    expect(d.serviceDate).toBe('2026-12-15');
    expect(d.codes.map((c) => c.finding)).toEqual(['not_covered']);
  });

  it('the same member with no date of service: 20 on the review date, reviewed for medical necessity', () => {
    const d = determine(caseFile({ member, reviewDate: '2026-11-24', codes: ['J2274'] }), TODAY);
    expect(d.memberAge).toBe(20);
    expect(d.serviceDate).toBeNull();
    expect(d.codes.map((c) => c.finding)).toEqual(['under21_review']);
  });

  it('neither date recorded: the age is unknown, and so is a * code’s finding', () => {
    const d = determine(caseFile({ member, codes: ['J2274', '62350'] }), TODAY);
    expect(d.memberAge).toBeNull();
    expect(d.codes.map((c) => c.finding)).toEqual(['age_unknown', 'covered']);
  });

  it('a member born on the review date is 0, under 21', () => {
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

describe('each code line: whether it fits the request, and what a nurse may do with it', () => {
  const trial = PATHS.find((p) => p.name === 'trial, non-malignant')!;
  const implant = PATHS.find((p) => p.name === 'implant, non-malignant')!;
  const adult = { member: { dateOfBirth: '1970-01-01' }, reviewDate: '2026-11-24' };

  it('a trial with 62362 (pump implantation): meets criteria, the trial code approvable, 62362 referred', () => {
    const d = determine(
      pathCase(trial, answersOf(trial.required, satisfying), {
        ...adult,
        codes: ['62322', '62362'],
      }),
      TODAY,
    );
    expect(d.outcome).toBe('meets_criteria');
    expect(d.codes.map((c) => [c.code, c.finding, c.fitsRequest, c.action])).toEqual([
      ['62322', 'covered', true, 'approvable'],
      ['62362', 'covered', false, 'refer'],
    ]);
  });

  it('a code not covered beside criteria met is referred, never approvable', () => {
    const d = determine(
      pathCase(implant, answersOf(implant.required, satisfying), {
        ...adult,
        codes: ['62362', 'C1772', 'J2274', 'X9999'],
      }),
      TODAY,
    );
    expect(d.outcome).toBe('meets_criteria');
    expect(d.codes.map((c) => [c.code, c.finding, c.fitsRequest, c.action])).toEqual([
      ['62362', 'covered', true, 'approvable'],
      ['C1772', 'not_covered', true, 'refer'],
      ['J2274', 'not_covered', true, 'refer'],
      ['X9999', 'unlisted', null, 'refer'],
    ]);
  });

  it('an under-21 review line is referred', () => {
    const d = determine(
      pathCase(implant, answersOf(implant.required, satisfying), {
        member: { dateOfBirth: '2010-01-01' },
        reviewDate: '2026-11-24',
        codes: ['E0782'],
      }),
      TODAY,
    );
    expect(d.codes[0]).toMatchObject({ finding: 'under21_review', action: 'refer' });
  });

  it('while the outcome is not meets criteria, every line is referred', () => {
    for (const answers of [{}, { ...answersOf(trial.required, satisfying), 'I.B.1': 'present' }]) {
      const d = determine(pathCase(trial, answers, { ...adult, codes: ['62322'] }), TODAY);
      expect(d.outcome).not.toBe('meets_criteria');
      expect(d.codes[0]).toMatchObject({ fitsRequest: true, action: 'refer' });
    }
  });

  it('no request recorded: whether a code fits is not known', () => {
    const d = determine(caseFile({ drug: 'opioid', codes: ['62322', 'J2274'] }), TODAY);
    expect(d.codes.map((c) => c.fitsRequest)).toEqual([null, null]);
  });

  it('codes are trimmed and upper-cased before they are looked up, and listed once', () => {
    const d = determine(
      pathCase(implant, answersOf(implant.required, satisfying), {
        ...adult,
        codes: [' e0783 ', 'E0783', 'e0783'],
      }),
      TODAY,
    );
    expect(d.codes).toEqual([
      expect.objectContaining({ code: 'E0783', finding: 'covered', fitsRequest: true }),
    ]);
  });

  it('fitsRequest follows the table of which codes fit which request', () => {
    for (const [code, requests] of Object.entries(CODE_FITS)) {
      for (const request of ['trial', 'implant', 'existing_pump'] as const) {
        const d = determine(caseFile({ drug: 'opioid', request, codes: [code] }), TODAY);
        expect(d.codes[0]?.fitsRequest, `${code} ${request}`).toBe(requests.includes(request));
      }
    }
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
});

// The reason is the sentence the live determination and the printed summary show under the
// outcome: it has to name what the outcome rests on.
describe('the reason, in words', () => {
  it('baclofen: LA.PHAR.149 by its title, as the policy’s Refer line names it', () => {
    const d = determine(caseFile({ drug: 'baclofen' }), TODAY);
    expect(d.reason).toMatch(/^Baclofen /);
    expect(d.reason).toContain('LA.PHAR.149 Intrathecal Baclofen (Gablofen, Lioresal)');
    expect(d.reason).not.toContain('LA.CP.MP.107');
  });

  it('not met: counts the failing items, one or many, and lists them in policy order', () => {
    const path = PATHS.find((p) => p.name === 'trial, malignant')!;
    const allMet = answersOf(path.required, satisfying);
    const one = determine(pathCase(path, { ...allMet, 'I.B.2': 'present' }), TODAY);
    expect(one.reason).toBe('1 required item is not satisfied: I.B.2.');
    const two = determine(
      pathCase(path, { ...allMet, 'I.B.2': 'present', 'I.A.1.b': 'not_met' }),
      TODAY,
    );
    expect(two.reason).toBe('2 required items are not satisfied: I.A.1.b, I.B.2.');
  });

  it('incomplete: not documented and not answered are told apart', () => {
    const path = PATHS.find((p) => p.name === 'implant, non-malignant')!;
    const allMet = answersOf(path.required, satisfying);
    const one = determine(pathCase(path, { ...allMet, 'II.A.2.c': 'unknown' }), TODAY);
    expect(one.reason).toBe('Nothing fails, but 1 required item is not documented: II.A.2.c.');
    const three = determine(
      pathCase(path, without({ ...allMet, 'II.A.2.c': 'unknown', 'I.A.2.e': 'unknown' }, 'II.B.4')),
      TODAY,
    );
    expect(three.reason).toBe(
      'Nothing fails, but 2 required items are not documented: I.A.2.e, II.A.2.c; and 1 required item is not answered yet: II.B.4.',
    );
  });

  it('incomplete, facts not recorded: names each fact, and why nothing is decided yet', () => {
    const d = determine(caseFile({}), TODAY);
    expect(d.reason).toMatch(/^Not yet recorded: the drug; the request .*; the indication /);
    expect(d.reason).toContain('could still put the request outside LA.CP.MP.173');
  });

  it('meets criteria: says whether for a preliminary trial (I) or a permanent implant (II)', () => {
    for (const path of PATHS.filter((p) => p.allSatisfied === 'meets_criteria')) {
      const d = determine(pathCase(path, answersOf(path.required, satisfying)), TODAY);
      expect(d.reason, path.name).toContain(
        path.request === 'trial' ? 'for a preliminary trial' : 'for a permanent implant',
      );
      expect(d.reason, path.name).toContain('no contraindication is present');
    }
  });
});

describe('outcome labels', () => {
  it('name each outcome, and send not met and a waiver request to a medical director, never a denial', () => {
    expect(OUTCOME_LABELS.meets_criteria).toBe('Meets criteria');
    expect(OUTCOME_LABELS.not_met).toMatch(/^Criteria not met/);
    expect(OUTCOME_LABELS.not_met).toMatch(/medical director/);
    expect(OUTCOME_LABELS.medical_director_review).toMatch(/^Medical director review/);
    expect(OUTCOME_LABELS.medical_director_review).toMatch(/trial waiver/);
    expect(OUTCOME_LABELS.incomplete).toMatch(/^Incomplete/);
    expect(OUTCOME_LABELS.out_of_scope).toMatch(/^Out of scope/);
    for (const label of Object.values(OUTCOME_LABELS)) expect(label).not.toMatch(/deni/i);
  });
});

describe('the item trace of a required item', () => {
  it('failing, not documented, unanswered and satisfied, each with the answer given', () => {
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
      status: 'not_documented',
    });
    expect(traceOf('I.B.5')).toEqual({
      id: 'I.B.5',
      required: true,
      answer: null,
      status: 'unanswered',
    });
    expect(traceOf('I.A.2')).toEqual({
      id: 'I.A.2',
      required: true,
      answer: 'met',
      status: 'satisfied',
    });
  });
});
