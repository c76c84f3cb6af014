// LA.CP.MP.173 as data. Every item keeps the policy's own outline number and its exact wording,
// cleaned only of the document's conversion marks (the text's `$\geq 50\%$` is shown as "≥ 50%")
// and of the list punctuation that ends each line. `items.test.ts` checks each one against the
// policy text so the two cannot drift apart.

export const ITEM_IDS = [
  'I.A.1',
  'I.A.1.a',
  'I.A.1.b',
  'I.A.1.c',
  'I.A.2',
  'I.A.2.a',
  'I.A.2.b',
  'I.A.2.c',
  'I.A.2.d',
  'I.A.2.e',
  'I.A.2.f',
  'I.A.2.g',
  'I.A.2.h',
  'I.B.1',
  'I.B.2',
  'I.B.3',
  'I.B.4',
  'I.B.5',
  'II.A.1',
  'II.A.1.a',
  'II.A.1.b',
  'II.A.1.c',
  'II.A.1.d',
  'II.A.2',
  'II.A.2.a',
  'II.A.2.b',
  'II.A.2.c',
  'II.A.2.d',
  'II.A.2.e',
  'II.A.2.f',
  'II.A.2.g',
  'II.A.2.h',
  'II.A.2.i',
  'II.B.1',
  'II.B.2',
  'II.B.3',
  'II.B.4',
  'II.B.5',
] as const;

export type ItemId = (typeof ITEM_IDS)[number];

export const SECTION_IDS = ['I.A.1', 'I.A.2', 'I.B', 'II.A.1', 'II.A.2', 'II.B'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/**
 * An indication is the pain the policy covers (I.A.1, I.A.2, II.A.1, II.A.2) and, like a
 * criterion, must be met; a contraindication must be absent.
 */
export type ItemKind = 'indication' | 'criterion' | 'contraindication';

export interface PolicyItem {
  readonly id: ItemId;
  readonly section: SectionId;
  readonly kind: ItemKind;
  readonly text: string;
  /** Words from elsewhere in the policy that help answer the item (the Background's definition). */
  readonly help?: string;
}

/** The Background's definition of chronic pain, the help for every indication item. */
export const CHRONIC_PAIN_DEFINITION =
  'Chronic pain is often defined as pain that persists longer than six months.';

export interface PolicySection {
  readonly id: SectionId;
  /** The kind of the section's lettered or numbered items (its indication item aside). */
  readonly kind: 'criterion' | 'contraindication';
  /** The policy's own lead-in for the list, word for word. */
  readonly heading: string;
}

const CONTRAINDICATIONS_HEADING = 'None of the following contraindications:';

export const SECTIONS: Readonly<Record<SectionId, PolicySection>> = {
  'I.A.1': {
    id: 'I.A.1',
    kind: 'criterion',
    heading:
      'Chronic intractable pain of malignant origin when all of the following criteria is met:',
  },
  'I.A.2': {
    id: 'I.A.2',
    kind: 'criterion',
    heading:
      'Chronic intractable pain of nonmalignant origin (e.g. failed back surgery syndrome, complex regional pain syndrome) when all the following criteria are met:',
  },
  'I.B': { id: 'I.B', kind: 'contraindication', heading: CONTRAINDICATIONS_HEADING },
  'II.A.1': {
    id: 'II.A.1',
    kind: 'criterion',
    heading:
      'Chronic intractable pain of malignant origin when the above criteria for the preliminary trial are met, and all of the following:',
  },
  'II.A.2': {
    id: 'II.A.2',
    kind: 'criterion',
    heading:
      'Severe chronic pain of non-malignant origin when the above criteria for the preliminary trial is met and all of the following:',
  },
  'II.B': { id: 'II.B', kind: 'contraindication', heading: CONTRAINDICATIONS_HEADING },
};

// I.B and II.B are the same five contraindications; the policy prints them twice.
const CONTRAINDICATION_TEXTS = [
  'Known allergies to materials in the implant',
  'Active alcohol or drug abuse, including but not limited to opioid addiction and intravenous drug abuse',
  'Diagnosis of dementia or psychosis',
  'Active systemic infection',
  'Active infection at the site of implantation',
] as const;

const TEXTS: Readonly<Record<ItemId, string>> = {
  // The indications: each section's lead-in without its "when … criteria" tail (DESIGN.md).
  'I.A.1': 'Chronic intractable pain of malignant origin',
  'I.A.2':
    'Chronic intractable pain of nonmalignant origin (e.g. failed back surgery syndrome, complex regional pain syndrome)',
  'II.A.1': 'Chronic intractable pain of malignant origin',
  'II.A.2': 'Severe chronic pain of non-malignant origin',
  'I.A.1.a':
    'Inadequate response to, or intolerable side effects from, noninvasive methods of pain control such as systemic opioids',
  'I.A.1.b': 'Life expectancy > three months',
  'I.A.1.c':
    'No evidence of epidural metastatic lesion(s) or tumor encroachment of the thecal sac by imaging',
  'I.A.2.a': 'Pathology for the pain has been identified',
  'I.A.2.b': 'Life expectancy is > three months',
  'I.A.2.c':
    'Failure or inability to tolerate other conservative treatment methods, including but not limited to, systemic pharmacotherapy, physical therapy, behavioral health treatment for pain, and appropriate nonsurgical treatment',
  'I.A.2.d': 'Compliance with previous attempts to treat the condition',
  'I.A.2.e':
    'A psychological evaluation confirms a mental health condition is not a major contributor to chronic pain symptoms',
  'I.A.2.f':
    'Further surgical intervention or other treatment is not indicated or likely to be effective',
  'I.A.2.g': 'Prior to the trial, systemic opioids have been weaned by at least 50%',
  'I.A.2.h':
    'Opioid induced hyperalgesia has been ruled out as a possible cause of the chronic pain symptoms',
  'I.B.1': CONTRAINDICATION_TEXTS[0],
  'I.B.2': CONTRAINDICATION_TEXTS[1],
  'I.B.3': CONTRAINDICATION_TEXTS[2],
  'I.B.4': CONTRAINDICATION_TEXTS[3],
  'I.B.5': CONTRAINDICATION_TEXTS[4],
  'II.A.1.a': 'The trial provided ≥ 50% reduction in pain with minimal side effects',
  'II.A.1.b': 'Body size is sufficient to support the weight and bulk of the device',
  'II.A.1.c':
    'No other implanted programmable devices for which the interaction between devices may inadvertently change the prescription',
  'II.A.1.d': 'No known allergy or hypersensitivity to the drug being used',
  'II.A.2.a':
    'Preliminary trial provided ≥ 50% reduction in pain and increase in function with minimal side effects',
  'II.A.2.b': 'There is a plan in place to continue to wean systemic opioids',
  'II.A.2.c': 'No active coagulopathy',
  'II.A.2.d': 'Body size is sufficient to support the weight and bulk of the device',
  'II.A.2.e':
    'No other implanted programmable devices for which the interaction between devices may inadvertently change the prescription',
  'II.A.2.f': 'No known allergy or hypersensitivity to the drug being used',
  'II.A.2.g': 'No evidence of increased intracranial pressure',
  'II.A.2.h':
    'No spinal anomalies that may complicate the implantation and fixation of a catheter for drug delivery',
  'II.A.2.i':
    'Continued active participation in any behavioral health or psychological treatment modalities',
  'II.B.1': CONTRAINDICATION_TEXTS[0],
  'II.B.2': CONTRAINDICATION_TEXTS[1],
  'II.B.3': CONTRAINDICATION_TEXTS[2],
  'II.B.4': CONTRAINDICATION_TEXTS[3],
  'II.B.5': CONTRAINDICATION_TEXTS[4],
};

const INDICATION_IDS: readonly string[] = ['I.A.1', 'I.A.2', 'II.A.1', 'II.A.2'];

/** Is this item the statement of an indication (I.A.1, I.A.2, II.A.1, II.A.2)? */
export function isIndicationId(id: ItemId): boolean {
  return INDICATION_IDS.includes(id);
}

/**
 * The section an item belongs to: an indication is its own section (I.A.1 → I.A.1); any other
 * item's is its ID less the last part (I.A.2.g → I.A.2, II.B.4 → II.B).
 */
function sectionOf(id: ItemId): SectionId {
  return (isIndicationId(id) ? id : id.slice(0, id.lastIndexOf('.'))) as SectionId;
}

export const ITEMS: readonly PolicyItem[] = ITEM_IDS.map((id) => {
  const section = sectionOf(id);
  return isIndicationId(id)
    ? { id, section, kind: 'indication', text: TEXTS[id], help: CHRONIC_PAIN_DEFINITION }
    : { id, section, kind: SECTIONS[section].kind, text: TEXTS[id] };
});

export const ITEM_BY_ID: Readonly<Record<ItemId, PolicyItem>> = Object.fromEntries(
  ITEMS.map((item) => [item.id, item]),
) as Record<ItemId, PolicyItem>;

/** Position of each item in policy order, for sorting lists of IDs. */
export const ITEM_ORDER: Readonly<Record<ItemId, number>> = Object.fromEntries(
  ITEM_IDS.map((id, index) => [id, index]),
) as Record<ItemId, number>;

export function itemsOfSection(section: SectionId): readonly PolicyItem[] {
  return ITEMS.filter((item) => item.section === section);
}

export function isItemId(value: string): value is ItemId {
  return Object.prototype.hasOwnProperty.call(ITEM_ORDER, value);
}
