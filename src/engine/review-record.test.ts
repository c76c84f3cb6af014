import { describe, expect, it } from 'vitest';
import { ITEM_BY_ID, ITEM_IDS, type ItemId } from '../policy';
import { answersFor, type Answer } from './answers';
import { parseCaseFile, type CaseFile } from './case-file';
import { completionProblems, minutesUntil, timeliness } from './completion';
import { determine } from './determine';
import { memberSentence, providerSentence } from './letter-sentences';

const TODAY = { today: '2026-11-24' };

function parsed(input: unknown): CaseFile {
  const result = parseCaseFile(input);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  return result.caseFile;
}

/** A malignant trial with every required item answered so that it meets the criteria. */
function meetingTrial(extra: Record<string, unknown> = {}): CaseFile {
  const bare = parsed({
    policy: 'LA.CP.MP.173',
    request: 'trial',
    drug: 'opioid',
    indication: 'malignant',
  });
  const answers: Partial<Record<ItemId, Answer>> = {};
  for (const item of determine(bare, TODAY).items)
    if (item.required) answers[item.id] = answersFor(ITEM_BY_ID[item.id].kind)[0];
  return parsed({ ...bare, answers, ...extra });
}

const RECORDED = {
  member: { name: 'Jane Doe', id: 'LA123' },
  nurseAction: { action: 'approved' },
  completedBy: { name: 'R. Thibodeaux', credentials: 'RN' },
};

describe('the record of a review in the case file', () => {
  it('keeps every field of the record through an import', () => {
    const record = {
      nurseAction: {
        action: 'pended',
        informationRequested: 'Psychological evaluation',
        requestedFrom: 'Bayou Pain Center',
        pendedOn: '2026-05-04',
        respondBy: '2026-05-06',
      },
      authorizationNumber: 'PA-2026-0001',
      completedBy: { name: 'R. Thibodeaux', credentials: 'RN, CCM' },
      completedAt: '2026-05-04T15:10:00-05:00',
      medicalDirector: {
        decision: 'approve_in_part',
        name: 'A. Broussard',
        credentials: 'MD',
        decidedAt: '2026-05-05T09:00:00-05:00',
        rationale: 'Trial approved; the implant codes are not.',
      },
      sources: { 'I.A.2.g': { document: 'Pain clinic note', date: '2026-04-01', page: '3' } },
      calculators: { 'I.A.2.g': { before: 180, after: 150 } },
    };
    const file = parsed({ policy: 'LA.CP.MP.173', ...record });
    expect(file).toMatchObject(record);
  });

  it('refuses a medical director decision that is not one of the three, naming the field', () => {
    const result = parseCaseFile({
      policy: 'LA.CP.MP.173',
      medicalDirector: { decision: 'maybe' },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => p.path)).toEqual(['medicalDirector.decision']);
      expect(result.problems[0]?.message).not.toContain('maybe');
    }
  });

  it('refuses a source for an ID that is not an item, and a calculator for an item without one', () => {
    const result = parseCaseFile({
      policy: 'LA.CP.MP.173',
      sources: { 'I.C.1': { document: 'x' } },
      calculators: { 'I.A.1.b': { before: 1 } },
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
        'sources["I.C.1"]: not an item of LA.CP.MP.173',
        'calculators["I.A.1.b"]: is not a field of the case file',
      ]);
  });

  it('refuses a referral time without its offset and a negative dose', () => {
    const result = parseCaseFile({
      policy: 'LA.CP.MP.173',
      nurseAction: { action: 'referred', referredAt: '2026-05-04T10:00' },
      calculators: { 'I.A.2.g': { before: -5 } },
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => p.path).sort()).toEqual([
        'calculators["I.A.2.g"].before',
        'nurseAction.referredAt',
      ]);
  });
});

describe('completing a review', () => {
  it('may complete a review that meets the criteria, approved, with the member and who completed it', () => {
    const file = meetingTrial(RECORDED);
    expect(completionProblems(file, determine(file, TODAY))).toEqual([]);
  });

  it('names each unanswered item and each missing record', () => {
    const file = parsed({
      policy: 'LA.CP.MP.173',
      request: 'trial',
      drug: 'opioid',
      indication: 'malignant',
      answers: { 'I.A.1.a': 'met' },
    });
    const messages = completionProblems(file, determine(file, TODAY)).map((p) => p.message);
    expect(messages).toContain('The member ID is not recorded.');
    expect(messages).toContain('I.A.1.b is not answered.');
    expect(messages).toContain('I.B.5 is not answered.');
    expect(messages).not.toContain('I.A.1.a is not answered.');
    expect(messages).toContain('The nurse’s action is not recorded.');
    expect(messages).toContain('Who completed the review (name) is not recorded.');
  });

  it('takes a trial waiver request standing in for II.A.1.a as no unanswered item (II Note)', () => {
    // A malignant implant, every item satisfied but II.A.1.a, which nobody answered: the waiver
    // request stands in for it, the case goes to a medical director, and it may be referred.
    const bare = parsed({
      policy: 'LA.CP.MP.173',
      request: 'implant',
      drug: 'opioid',
      indication: 'malignant',
      trialWaiver: ['advanced_disease'],
    });
    const answers: Partial<Record<ItemId, Answer>> = {};
    for (const item of determine(bare, TODAY).items)
      if (item.required && item.id !== 'II.A.1.a')
        answers[item.id] = answersFor(ITEM_BY_ID[item.id].kind)[0];
    const file = parsed({
      ...bare,
      answers,
      ...RECORDED,
      nurseAction: { action: 'referred', referredAt: '2026-11-24T10:00:00-06:00' },
    });
    const d = determine(file, TODAY);
    expect(d.outcome).toBe('medical_director_review');
    expect(completionProblems(file, d)).toEqual([]);
    // Without the request, the same unanswered II.A.1.a keeps the review from being completed.
    const { trialWaiver: _none, ...withoutRequest } = file;
    const messages = completionProblems(withoutRequest, determine(withoutRequest, TODAY)).map(
      (p) => p.message,
    );
    expect(messages).toContain('II.A.1.a is not answered.');
  });

  it('asks for a note on Not met, Present and Not documented, and on nothing else', () => {
    const base = meetingTrial({ ...RECORDED, nurseAction: { action: 'referred' } });
    const file = parsed({
      ...base,
      answers: { ...base.answers, 'I.A.1.b': 'not_met', 'I.B.4': 'present', 'I.B.5': 'unknown' },
      notes: { 'I.B.4': 'Cellulitis of the left leg, 2026-04-28' },
    });
    const items = completionProblems(file, determine(file, TODAY)).map((p) => p.item);
    expect(items).toEqual(['I.A.1.b', 'I.B.5']);
  });

  it('does not let a nurse approve what does not meet the criteria', () => {
    const base = meetingTrial(RECORDED);
    const file = parsed({
      ...base,
      answers: { ...base.answers, 'I.A.1.b': 'not_met' },
      notes: { 'I.A.1.b': 'Hospice note: weeks.' },
    });
    const problems = completionProblems(file, determine(file, TODAY));
    expect(problems.map((p) => p.field)).toEqual(['nurseAction']);
    const referred = parsed({ ...file, nurseAction: { action: 'referred' } });
    expect(completionProblems(referred, determine(referred, TODAY))).toEqual([]);
  });

  it('says whether a decision came by its due-by (42 CFR 438.404(c)(5): late is adverse)', () => {
    const due = '2026-05-07T08:30:00-05:00';
    expect(timeliness('2026-05-07T08:30:00-05:00', due)).toBe('on_time');
    expect(timeliness('2026-05-07T08:31:00-05:00', due)).toBe('late');
    expect(timeliness(undefined, due)).toBeUndefined();
    expect(minutesUntil(due, Date.parse('2026-05-07T12:30:00Z'))).toBe(60);
  });
});

/** Abbreviations a letter may use, with the words that must explain them in the same sentence. */
const EXPLAINED: Readonly<Record<string, RegExp>> = {
  MME: /morphine milligram equivalents/,
};

describe('sentences for the letters', () => {
  const items = ITEM_IDS.filter((id) => ITEM_BY_ID[id] !== undefined);

  it.each(items)(
    '%s: the member’s sentence names the requirement and explains every abbreviation',
    (id) => {
      for (const answer of answersFor(ITEM_BY_ID[id].kind)) {
        const sentence = memberSentence(id, answer);
        expect(sentence).toContain(`requirement ${id}`);
        // The policy's number and the item's ID are names; any other capitals are an abbreviation.
        const words =
          sentence
            .replace('LA.CP.MP.173', '')
            .replace(id, '')
            .match(/\b[A-Z]{2,}\b/g) ?? [];
        for (const word of words) {
          expect(EXPLAINED, `${id}: ${word}`).toHaveProperty(word);
          expect(sentence).toMatch(EXPLAINED[word] as RegExp);
        }
      }
    },
  );

  it('the member’s words neither narrow nor widen the policy’s', () => {
    // "systemic opioids": any opioid that acts through the whole body, not only by mouth or skin.
    for (const id of ['I.A.1.a', 'I.A.2.g', 'II.A.2.b'] as const)
      expect(memberSentence(id, 'not_met')).toMatch(/works through your whole body/);
    // "noninvasive": an injection is not.
    expect(memberSentence('I.A.1.a', 'not_met')).toMatch(/without needles or surgery/);
    // "A psychological evaluation", by whoever makes it.
    expect(memberSentence('I.A.2.e', 'not_met')).toMatch(/a psychological evaluation confirms/);
    // "not indicated or likely to be effective".
    expect(memberSentence('I.A.2.f', 'not_met')).toMatch(/not needed \(not indicated\)/);
    // "Active systemic infection", not any infection at all.
    for (const id of ['I.B.4', 'II.B.4'] as const)
      expect(memberSentence(id, 'present')).toMatch(/affects your whole body/);
  });

  it('tells a failed requirement from one the record does not show, for member and provider', () => {
    expect(memberSentence('I.B.5', 'present')).toContain('show that this requirement is not met');
    expect(memberSentence('I.B.5', 'unknown')).toContain('do not show whether');
    expect(memberSentence('I.B.5', null)).toContain('do not show whether');
    expect(providerSentence('I.A.2.g', 'not_met', 'MME 180 → 150 mg/day')).toBe(
      'LA.CP.MP.173 I.A.2.g, “Prior to the trial, systemic opioids have been weaned by at least 50%”: the records sent show otherwise (MME 180 → 150 mg/day). If other records show it, send opioid doses (MME/day) before and after weaning, with dates.',
    );
    expect(providerSentence('I.A.1.b', 'unknown')).toContain('not shown in the records sent. Send');
  });
});
