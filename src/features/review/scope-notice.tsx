import { Link } from '@tanstack/react-router';
import type { Determination } from '../../engine';
import { POLICY, REFERRALS } from '../../policy';
import { useMode } from '../shared';

/**
 * Where the request step says that the request is outside the policy (DESIGN.md, "Scope comes
 * first"): the policy it goes to, when the policy names one, in the policy's own sentence; the
 * engine's reason in words; and for a pump already in place, the way on to its codes.
 */
export function ScopeNotice({ determination: d }: { readonly determination: Determination }) {
  const provider = useMode() === 'provider';
  return (
    <div role="status" className="rounded-lg border-2 border-review bg-review-soft p-4">
      <p className="font-semibold">
        {d.referral
          ? `Outside this policy: ${provider ? 'the plan reviews it under' : 'refer to'} ${d.referral}.`
          : `Outside the criteria of ${POLICY.number}.`}
      </p>
      {d.referral ? <p className="mt-1 text-sm">{REFERRALS[d.referral].text}</p> : null}
      <p className="mt-1 text-sm">{d.reason}</p>
      {d.request === 'existing_pump' && !d.referral && d.drug !== 'other' ? (
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
