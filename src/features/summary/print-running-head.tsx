import { MARGIN_BOX_STYLE, usePageStylesheet } from '../../components/ui/use-page-stylesheet';
import { POLICY } from '../../policy';
import { clip, cssString } from './summary-text';

export interface PrintRunningHeadProps {
  /** Who the summary is about, as entered: name and member ID. */
  readonly member: string;
  readonly fingerprint: string;
  /** A review not completed prints DRAFT at the head of every page. */
  readonly draft: boolean;
}

/** The running head's DRAFT: large and bold, so no page of a draft passes for the record. */
export const DRAFT_HEAD = 'DRAFT';
const DRAFT_STYLE =
  'font-family: system-ui, sans-serif; font-size: 14pt; font-weight: 700; color: #9f1239; letter-spacing: 0.08em;';

/**
 * The page's running head and foot in print: the policy and the member on every page (and DRAFT
 * on every page of a review not completed), the case
 * fingerprint and "Page n of m" at the foot. They live in the page margins (@page margin boxes,
 * which Chromium prints), so they never cover the summary's text. The member's name is typed by a
 * reviewer, so it reaches the stylesheet only as an escaped CSS string.
 */
export function PrintRunningHead({ member, fingerprint, draft }: PrintRunningHeadProps) {
  const css = `@page {
  margin: 14mm 13mm 14mm 13mm;
  @top-left { content: ${cssString(`${POLICY.number} rev. ${POLICY.revision} · Determination summary`)}; ${MARGIN_BOX_STYLE} }
  @top-right { content: ${cssString(clip(member, 70))}; ${MARGIN_BOX_STYLE} }
  ${draft ? `@top-center { content: ${cssString(DRAFT_HEAD)}; ${DRAFT_STYLE} }` : ''}
  @bottom-left { content: ${cssString(`Case fingerprint ${fingerprint}`)}; ${MARGIN_BOX_STYLE} }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${MARGIN_BOX_STYLE} }
}`;

  usePageStylesheet(css);

  return null;
}
