import { Link } from '@tanstack/react-router';
import type { Determination } from '../../engine';
import { POLICY, REFERRALS } from '../../policy';
import { useMode } from './mode';

/** Which recorded fact put the request outside the policy, in DESIGN.md's order. */
export type ScopeFact = 'baclofen' | 'other_drug' | 'other_indication' | 'existing_pump';

export function scopeFact(d: Pick<Determination, 'drug' | 'indication'>): ScopeFact {
  if (d.drug === 'baclofen') return 'baclofen';
  if (d.drug === 'other') return 'other_drug';
  if (d.indication === 'other') return 'other_indication';
  return 'existing_pump';
}

/**
 * What the policy says of each request outside it (DESIGN.md, "Scope comes first"). Where it
 * names another policy, the policy's own sentence; where it names none, that is said plainly.
 */
export const SCOPE_WORDS: Readonly<Record<ScopeFact, string>> = {
  baclofen: REFERRALS['LA.PHAR.149'].text,
  other_drug: `${POLICY.number} covers an opioid, alone or with non-opioid drugs. A drug that is neither an opioid nor baclofen is out of this policy’s scope, and the policy names no other policy for it.`,
  other_indication: REFERRALS['LA.CP.MP.107'].text,
  existing_pump: `A refill, electronic analysis, reprogramming, replacement or removal of a pump already in place has codes in ${POLICY.number}’s table but no criteria in this policy: it is out of scope of its criteria. The code findings are still shown.`,
};

/** Where the request step says that the request is outside the policy, and what follows. */
export function ScopeNotice({ determination: d }: { readonly determination: Determination }) {
  const provider = useMode() === 'provider';
  const fact = scopeFact(d);
  return (
    <div role="status" className="rounded-lg border-2 border-review bg-review-soft p-4">
      <p className="font-semibold">
        {d.referral
          ? `Outside this policy: ${provider ? 'the plan reviews it under' : 'refer to'} ${d.referral}.`
          : `Outside the criteria of ${POLICY.number}.`}
      </p>
      <p className="mt-1 text-sm">{SCOPE_WORDS[fact]}</p>
      {fact === 'existing_pump' ? (
        <p className="mt-1 text-sm">
          <Link
            to="/review/$step"
            params={{ step: 'codes' }}
            search={(prev) => ({ mode: prev.mode })}
            className="text-brand underline underline-offset-2 hover:no-underline"
          >
            Go to the codes
          </Link>
        </p>
      ) : null}
    </div>
  );
}
