import { CODE_FITS, CODES, type CodeRequest } from '../../policy';
import type { CodeFitRow } from './code-fit-table';

/** The requests the table has a column for. */
export const CODE_FIT_REQUESTS: readonly CodeRequest[] = ['trial', 'implant', 'existing_pump'];

/**
 * Every code of the policy's table, in its order, with the requests it fits: the same table the
 * engine reads for each requested code's `fitsRequest`, so the two cannot disagree.
 */
export const CODE_FIT_ROWS: readonly CodeFitRow<CodeRequest>[] = CODES.map((code) => ({
  code: code.code,
  notOnFeeSchedule: code.notOnFeeSchedule,
  fits: CODE_FITS[code.code] ?? [],
}));
