// Formatting shared by the benchmarks: figures with their units, in plain-text tables.

export const integer = (n: number) => Math.round(n).toLocaleString('en-US');
export const fixed = (n: number, digits: number) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
/** Bytes as KB (1,000 bytes), two decimals. */

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
