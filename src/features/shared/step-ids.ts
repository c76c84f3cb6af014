// The wizard's steps by name: all the route needs to check an address, without the policy.
export const STEP_IDS = [
  'request',
  'trial-criteria',
  'contraindications',
  'implant-criteria',
  'codes',
  'determination',
] as const;
export type StepId = (typeof STEP_IDS)[number];

export function isStepId(value: string): value is StepId {
  return (STEP_IDS as readonly string[]).includes(value);
}
