import { describe, expect, it } from 'vitest';
import type { ItemId } from '../policy';
import { determine } from './determine';
import {
  ALL_ITEMS,
  PATHS,
  answersOf,
  caseFile,
  failing,
  isContraindication,
  pathCase,
  satisfying,
} from './paths.fixture';
import {
  DOCUMENTATION_FOR,
  DOCUMENTATION_FOR_FACT,
  ITEM_STATUS_LABELS,
  failingReason,
  missingReason,
  unansweredReason,
  outcomeMeaning,
  reasonsFor,
} from './reasons';

const TODAY = { today: '2026-11-24' };
const nonMalignantImplant = PATHS.find((p) => p.name === 'implant, non-malignant')!;
const malignantTrial = PATHS.find((p) => p.name === 'trial, malignant')!;

describe('the documentation that settles each item', () => {
  it('has one entry for each of the 38 items of the policy, and no other', () => {
    expect(Object.keys(DOCUMENTATION_FOR).sort()).toEqual([...ALL_ITEMS].sort());
  });

  it.each(ALL_ITEMS.map((id) => [id]))(
    '%s reads after “request …”: lower case, no closing stop',
    (id) => {
      const text = DOCUMENTATION_FOR[id as keyof typeof DOCUMENTATION_FOR];
      expect(text.length).toBeGreaterThan(10);
      expect(text).toMatch(/^[a-z]/);
      expect(text).not.toMatch(/[.;:,\s]$/);
    },
  );

  it('asks for what an office would attach for the items the brief names', () => {
    expect(DOCUMENTATION_FOR['I.A.2.e']).toBe('the psychological evaluation report');
    // The policy says "by imaging", not which kind.
    expect(DOCUMENTATION_FOR['I.A.1.c']).toBe('imaging report of the spine');
    expect(DOCUMENTATION_FOR['I.A.2.g']).toBe(
      'opioid doses (MME/day) before and after weaning, with dates',
    );
    // II.A.1.a asks for the reduction in pain; only II.A.2.a asks for an increase in function.
    expect(DOCUMENTATION_FOR['II.A.1.a']).toBe(
      'trial record with pain scores before and during the trial, and side effects',
    );
    expect(DOCUMENTATION_FOR['II.A.2.a']).toBe(
      'trial record with pain scores before and during the trial, function and side effects',
    );
  });

  it('asks the same of the trial’s and the implant’s contraindications (II.B repeats I.B)', () => {
    for (const n of [1, 2, 3, 4, 5]) {
      expect(DOCUMENTATION_FOR[`II.B.${n}` as 'II.B.1']).toBe(
        DOCUMENTATION_FOR[`I.B.${n}` as 'I.B.1'],
      );
    }
  });

  it('names what settles each undecided fact of the request', () => {
    expect(DOCUMENTATION_FOR_FACT.indication).toMatch(/malignant or non-malignant/);
    expect(DOCUMENTATION_FOR_FACT.indication).toMatch(/another indication/);
    expect(DOCUMENTATION_FOR_FACT.request).toMatch(
      /trial, a permanent implant, or a pump already in place/,
    );
    expect(DOCUMENTATION_FOR_FACT.drug).toMatch(/drug/);
  });
});

describe('the reason for a failing item', () => {
  it('is one sentence: section, text, answer and the reviewer’s note', () => {
    expect(failingReason('II.A.2.c', 'not_met', 'INR 3.1 on warfarin')).toBe(
      'II.A.2.c (Implant, non-malignant): "No active coagulopathy" — answered Not met (reviewer’s note: "INR 3.1 on warfarin").',
    );
  });

  it('puts a contraindication’s note inside the same sentence', () => {
    expect(failingReason('II.B.4', 'present', 'Febrile 38.9 C, WBC 14.2 on 11/20/2026')).toBe(
      'II.B.4 (Implant, contraindications): "Active systemic infection" — answered Present: this contraindication is present (reviewer’s note: "Febrile 38.9 C, WBC 14.2 on 11/20/2026").',
    );
  });

  it('on every item, with or without a note, ends a sentence only at its end', () => {
    // Quoted text (the policy's words, the note) is set aside; a dot inside an ID is not an end.
    const ends = (sentence: string) =>
      sentence.replace(/"[^"]*"/g, '""').match(/[.!?](?=\s|$)/g) ?? [];
    for (const id of ALL_ITEMS) {
      const answer = isContraindication(id) ? 'present' : 'not_met';
      for (const note of [undefined, 'Seen 11/20/2026. Plan unchanged!', 'no stop']) {
        const sentence = failingReason(id as ItemId, answer, note);
        expect(ends(sentence), sentence).toEqual(['.']);
        expect(sentence.endsWith('.'), sentence).toBe(true);
      }
    }
  });

  it('says a contraindication is present', () => {
    expect(failingReason('II.B.4', 'present')).toBe(
      'II.B.4 (Implant, contraindications): "Active systemic infection" — answered Present: this contraindication is present.',
    );
    expect(failingReason('I.B.3', 'present')).toContain(
      '(Trial, contraindications): "Diagnosis of dementia or psychosis"',
    );
  });

  it('names the trial’s own sections for the trial items an implant needs', () => {
    expect(failingReason('I.A.2.g', 'not_met')).toBe(
      'I.A.2.g (Trial, non-malignant): "Prior to the trial, systemic opioids have been weaned by at least 50%" — answered Not met.',
    );
    expect(failingReason('I.A.1.b', 'not_met')).toContain(
      'I.A.1.b (Trial, malignant): "Life expectancy > three months"',
    );
    expect(failingReason('II.A.1.a', 'not_met')).toContain(
      'II.A.1.a (Implant, malignant): "The trial provided ≥ 50% reduction in pain with minimal side effects"',
    );
  });

  it('keeps a note on one line, as typed, its own full stop inside the quote', () => {
    expect(failingReason('II.A.2.c', 'not_met', '  INR 3.1\n\non warfarin.  ')).toBe(
      'II.A.2.c (Implant, non-malignant): "No active coagulopathy" — answered Not met (reviewer’s note: "INR 3.1 on warfarin.").',
    );
  });

  it('leaves out an empty or blank note', () => {
    expect(failingReason('II.A.2.c', 'not_met', '   ')).not.toContain('note');
    expect(failingReason('II.A.2.c', 'not_met', '')).not.toContain('note');
  });

  it('keeps markup in a note as the characters typed', () => {
    const note = '<script>alert(1)</script> & <b>bold</b>';
    expect(failingReason('I.A.2.e', 'not_met', note)).toContain(`(reviewer’s note: "${note}").`);
  });
});

describe('the reason for a missing item', () => {
  it('says whether it was answered Not documented or not answered yet, and what would settle it', () => {
    expect(missingReason('I.A.2.e', 'unknown')).toBe(
      'I.A.2.e (Trial, non-malignant): "A psychological evaluation confirms a mental health condition is not a major contributor to chronic pain symptoms" — answered Not documented. To settle it, request the psychological evaluation report.',
    );
    // Unanswered is the reviewer's own work: answer it first, then ask the office if need be.
    expect(missingReason('I.A.1.c', null)).toBe(
      'I.A.1.c (Trial, malignant): "No evidence of epidural metastatic lesion(s) or tumor encroachment of the thecal sac by imaging" — not answered yet. Answer it from the record; if the record does not show it, request imaging report of the spine.',
    );
    expect(unansweredReason('I.A.1.c')).toBe(missingReason('I.A.1.c', null));
  });

  it('an indication asks for the diagnosis and a pain history, quoting the Background on how long', () => {
    for (const id of ['I.A.1', 'I.A.2', 'II.A.1', 'II.A.2'] as const) {
      expect(DOCUMENTATION_FOR[id]).toMatch(/diagnosis/);
      expect(DOCUMENTATION_FOR[id]).toMatch(/pain history showing how/);
      // The policy sets no six-month requirement: chronic pain is "often defined" so.
      expect(DOCUMENTATION_FOR[id]).toContain(
        '“Chronic pain is often defined as pain that persists longer than six months.”',
      );
      expect(DOCUMENTATION_FOR[id]).not.toMatch(/lasted more than six months/);
    }
    expect(missingReason('I.A.2', 'unknown')).toMatch(
      /^I\.A\.2 \(Trial, non-malignant\): "Chronic intractable pain of nonmalignant origin/,
    );
  });

  it('carries the reviewer’s note beside the answer, before what would settle it', () => {
    expect(missingReason('II.B.4', 'unknown', 'CBC pending')).toBe(
      'II.B.4 (Implant, contraindications): "Active systemic infection" — answered Not documented (reviewer’s note: "CBC pending"). To settle it, request a recent examination and laboratory results showing no active systemic infection.',
    );
  });
});

describe('reasons for a determination', () => {
  it('give one reason per failing and per missing item, in policy order, with notes and documentation', () => {
    const answers = {
      ...answersOf(nonMalignantImplant.required, satisfying),
      'II.A.2.c': 'not_met',
      'I.A.2.g': 'not_met',
      'II.B.4': 'present',
      'I.A.2.e': 'unknown',
    };
    delete (answers as Record<string, string>)['II.A.2.h'];
    const file = pathCase(nonMalignantImplant, answers, {
      notes: { 'II.A.2.c': 'INR 3.1 on warfarin', 'I.A.2.e': 'Evaluation scheduled' },
    });
    const d = determine(file, TODAY);
    const reasons = reasonsFor(file, d);
    expect(reasons.failing.map((r) => r.id)).toEqual(['I.A.2.g', 'II.A.2.c', 'II.B.4']);
    // Not documented (a finding about the record) and unanswered (the reviewer's work) apart.
    expect(reasons.notDocumented.map((r) => r.id)).toEqual(['I.A.2.e']);
    expect(reasons.unanswered.map((r) => r.id)).toEqual(['II.A.2.h']);
    expect(reasons.undecided).toEqual([]);
    expect(reasons.waiverRequest).toBeNull();

    const coag = reasons.failing[1]!;
    expect(coag.answer).toBe('not_met');
    expect(coag.note).toBe('INR 3.1 on warfarin');
    expect(coag.sentence).toBe(failingReason('II.A.2.c', 'not_met', 'INR 3.1 on warfarin'));
    expect(coag.documentation).toBe(DOCUMENTATION_FOR['II.A.2.c']);
    expect(reasons.failing[2]!.sentence).toContain('this contraindication is present');

    expect(reasons.notDocumented[0]).toMatchObject({
      id: 'I.A.2.e',
      answer: 'unknown',
      note: 'Evaluation scheduled',
    });
    expect(reasons.unanswered[0]).toMatchObject({ id: 'II.A.2.h', answer: null });
    expect(reasons.unanswered[0]!.sentence).toContain('not answered yet');
    expect(reasons.unanswered[0]).not.toHaveProperty('note');
  });

  it('on every path, a failing answer to any required item gives a sentence that starts with its ID', () => {
    for (const path of PATHS) {
      const allMet = answersOf(path.required, satisfying);
      for (const id of path.required) {
        const file = pathCase(path, { ...allMet, [id]: failing(id) });
        const [reason, ...rest] = reasonsFor(file, determine(file, TODAY)).failing;
        expect(rest).toEqual([]);
        expect(reason?.sentence.startsWith(`${id} (`)).toBe(true);
        expect(reason?.sentence).toContain(
          isContraindication(id) ? 'answered Present' : 'answered Not met',
        );
      }
    }
  });

  it('an empty review asks for the facts that decide which items are needed', () => {
    const file = caseFile({});
    const reasons = reasonsFor(file, determine(file, TODAY));
    expect(reasons.undecided.map((u) => u.fact)).toEqual(['drug', 'request', 'indication']);
    expect(reasons.failing).toEqual([]);
  });
});

describe('what an outcome means', () => {
  const meaning = (fields: Record<string, unknown>) =>
    outcomeMeaning(determine(caseFile(fields), TODAY));

  it('meets criteria, trial: a nurse may approve the trial, which is not an implant', () => {
    const text = outcomeMeaning(
      determine(pathCase(malignantTrial, answersOf(malignantTrial.required, satisfying)), TODAY),
    );
    expect(text).toMatch(/nurse reviewer may approve the preliminary trial/);
    expect(text).toMatch(/A trial is not an implant/);
    // The implant's criteria are the policy's Part II; it says nothing of a separate request.
    expect(text).toMatch(/own criteria, in Part II/);
    expect(text).not.toMatch(/own request|own review/);
  });

  it('meets criteria, implant: approves implantation only', () => {
    const text = outcomeMeaning(
      determine(
        pathCase(nonMalignantImplant, answersOf(nonMalignantImplant.required, satisfying)),
        TODAY,
      ),
    );
    expect(text).toMatch(/nurse reviewer may approve/);
    expect(text).toMatch(/the implant request reviewed under Part II/);
  });

  it('not met: refer to a medical director; never a denial', () => {
    const file = pathCase(nonMalignantImplant, {
      ...answersOf(nonMalignantImplant.required, satisfying),
      'II.A.2.c': 'not_met',
    });
    const text = outcomeMeaning(determine(file, TODAY));
    expect(text).toMatch(/Refer the case to a medical director/);
    expect(text).toMatch(/not a denial/);
    expect(text).not.toMatch(/\bdenied\b/i);
  });

  it('incomplete: request the documentation listed', () => {
    const text = meaning({ drug: 'opioid', request: 'trial', indication: 'malignant' });
    expect(text).toMatch(/Request the documentation listed/);
    // A code line no outcome would let a nurse approve is already marked for a medical director.
    expect(text).toMatch(/neither approved nor referred on its criteria/);
  });

  it('medical director review: the waiver request goes to a medical director, with its grounds', () => {
    const requested = PATHS.find((p) => p.trialWaiver)!;
    const text = outcomeMeaning(
      determine(pathCase(requested, answersOf(requested.required, satisfying)), TODAY),
    );
    expect(text).toMatch(/provider asks that the trial requirement be waived/);
    expect(text).toMatch(/advanced disease/);
    expect(text).toMatch(/refer the case to a medical director/);
    expect(text).not.toMatch(/trial is waived/);
  });

  it('out of scope: refer to the named policy, or say that none is named', () => {
    expect(meaning({ drug: 'baclofen' })).toMatch(/Refer it to LA\.PHAR\.149 Intrathecal Baclofen/);
    expect(meaning({ drug: 'opioid', indication: 'other' })).toMatch(
      /Refer it to LA\.CP\.MP\.107 Durable Medical Equipment/,
    );
    for (const fields of [{ drug: 'other' }, { drug: 'opioid', request: 'existing_pump' }]) {
      const text = meaning(fields);
      expect(text).toMatch(/names no other policy/);
      expect(text).not.toMatch(/LA\.CP\.MP\.107|LA\.PHAR\.149/);
    }
  });

  it('no outcome is worded as a denial', () => {
    for (const drug of ['baclofen', 'other']) expect(meaning({ drug })).not.toMatch(/\bdenied\b/i);
  });
});

describe('how each item stands, in the item tables', () => {
  it('satisfied, fails, not documented (DESIGN.md’s word for unknown) apart from not answered yet, waiver requested, not required', () => {
    expect(ITEM_STATUS_LABELS).toEqual({
      satisfied: 'Satisfied',
      failing: 'Fails',
      not_documented: 'Not documented',
      unanswered: 'Not answered yet',
      waiver_requested: 'Trial waiver requested',
      not_required: 'Not required',
    });
  });
});

describe('a trial waiver request, in the reasons (the Note under II)', () => {
  const requested = PATHS.find((p) => p.trialWaiver)!;
  const allButTrial = answersOf(requested.required, satisfying);
  const reasonsOf = (trial: string | undefined) => {
    const answers = trial ? { ...allButTrial, 'II.A.1.a': trial } : allButTrial;
    const file = pathCase(
      { ...requested, trialWaiver: ['advanced_disease', 'limited_survival'] },
      answers,
    );
    return reasonsFor(file, determine(file, TODAY));
  };

  it('a failed trial: the failing reason names the trial and mentions the request', () => {
    const reasons = reasonsOf('not_met');
    expect(reasons.failing.map((r) => r.id)).toEqual(['II.A.1.a']);
    const sentence = reasons.failing[0]!.sentence;
    expect(sentence).toMatch(/^II\.A\.1\.a \(Implant, malignant\): "The trial provided/);
    expect(sentence).toContain('answered Not met');
    expect(sentence).toContain(
      'a trial waiver was requested (advanced disease; survival time is limited)',
    );
    expect(sentence).toContain('the trial was done and failed');
    expect(reasons.waiverRequest?.sentence).toMatch(/a trial was done and failed/);
  });

  it('no trial result: the request is listed with its grounds, for the medical director', () => {
    for (const trial of [undefined, 'unknown']) {
      const reasons = reasonsOf(trial);
      expect(reasons.failing).toEqual([]);
      expect(reasons.notDocumented).toEqual([]);
      expect(reasons.unanswered).toEqual([]);
      expect(reasons.waiverRequest?.grounds).toEqual(['advanced_disease', 'limited_survival']);
      expect(reasons.waiverRequest?.sentence).toMatch(/medical director decides/);
    }
  });

  it('a successful trial: the request is said to be moot', () => {
    expect(reasonsOf('met').waiverRequest?.sentence).toMatch(/moot/);
  });
});

describe('unanswered apart from not documented', () => {
  it('an untouched review lists its items as unanswered, never as documentation to request', () => {
    const file = pathCase(malignantTrial, {});
    const reasons = reasonsFor(file, determine(file, TODAY));
    expect(reasons.notDocumented).toEqual([]);
    expect(reasons.unanswered.map((r) => r.id)).toEqual(malignantTrial.required);
  });
});
