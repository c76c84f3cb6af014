import { ITEMS, type ItemId, type SectionId } from '../policy';
import type { Indication, Request } from './case-file';

/**
 * The sections a request needs (DESIGN.md, "Which items a request needs"):
 * - a trial: its indication's I.A list, and I.B;
 * - an implant: the trial's indication list too ("when the above criteria for the preliminary
 *   trial are met"), then II.A.1 or II.A.2, and II.B.
 * A fact not yet recorded leaves out the sections that depend on it.
 */
export function requiredSections(
  request: Request | undefined,
  indication: Indication | undefined,
): SectionId[] {
  const sections: SectionId[] = [];
  if (indication) sections.push(indication === 'malignant' ? 'I.A.1' : 'I.A.2');
  if (request === 'trial') sections.push('I.B');
  if (request === 'implant') {
    if (indication) sections.push(indication === 'malignant' ? 'II.A.1' : 'II.A.2');
    sections.push('II.B');
  }
  return sections;
}

const cache = new Map<string, readonly ItemId[]>();

/** The required items, in policy order, for a request and indication. */
export function requiredItems(
  request: Request | undefined,
  indication: Indication | undefined,
): readonly ItemId[] {
  const key = `${request ?? ''}|${indication ?? ''}`;
  let items = cache.get(key);
  if (!items) {
    const sections = new Set(requiredSections(request, indication));
    items = ITEMS.filter((item) => sections.has(item.section)).map((item) => item.id);
    cache.set(key, items);
  }
  return items;
}
