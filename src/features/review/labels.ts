// The request's choices in words, the same on every page that shows them: the case file's one
// table of words.
export { DRUG_LABELS, INDICATION_LABELS, REQUEST_LABELS } from '../../engine';
