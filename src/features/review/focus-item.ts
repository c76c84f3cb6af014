import type { ItemId } from '../../policy';
import { itemDomId } from './form-keys';

/** An item's answer where focus goes: the checked radio, else the first. */
export function answerRadio(group: Element | null): HTMLInputElement | null {
  return (
    group?.querySelector<HTMLInputElement>('input[type="radio"]:checked') ??
    group?.querySelector<HTMLInputElement>('input[type="radio"]') ??
    null
  );
}

/** Puts focus on an item's answer and brings it into view. */
export function focusItem(id: ItemId): boolean {
  const group = document.getElementById(itemDomId(id));
  if (!group) return false;
  const radio = answerRadio(group);
  group.scrollIntoView({ block: 'center' });
  (radio ?? group).focus({ preventScroll: true });
  return true;
}
