export { SummaryPage } from './summary-page';
export { SUMMARY_VIEWS, type SummaryView } from './summary-text';
export { SummaryRoutePage } from './summary-route-page';
