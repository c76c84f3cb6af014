export { SummaryPage } from './summary-page';
export { SummaryRoutePage } from './summary-route-page';
