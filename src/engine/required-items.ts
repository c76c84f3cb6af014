import { ITEM_IDS, itemsOfSection, type ItemId } from '../policy';
import type { Indication, Request } from './case-file';

/** A request the policy has criteria for: a trial (Part I) or an implant (Part II). */
export type CriteriaRequest = 'trial' | 'implant';
/** Chronic pain of one of the two origins the policy covers. */
export type PainOrigin = 'malignant' | 'nonmalignant';

function ids(items: readonly { readonly id: ItemId }[]): ItemId[] {
  return items.map((item) => item.id);
}

/**
 * The items one path needs (DESIGN.md, "Which items a request needs"):
 * - a trial: its indication and that indication's criteria (I.A.1 and I.A.1.a–c, or I.A.2 and
 *   I.A.2.a–h), and the contraindications I.B.1–5;
 * - an implant: the trial's lettered criteria ("when the above criteria for the preliminary trial
 *   are met"), the implant's indication and its criteria (II.A.1 and II.A.1.a–d, or II.A.2 and
 *   II.A.2.a–i), and II.B.1–5. I.A.1 and I.A.2 are not asked again: II.A.1 and II.A.2 restate
 *   them; II.B repeats the I.B list and is the one asked at implant.
 */
export function itemsOfPath(request: CriteriaRequest, origin: PainOrigin): ItemId[] {
  const trialSection = origin === 'malignant' ? 'I.A.1' : 'I.A.2';
  if (request === 'trial') {
    return [...ids(itemsOfSection(trialSection)), ...ids(itemsOfSection('I.B'))];
  }
  const implantSection = origin === 'malignant' ? 'II.A.1' : 'II.A.2';
  return [
    ...ids(itemsOfSection(trialSection).filter((item) => item.kind === 'criterion')),
    ...ids(itemsOfSection(implantSection)),
    ...ids(itemsOfSection('II.B')),
  ];
}

/**
 * The items a request needs, in policy order. A fact not yet recorded leaves every path it
 * could still take open, so the items of all of them are listed; a request or an indication
 * outside the policy's criteria (a pump in place, another indication) needs none.
 */
export function requiredItems(
  request: Request | undefined,
  indication: Indication | undefined,
): ItemId[] {
  const requests: CriteriaRequest[] =
    request === undefined ? ['trial', 'implant'] : request === 'existing_pump' ? [] : [request];
  const origins: PainOrigin[] =
    indication === undefined
      ? ['malignant', 'nonmalignant']
      : indication === 'other'
        ? []
        : [indication];
  const needed = new Set<ItemId>();
  for (const r of requests)
    for (const o of origins) for (const id of itemsOfPath(r, o)) needed.add(id);
  return ITEM_IDS.filter((id) => needed.has(id));
}
