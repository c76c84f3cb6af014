import type { Determination } from '../../engine';
import {
  itemsOfSection,
  PARTS,
  SECTIONS,
  WAIVED_BY_TRIAL_WAIVER,
  type ItemId,
  type SectionId,
} from '../../policy';
import { ItemGroup } from './item-group';
import { TrialWaiverMark, TrialWaiverNote } from './trial-waiver-note';
import { TrialWaiverRequest } from './trial-waiver-request';

// One element for every drawing, so that the item it marks is not drawn again for it.
const TRIAL_WAIVER_MARK_LINK = <TrialWaiverMark />;

export interface SectionStepProps {
  readonly sections: readonly SectionId[];
  readonly determination: Determination;
  readonly readOnly: boolean;
  readonly showWaiver?: boolean;
  readonly prompt?: string;
}

const PART_OF_SECTION = (sectionId: SectionId) =>
  sectionId.startsWith('II') ? PARTS.implant : PARTS.trial;

/**
 * One or more policy sections, item by item: the same component serves every criteria step.
 * Each part's opening statement (I, II) and the A. lead-in come first, word for word, as in the policy.
 */
export function SectionStep({
  sections,
  determination,
  readOnly,
  showWaiver,
  prompt,
}: SectionStepProps) {
  const traces = new Map(determination.items.map((t) => [t.id as ItemId, t]));
  const parts = [...new Set(sections.map(PART_OF_SECTION))];
  // II.A.1.a's `*` leads to the Note: in the waiver's box when it is asked, else on its own.
  const noteAlone = !showWaiver && sections.includes('II.A.1');
  return (
    <div className="flex flex-col gap-6">
      {parts.map((part) => (
        <p key={part.id} className="text-sm">
          <span className="font-mono font-semibold text-brand">{part.id}.</span> {part.statement}
        </p>
      ))}
      {sections.map((sectionId) => {
        const section = SECTIONS[sectionId];
        const part = PART_OF_SECTION(sectionId);
        return (
          <section
            key={sectionId}
            aria-labelledby={`section-${sectionId}`}
            className="flex flex-col gap-3"
          >
            {section.kind !== 'contraindication' ? (
              // "A. Request is for either of the following indications:", the list this section is one of.
              <p className="text-sm">
                <span className="font-mono font-semibold text-brand">{part.id}.A</span>{' '}
                {part.indications}
              </p>
            ) : null}
            <h2 id={`section-${sectionId}`} className="text-base font-semibold">
              <span className="font-mono text-brand">{sectionId}</span> {section.heading}
            </h2>
            {itemsOfSection(sectionId)
              // An indication the request does not ask (I.A.1 at implant: II.A.1 restates it) is left out.
              .filter((item) => item.kind !== 'indication' || traces.get(item.id)?.required)
              .map((item) => (
                <ItemGroup
                  key={item.id}
                  item={item}
                  trace={traces.get(item.id)}
                  readOnly={readOnly}
                  prompt={prompt}
                  mark={item.id === WAIVED_BY_TRIAL_WAIVER ? TRIAL_WAIVER_MARK_LINK : undefined}
                />
              ))}
            {showWaiver && sectionId === 'II.A.1' ? (
              <TrialWaiverRequest determination={determination} readOnly={readOnly} />
            ) : null}
          </section>
        );
      })}
      {noteAlone ? (
        <TrialWaiverNote className="scroll-mt-24 rounded-lg border border-line bg-white p-4 text-sm" />
      ) : null}
    </div>
  );
}
