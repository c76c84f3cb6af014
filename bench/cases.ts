import { CODES, ITEMS, type ItemId } from '../src/policy';

// Varied, valid case files for the benchmarks: every path of the policy (trial and implant,
// malignant and non-malignant, out of scope, trial waivers), every outcome, codes, members of
// all ages, and some with the time received (which adds a due date). Seeded, so every run
// measures the same cases.

/** A small fast generator of numbers in [0, 1) (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

export interface CaseOptions {
  /** Share of cases that give the time received, and so get a due date. Default 0.25. */
  readonly receivedShare?: number;
}

/** `count` valid case files (as `JSON.parse` would give them), the same ones for the same seed. */
export function generateCases(count: number, seed = 173, options: CaseOptions = {}): unknown[] {
  const next = random(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
  const chance = (p: number) => next() < p;
  const receivedShare = options.receivedShare ?? 0.25;
  const cases: unknown[] = [];

  for (let n = 0; n < count; n++) {
    const drug = chance(0.9) ? 'opioid' : pick(['baclofen', 'other'] as const);
    const request = pick(['trial', 'implant'] as const);
    const indication = pick(['malignant', 'nonmalignant'] as const);
    const waiver =
      request === 'implant' && indication === 'malignant' && chance(0.3)
        ? pick(['advanced_disease', 'limited_survival', 'high_procedural_risk'] as const)
        : undefined;

    // Mostly favourable answers, with the occasional failing, undocumented or missing item;
    // a few cases also answer items their request does not need.
    const sections =
      request === 'trial'
        ? [indication === 'malignant' ? 'I.A.1' : 'I.A.2', 'I.B']
        : [
            indication === 'malignant' ? 'I.A.1' : 'I.A.2',
            indication === 'malignant' ? 'II.A.1' : 'II.A.2',
            'II.B',
          ];
    const answerAll = chance(0.05);
    const answers: Partial<Record<ItemId, string>> = {};
    for (const item of ITEMS) {
      if (!answerAll && !sections.includes(item.section)) continue;
      const roll = next();
      if (roll < 0.008) continue;
      if (roll < 0.02) answers[item.id] = 'unknown';
      else if (roll < 0.03)
        answers[item.id] = item.kind === 'contraindication' ? 'present' : 'not_met';
      else answers[item.id] = item.kind === 'contraindication' ? 'absent' : 'met';
    }

    const reviewMonth = 1 + Math.floor(next() * 12);
    const reviewDate = `2026-${pad(reviewMonth)}-${pad(1 + Math.floor(next() * 28))}`;
    const birthYear = 1935 + Math.floor(next() * 80);
    const dateOfBirth = `${birthYear}-${pad(1 + Math.floor(next() * 12))}-${pad(1 + Math.floor(next() * 28))}`;
    const codes = Array.from({ length: Math.floor(next() * 4) }, () =>
      chance(0.1) ? '99999' : pick(CODES).code,
    );

    const file: Record<string, unknown> = {
      policy: 'LA.CP.MP.173',
      request,
      drug,
      // Outside the policy's scope the indication may be left out (not with a waiver).
      ...(drug === 'opioid' || waiver || chance(0.5) ? { indication } : {}),
      ...(waiver ? { trialWaiver: waiver } : {}),
      answers,
      member: { name: `Member ${n}`, id: `M${100000 + n}`, dateOfBirth },
      provider: { name: 'Northshore Pain Specialists', npi: '1234567893' },
      reviewer: { name: 'UM Nurse' },
      reviewDate,
      status: 'in_progress',
    };
    if (codes.length > 0) file.codes = codes;
    if (chance(0.1))
      file.notes = { [pick(ITEMS).id]: 'See the attached clinic note of the last visit.' };
    if (chance(receivedShare)) {
      file.urgency = chance(0.2) ? 'expedited' : 'standard';
      file.receivedAt = `${reviewDate}T${pad(7 + Math.floor(next() * 10))}:${pad(Math.floor(next() * 60))}:00-05:00`;
    }
    cases.push(file);
  }
  return cases;
}
