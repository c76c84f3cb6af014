import type { CodeFinding, Determination, ItemTrace } from '../engine';

// One determination as compact JSON, exactly what JSON.stringify(determination) writes, only
// faster. `evaluate --jsonl` turns out tens of thousands of determinations a second, and
// JSON.stringify of the 34-item trace was the largest single cost of a line (Node 20).
// determination-json.test.ts holds the two equal over every path of the policy.
//
// Every value written here without escaping is a word from a fixed vocabulary (item IDs,
// outcomes, answers, statuses, policy numbers, validated codes): none needs escaping in JSON.
// The reason and the code descriptions go through JSON.stringify.

// If the engine adds a field to the determination or to an item's trace, this stops compiling,
// so a new field cannot be silently left out of the command line's output. (A field taken away
// stops determinationJson itself from compiling.)
type WrittenField =
  | 'policy'
  | 'revision'
  | 'outcome'
  | 'referral'
  | 'reason'
  | 'request'
  | 'drug'
  | 'indication'
  | 'trialWaiver'
  | 'undecided'
  | 'failing'
  | 'missing'
  | 'waived'
  | 'items'
  | 'codes'
  | 'reviewDate'
  | 'reviewDateSource'
  | 'memberAge'
  | 'dueBy';
type WrittenTraceField = 'id' | 'required' | 'answer' | 'status';
const _everyFieldWritten: [
  Exclude<keyof Determination, WrittenField>,
  Exclude<keyof ItemTrace, WrittenTraceField>,
] extends [never, never]
  ? true
  : never = true;

function word(value: string | null): string {
  return value === null ? 'null' : `"${value}"`;
}

function words(values: readonly string[]): string {
  return values.length === 0 ? '[]' : `["${values.join('","')}"]`;
}

// The engine hands out the same frozen trace object for the same item, answer and status, so
// each is written once and its JSON reused. Only frozen objects are remembered: their JSON
// cannot change.
const traceJsonCache = new WeakMap<ItemTrace, string>();

function traceJson(trace: ItemTrace): string {
  let json = traceJsonCache.get(trace);
  if (json === undefined) {
    json = `{"id":"${trace.id}","required":${trace.required},"answer":${word(trace.answer)},"status":"${trace.status}"}`;
    if (Object.isFrozen(trace)) traceJsonCache.set(trace, json);
  }
  return json;
}

// Code findings, too, are frozen objects the engine hands out again for the same code and age
// band (code-findings.ts): each is written once.
const codeJsonCache = new WeakMap<CodeFinding, string>();

function codeJson(finding: CodeFinding): string {
  let json = codeJsonCache.get(finding);
  if (json === undefined) {
    json = JSON.stringify(finding);
    if (Object.isFrozen(finding)) codeJsonCache.set(finding, json);
  }
  return json;
}

function listJson<T>(values: readonly T[], one: (value: T) => string): string {
  let out = '[';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) out += ',';
    out += one(values[i] as T);
  }
  return `${out}]`;
}

/** The determination as one line of JSON, byte for byte as JSON.stringify(determination). */
export function determinationJson(d: Determination): string {
  return (
    `{"policy":"${d.policy}","revision":${JSON.stringify(d.revision)},"outcome":"${d.outcome}"` +
    (d.referral === undefined ? '' : `,"referral":"${d.referral}"`) +
    `,"reason":${JSON.stringify(d.reason)}` +
    `,"request":${word(d.request)},"drug":${word(d.drug)},"indication":${word(d.indication)}` +
    `,"trialWaiver":${word(d.trialWaiver)}` +
    `,"undecided":${words(d.undecided)},"failing":${words(d.failing)}` +
    `,"missing":${words(d.missing)},"waived":${words(d.waived)}` +
    `,"items":${listJson(d.items, traceJson)}` +
    `,"codes":${listJson(d.codes, codeJson)}` +
    `,"reviewDate":"${d.reviewDate}","reviewDateSource":"${d.reviewDateSource}"` +
    `,"memberAge":${d.memberAge === null ? 'null' : String(d.memberAge)}` +
    (d.dueBy === undefined ? '' : `,"dueBy":"${d.dueBy}"`) +
    '}'
  );
}
