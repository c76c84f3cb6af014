/** The summary's two forms: everything, or the outcome, reasons, failing and missing only. */
export const SUMMARY_VIEWS = ['full', 'short'] as const;
export type SummaryView = (typeof SUMMARY_VIEWS)[number];
