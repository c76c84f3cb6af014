import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ITEM_IDS, ITEMS } from '../policy';
import { caseFileSchema, parseCaseFile, parseCaseFileText } from './case-file';
import { fastParseCaseFile } from './fast-parse';

// fastParseCaseFile takes the case files the schema surely accepts and gives back the value the
// schema would; anything else it leaves to the schema. Held here to the schema itself: over
// case files built to be nearly valid, valid ones broken at random, and arbitrary values, the
// fast path either declines or returns exactly what the schema returns (same values, same order
// of keys), and it never accepts what the schema refuses.

const POLICY_NUMBER = 'LA.CP.MP.173';

type Verdict = 'declined' | 'accepted';

/** Checks one input against the schema; says whether the fast path took it. */
function agreesWithSchema(input: unknown): Verdict {
  const fast = fastParseCaseFile(input);
  const schema = caseFileSchema().safeParse(input);
  if (fast === undefined) return 'declined';
  expect(schema.success, `the schema refuses what the fast path accepted: ${show(input)}`).toBe(
    true,
  );
  expect(fast).toStrictEqual(schema.data);
  // The same order of keys, all the way down, as the command line prints it.
  expect(JSON.stringify(fast)).toBe(JSON.stringify(schema.data));
  return 'accepted';
}

function show(input: unknown): string {
  try {
    return JSON.stringify(input)?.slice(0, 400) ?? String(input);
  } catch {
    return String(input);
  }
}

// ----- Nearly valid case files ---------------------------------------------------------------

const oftenValid = <T, U>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<U>) =>
  fc.oneof({ weight: 30, arbitrary: valid }, { weight: 1, arbitrary: invalid });

const wrongScalar = fc.oneof(
  fc.constantFrom('', 'yes', 'Trial', 'IMPLANT', ' trial', 'met', 'null'),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);

const isoDate = fc
  .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const badDate = fc.constantFrom(
  '2026-02-30',
  '2026-13-01',
  '26-01-01',
  '2026/01/01',
  '2026-01-01T00:00:00Z',
  '',
  '0000-01-01',
);
const isoDateTime = fc
  .tuple(
    fc.date({ min: new Date('1950-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
    fc.constantFrom('Z', '-05:00', '-06:00', '+05:30', '.250Z', '.123456789-05:00'),
  )
  .map(([d, zone]) => `${d.toISOString().slice(0, 19)}${zone}`);
const badDateTime = fc.constantFrom(
  '2026-10-29T10:00:00',
  '2026-10-29T24:00:00-05:00',
  '2026-10-29T10:00:00+25:00',
  '2026-10-29',
  'yesterday',
);

const text = (max: number) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.string({ maxLength: 30 }) },
    { weight: 1, arbitrary: fc.constantFrom(max - 1, max, max + 1).map((n) => 'x'.repeat(n)) },
  );

const item = fc.constantFrom(...ITEM_IDS);
const itemKey = oftenValid(
  item,
  fc.constantFrom('II.C.9', 'I.A.1', 'i.a.1.a', '__proto__', 'constructor', 'toString', ''),
);
const answerWord = oftenValid(
  fc.constantFrom('met', 'not_met', 'absent', 'present', 'unknown'),
  wrongScalar,
);
/** An answer in the item's own vocabulary, mostly. */
const answersArb = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.dictionary(itemKey, answerWord, { maxKeys: 34, noNullPrototype: true }),
  },
  {
    weight: 8,
    arbitrary: fc
      .subarray([...ITEMS])
      .chain((items) =>
        fc
          .tuple(
            ...items.map((i) =>
              fc.constantFrom(
                ...(i.kind === 'criterion'
                  ? ['met', 'not_met', 'unknown']
                  : ['absent', 'present', 'unknown']),
              ),
            ),
          )
          .map((words) => Object.fromEntries(items.map((i, n) => [i.id, words[n]]))),
      ),
  },
  { weight: 1, arbitrary: fc.oneof(fc.constant([]), fc.constant(null), fc.constant('met')) },
);
const notesArb = oftenValid(
  fc.dictionary(itemKey, oftenValid(text(4000), wrongScalar), {
    maxKeys: 5,
    noNullPrototype: true,
  }),
  fc.oneof(fc.constant([]), fc.constant('a note')),
);
const code = oftenValid(
  fc.oneof(
    fc.constantFrom('62350', 'A4300', 'e0782', 'S0093', '99999'),
    fc.stringMatching(/^[A-Za-z0-9]{1,10}$/),
  ),
  fc.oneof(fc.constantFrom('', '62350 ', 'E-0783', 'ABCDEFGHIJK', '６２３５０'), fc.integer()),
);
const codesArb = oftenValid(
  fc.oneof(
    { weight: 8, arbitrary: fc.array(code, { maxLength: 6 }) },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 59, max: 61 }).map((n) => Array<string>(n).fill('62350')),
    },
  ),
  fc.oneof(fc.constant('62350'), fc.constant({})),
);
const memberArb = oftenValid(
  fc
    .tuple(
      fc.record(
        {
          name: oftenValid(text(200), wrongScalar),
          id: oftenValid(text(200), wrongScalar),
          dateOfBirth: oftenValid(isoDate, badDate),
        },
        { requiredKeys: [], noNullPrototype: true },
      ),
      fc.integer({ min: 0, max: 9 }),
    )
    .map(([member, roll]) => (roll === 0 ? { ...member, extra: 'x' } : member)),
  fc.oneof(fc.constant([]), fc.constant('Jane Doe')),
);
const providerArb = oftenValid(
  fc.record(
    { name: text(200), npi: oftenValid(text(200), wrongScalar) },
    { requiredKeys: [], noNullPrototype: true },
  ),
  fc.constant(null),
);
const reviewerArb = oftenValid(
  fc.record({ name: text(200) }, { requiredKeys: [], noNullPrototype: true }),
  fc.constant(1),
);

const nearlyValidCase = fc
  .record(
    {
      policy: oftenValid(fc.constant(POLICY_NUMBER), fc.constantFrom('LA.CP.MP.107', '', 173)),
      request: oftenValid(fc.constantFrom('trial', 'implant'), wrongScalar),
      drug: oftenValid(fc.constantFrom('opioid', 'baclofen', 'other'), wrongScalar),
      indication: oftenValid(fc.constantFrom('malignant', 'nonmalignant'), wrongScalar),
      answers: answersArb,
      notes: notesArb,
      codes: codesArb,
      member: memberArb,
      provider: providerArb,
      reviewer: reviewerArb,
      reviewDate: oftenValid(isoDate, badDate),
      urgency: oftenValid(fc.constantFrom('standard', 'expedited'), wrongScalar),
      receivedAt: oftenValid(isoDateTime, badDateTime),
      status: oftenValid(fc.constantFrom('in_progress', 'completed', 'amended'), wrongScalar),
    },
    { requiredKeys: ['policy'], noNullPrototype: true },
  )
  .chain((file) =>
    fc
      .tuple(
        oftenValid(
          fc.constantFrom('advanced_disease', 'limited_survival', 'high_procedural_risk'),
          wrongScalar,
        ),
        fc.integer({ min: 0, max: 19 }),
        fc.integer({ min: 0, max: 19 }),
      )
      .map(([trialWaiver, waiverRoll, extraRoll]) => {
        const out: Record<string, unknown> = { ...file };
        // A trial waiver, mostly for an implant for pain of malignant origin (II Note).
        if (
          (file.request === 'implant' && file.indication === 'malignant' && waiverRoll < 12) ||
          waiverRoll === 19
        )
          out.trialWaiver = trialWaiver;
        if (extraRoll === 0) out.reviewedBy = 'someone'; // not a field of the case file
        return out;
      }),
  );

/** Case files the schema accepts, built from its rules. */
const validCase = fc
  .record(
    {
      request: fc.constantFrom('trial', 'implant'),
      drug: fc.constantFrom('opioid', 'baclofen', 'other'),
      indication: fc.constantFrom('malignant', 'nonmalignant'),
      answers: answersArb.filter(
        (a) => caseFileSchema().safeParse({ policy: POLICY_NUMBER, answers: a }).success,
      ),
      notes: fc.dictionary(item, fc.string({ maxLength: 40 }), {
        maxKeys: 4,
        noNullPrototype: true,
      }),
      codes: fc.array(fc.constantFrom('62350', 'A4300', 'e0782', '99999'), { maxLength: 4 }),
      member: fc.record(
        { name: fc.string({ maxLength: 20 }), dateOfBirth: isoDate },
        { requiredKeys: [], noNullPrototype: true },
      ),
      reviewDate: isoDate,
      urgency: fc.constantFrom('standard', 'expedited'),
      receivedAt: isoDateTime,
      status: fc.constantFrom('in_progress', 'completed', 'amended'),
    },
    { requiredKeys: [], noNullPrototype: true },
  )
  .map((fields) => ({ policy: POLICY_NUMBER, ...fields }) as Record<string, unknown>)
  .filter((file) => caseFileSchema().safeParse(file).success);

// ----- Valid case files, broken at one place ---------------------------------------------------

/** Every place in a value where something could be changed: [parent, key] pairs. */
function places(
  value: unknown,
  out: [Record<string, unknown> | unknown[], string | number][] = [],
) {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push([value, i]);
      places(v, out);
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) {
      out.push([value as Record<string, unknown>, key]);
      places((value as Record<string, unknown>)[key], out);
    }
  }
  return out;
}

const mutation = fc.record({
  at: fc.nat(),
  how: fc.constantFrom('replace', 'delete', 'add', 'undefined'),
  value: fc.oneof(fc.jsonValue(), wrongScalar, answerWord, fc.constantFrom(...ITEM_IDS)),
  key: fc.oneof(itemKey, fc.constantFrom('name', 'extra', '__proto__', 'constructor', 'answers')),
});

const brokenCase = fc.tuple(validCase, mutation).map(([file, change]) => {
  const copy = structuredClone(file);
  const all = places(copy);
  const place = all[change.at % Math.max(all.length, 1)];
  if (!place) return copy;
  const [parent, key] = place;
  const target = parent as Record<string | number, unknown>;
  if (change.how === 'replace') target[key] = change.value;
  else if (change.how === 'delete') delete target[key];
  else if (change.how === 'undefined') target[key] = undefined;
  else {
    const inner = target[key];
    if (typeof inner === 'object' && inner !== null && !Array.isArray(inner))
      Object.defineProperty(inner, change.key, {
        value: change.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else target[key] = change.value;
  }
  return copy;
});

// ----- The properties ----------------------------------------------------------------------

describe('the fast path agrees with the schema', () => {
  it('on nearly valid case files', () => {
    let accepted = 0;
    fc.assert(
      fc.property(nearlyValidCase, (input) => {
        const verdict = agreesWithSchema(input);
        if (verdict === 'accepted') accepted += 1;
        // Plain data, no text near a limit in characters: declined only if the schema refuses.
        else expect(caseFileSchema().safeParse(input).success, show(input)).toBe(false);
      }),
      { numRuns: 3000 },
    );
    // The generator is worth something only if the fast path takes some of it.
    expect(accepted).toBeGreaterThan(100);
  });

  it('takes every valid case file built from the schema’s rules', () => {
    fc.assert(
      fc.property(validCase, (input) => {
        expect(agreesWithSchema(input)).toBe('accepted');
      }),
      { numRuns: 1500 },
    );
  });

  it('on valid case files broken at one place', () => {
    fc.assert(
      fc.property(brokenCase, (input) => {
        agreesWithSchema(input);
        // On plain data (what JSON.parse makes) the fast path declines only what the schema refuses.
        const json = JSON.parse(JSON.stringify(input)) as unknown;
        if (caseFileSchema().safeParse(json).success)
          expect(agreesWithSchema(json)).toBe('accepted');
      }),
      { numRuns: 3000 },
    );
  });

  it('on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        agreesWithSchema(input);
        agreesWithSchema({ policy: POLICY_NUMBER, answers: input });
        if (typeof input === 'object' && input !== null && !Array.isArray(input))
          agreesWithSchema({ ...input, policy: POLICY_NUMBER });
      }),
      { numRuns: 3000 },
    );
  });

  it('on arbitrary values, not only JSON: no throw, and no acceptance the schema would not give', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withNullPrototype: true,
          withMap: true,
          withSet: true,
          withDate: true,
          withSparseArray: true,
          withBoxedValues: true,
          withObjectString: true,
        }),
        (input) => {
          agreesWithSchema(input);
          agreesWithSchema({ policy: POLICY_NUMBER, member: input });
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('what the fast path leaves to the schema', () => {
  const base = { policy: POLICY_NUMBER, request: 'trial', drug: 'opioid', indication: 'malignant' };

  it.each([
    ['an own __proto__ key', `{"policy":"${POLICY_NUMBER}","__proto__":{"request":"trial"}}`],
    ['an own constructor key', `{"policy":"${POLICY_NUMBER}","constructor":"x"}`],
    ['__proto__ among the answers', `{"policy":"${POLICY_NUMBER}","answers":{"__proto__":"met"}}`],
    ['constructor among the notes', `{"policy":"${POLICY_NUMBER}","notes":{"constructor":"x"}}`],
    ['__proto__ in member', `{"policy":"${POLICY_NUMBER}","member":{"__proto__":{"name":"x"}}}`],
  ])('%s: declined, and refused', (_label, text) => {
    const input = JSON.parse(text) as unknown;
    expect(fastParseCaseFile(input)).toBeUndefined();
    expect(caseFileSchema().safeParse(input).success).toBe(false);
    expect(parseCaseFileText(text).ok).toBe(false);
  });

  it('a field that is not enumerable is not read past: declined', () => {
    const input = { ...base };
    Object.defineProperty(input, 'request', { value: 'surgery', enumerable: false });
    expect(fastParseCaseFile(input)).toBeUndefined();
    expect(parseCaseFile(input).ok).toBe(caseFileSchema().safeParse(input).success);
  });

  it('a symbol key, which the schema passes over: declined, and the schema decides', () => {
    const input = { ...base, answers: { 'I.A.1.a': 'met', [Symbol('x')]: 'met' } };
    expect(fastParseCaseFile(input)).toBeUndefined();
    const result = parseCaseFile(input);
    expect(result.ok && result.caseFile.answers).toEqual({ 'I.A.1.a': 'met' });
  });

  it('a field present as undefined: declined, and the schema keeps the key', () => {
    const input = { ...base, status: undefined };
    expect(fastParseCaseFile(input)).toBeUndefined();
    const result = parseCaseFile(input);
    expect(result.ok && 'status' in result.caseFile).toBe(true);
  });

  it('a note over 4,000 UTF-16 units but not over 4,000 characters: declined, accepted by the schema', () => {
    const note = '😀'.repeat(2500); // 5,000 units, 2,500 characters
    const input = { ...base, notes: { 'I.A.1.a': note } };
    expect(fastParseCaseFile(input)).toBeUndefined();
    const result = parseCaseFile(input);
    expect(result.ok && result.caseFile.notes?.['I.A.1.a']).toBe(note);
  });

  it('answers written out of policy order come back in policy order, as the schema gives them', () => {
    const input = {
      ...base,
      answers: { 'I.B.1': 'absent', 'I.A.1.b': 'met', 'I.A.1.a': 'unknown' },
    };
    const fast = fastParseCaseFile(input);
    expect(fast && Object.keys(fast.answers)).toEqual(['I.A.1.a', 'I.A.1.b', 'I.B.1']);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(caseFileSchema().parse(input)));
  });

  it('copies, never shares, the objects of the input', () => {
    const input = {
      ...base,
      answers: { 'I.A.1.a': 'met' },
      notes: { 'I.A.1.a': 'seen' },
      codes: ['62350'],
      member: { name: 'A' },
      provider: { name: 'B' },
      reviewer: { name: 'C' },
    };
    const fast = fastParseCaseFile(input);
    expect(fast).toBeDefined();
    for (const key of ['answers', 'notes', 'codes', 'member', 'provider', 'reviewer'] as const)
      expect(fast?.[key], key).not.toBe(input[key]);
    expect(fastParseCaseFile({ policy: POLICY_NUMBER })?.answers).toEqual({});
    expect(fastParseCaseFile({ policy: POLICY_NUMBER })?.answers).not.toBe(
      fastParseCaseFile({ policy: POLICY_NUMBER })?.answers,
    );
  });
});
