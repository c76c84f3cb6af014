import { ITEM_BY_ID, POLICY, type ItemId } from '../policy';
import { standingOf, type Answer } from './answers';
import { DOCUMENTATION_FOR, plainNote } from './reasons';

// Sentences for the letters that follow a review: one for the member, one for the provider, for
// each item that fails or is missing. The member's is in plain language (NCQA's notice standards:
// it names the requirement and explains every abbreviation); the provider's quotes the policy
// and says what to send. Neither adds a rule: each says what the policy requires and what the
// record showed. What else a plan's letter must hold (appeal rights and the like) the policy does
// not say, and these sentences do not pretend to.

/**
 * Each requirement in plain words, to follow "requires that". A contraindication is said as
 * what must not be so. The policy's own words stay in src/policy; these are a restatement for a
 * reader without medical training, with every abbreviation spelled out.
 */
export const PLAIN_REQUIREMENTS: Readonly<Record<ItemId, string>> = {
  'I.A.1':
    'your pain is long-lasting (chronic), is caused by cancer (malignant origin) and has not been controlled by other treatment (intractable)',
  'I.A.1.a':
    'pain treatments without needles or surgery (noninvasive), such as opioid pain medicine that works through your whole body (pills or skin patches, for example), did not control your pain well enough or caused side effects you could not tolerate',
  'I.A.1.b': 'your doctor expects you to live more than three months',
  'I.A.1.c':
    'scans of your spine show no cancer growing into the space around the spinal cord or pressing on the sac that holds the spinal fluid',
  'I.A.2':
    'your pain is long-lasting (chronic), is not caused by cancer (nonmalignant origin) and has not been controlled by other treatment (intractable)',
  'I.A.2.a': 'your doctors have found the cause of your pain',
  'I.A.2.b': 'your doctor expects you to live more than three months',
  'I.A.2.c':
    'other treatments that do not involve surgery, such as medicines, physical therapy, counseling for pain and other non-surgical procedures, did not work or you could not tolerate them',
  'I.A.2.d': 'you followed the treatment plans you were given before',
  'I.A.2.e':
    'a psychological evaluation confirms that a mental health condition is not a major cause of your pain',
  'I.A.2.f': 'more surgery or other treatment is not needed (not indicated) or not likely to work',
  'I.A.2.g':
    'before the trial, the opioid pain medicine you take that works through your whole body was lowered to half or less of the starting dose',
  'I.A.2.h':
    'your doctor has ruled out that the opioid medicine itself is making you more sensitive to pain (called opioid-induced hyperalgesia)',
  'I.B.1': 'you have no known allergy to the materials the pump is made of',
  'I.B.2':
    'you are not currently misusing alcohol or drugs, including addiction to opioids or injecting drugs into a vein',
  'I.B.3': 'you do not have a diagnosis of dementia or psychosis',
  'I.B.4': 'you do not have an active infection that affects your whole body (systemic infection)',
  'I.B.5': 'you do not have an active infection where the pump would be placed',
  'II.A.1':
    'your long-lasting (chronic) pain is caused by cancer (malignant origin), has not been controlled by other treatment (intractable), and the trial requirements were met',
  'II.A.1.a':
    'the trial of the pain medicine lowered your pain by at least half, with few side effects',
  'II.A.1.b': 'your body is large enough to hold the weight and size of the pump',
  'II.A.1.c':
    'you do not have another programmable device in your body, such as a pacemaker, that could change the pump’s settings by mistake',
  'II.A.1.d': 'you have no known allergy or sensitivity to the medicine the pump would give',
  'II.A.2':
    'your severe long-lasting (chronic) pain is not caused by cancer (non-malignant origin), and the trial requirements were met',
  'II.A.2.a':
    'the trial of the pain medicine lowered your pain by at least half and helped you do more, with few side effects',
  'II.A.2.b':
    'there is a plan to keep lowering the opioid pain medicine you take that works through your whole body (pills or skin patches, for example)',
  'II.A.2.c': 'you do not have an active problem with how your blood clots',
  'II.A.2.d': 'your body is large enough to hold the weight and size of the pump',
  'II.A.2.e':
    'you do not have another programmable device in your body, such as a pacemaker, that could change the pump’s settings by mistake',
  'II.A.2.f': 'you have no known allergy or sensitivity to the medicine the pump would give',
  'II.A.2.g': 'there is no sign of raised pressure inside your skull',
  'II.A.2.h':
    'your spine has no differences in shape that could make it hard to place and hold the thin tube (catheter) that carries the medicine',
  'II.A.2.i':
    'you keep taking part in any counseling or psychological treatment you have been given',
  'II.B.1': 'you have no known allergy to the materials the pump is made of',
  'II.B.2':
    'you are not currently misusing alcohol or drugs, including addiction to opioids or injecting drugs into a vein',
  'II.B.3': 'you do not have a diagnosis of dementia or psychosis',
  'II.B.4': 'you do not have an active infection that affects your whole body (systemic infection)',
  'II.B.5': 'you do not have an active infection where the pump would be placed',
};

/** Whether the item failed on the record (Not met, Present) rather than being missing from it. */
function failed(answer: Answer | null): boolean {
  return answer !== null && standingOf(answer) === 'fails';
}

const POLICY_FOR_MEMBER = `the plan’s policy for implanted pain pumps (policy ${POLICY.number}, “${POLICY.title}”)`;

/**
 * The sentence for the member's letter about one item: which requirement, in plain words, and
 * whether the records showed it was not met or did not show it at all.
 */
export function memberSentence(id: ItemId, answer: Answer | null): string {
  const finding = failed(answer)
    ? 'The records we received show that this requirement is not met.'
    : 'The records we received do not show whether this requirement is met.';
  return `Under ${POLICY_FOR_MEMBER}, requirement ${id} is that ${PLAIN_REQUIREMENTS[id]}. ${finding}`;
}

/**
 * The sentence for the provider about one item: the policy's words, what the record showed (the
 * reviewer's note, when there is one), and what to send.
 */
export function providerSentence(id: ItemId, answer: Answer | null, note?: string): string {
  const item = ITEM_BY_ID[id];
  const text = plainNote(note);
  const shown = failed(answer)
    ? `the records sent show otherwise${text ? ` (${text})` : ''}. If other records show it, send ${DOCUMENTATION_FOR[id]}`
    : `not shown in the records sent${text ? ` (${text})` : ''}. Send ${DOCUMENTATION_FOR[id]}`;
  return `${POLICY.number} ${id}, “${item.text}”: ${shown}.`;
}

/**
 * A contraindication as what the record must show: "No active infection at the site of
 * implantation", never a bare statement of the condition, which on a checklist reads as though
 * the member had it. The policy's words stay in src/policy; this is the same item turned round.
 */
export const WHAT_TO_SHOW: Readonly<Partial<Record<ItemId, string>>> = Object.fromEntries(
  (['I', 'II'] as const).flatMap((part) =>
    [
      'No known allergy to the materials in the implant',
      'No active alcohol or drug abuse, including opioid addiction and intravenous drug abuse',
      'No diagnosis of dementia or psychosis',
      'No active systemic infection',
      'No active infection at the site of implantation',
    ].map((text, index) => [`${part}.B.${index + 1}`, text]),
  ),
);
