// fast-check with every assert/check capped at FC_NUM_RUNS runs when that is set (no cap when it
// is not), for mutation testing only: stryker/vitest.config.mjs aliases 'fast-check' to this file
// and 'fast-check-real' to the package itself. A property's own numRuns wins over
// fc.configureGlobal, hence a wrapper rather than a global setting.
import real from 'fast-check-real';

export * from 'fast-check-real';

const CAP = process.env.FC_NUM_RUNS ? Number(process.env.FC_NUM_RUNS) : undefined;

function capped(params) {
  if (CAP === undefined) return params;
  return { ...params, numRuns: Math.min(params?.numRuns ?? CAP, CAP) };
}

export function assert(property, params) {
  return real.assert(property, capped(params));
}

export function check(property, params) {
  return real.check(property, capped(params));
}

export default { ...real, assert, check };
