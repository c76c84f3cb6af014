import type { ItemId } from '../../policy';
import { itemDomId } from './form-keys';

/** Puts focus on an item's answer (the checked radio, else the first) and brings it into view. */
export function focusItem(id: ItemId): boolean {
  const group = document.getElementById(itemDomId(id));
  if (!group) return false;
  const radio =
    group.querySelector<HTMLInputElement>('input[type="radio"]:checked') ??
    group.querySelector<HTMLInputElement>('input[type="radio"]');
  group.scrollIntoView({ block: 'center' });
  (radio ?? group).focus({ preventScroll: true });
  return true;
}
