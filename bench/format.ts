// Formatting shared by the benchmarks: figures with their units, in plain-text tables.
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

export const integer = (n: number) => Math.round(n).toLocaleString('en-US');
export const fixed = (n: number, digits: number) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
/** Bytes as KB (1,000 bytes), two decimals. */
export const kb = (bytes: number) => fixed(bytes / 1000, 2);

export const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  indent = '  ',
): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    indent +
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('   ')
      .trimEnd();
  console.log(line(header));
  console.log(indent + widths.map((w) => '-'.repeat(w)).join('   '));
  for (const row of rows) console.log(line(row));
}

export interface Sizes {
  readonly raw: number;
  readonly gzip: number;
  readonly brotli: number;
}

/** A file's size as sent: raw, gzip level 9, brotli quality 11. */
export function compressedSizes(raw: Buffer): Sizes {
  return {
    raw: raw.length,
    gzip: gzipSync(raw, { level: 9 }).length,
    brotli: brotliCompressSync(raw, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length },
    }).length,
  };
}

export const addSizes = (all: readonly Sizes[]): Sizes =>
  all.reduce(
    (sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip, brotli: sum.brotli + s.brotli }),
    {
      raw: 0,
      gzip: 0,
      brotli: 0,
    },
  );
