import { ITEM_IDS, type ItemId } from '../../policy';

// react-hook-form reads dots in a field name as nesting, and every item ID has dots (I.A.2.g).
// This is the one place that maps IDs to form keys and back.

type Undot<S extends string> = S extends `${infer Head}.${infer Tail}`
  ? `${Head}_${Undot<Tail>}`
  : S;
export type FormKey = Undot<ItemId>;

export function toFormKey(id: ItemId): FormKey {
  return id.replaceAll('.', '_') as FormKey;
}

const ID_BY_KEY: ReadonlyMap<string, ItemId> = new Map(ITEM_IDS.map((id) => [toFormKey(id), id]));

export function fromFormKey(key: string): ItemId | undefined {
  return ID_BY_KEY.get(key);
}

/** The DOM id of an item's group, for links that take the reviewer to a question. */
export function itemDomId(id: ItemId): string {
  return `item-${toFormKey(id)}`;
}
