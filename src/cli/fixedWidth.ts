/** Fixed-width text tables for the command line (`npm run simulate`, `npm run bench`). */

/**
 * Renders a header, a rule and the rows; the first column is left-aligned, the others
 * right-aligned (they hold numbers).
 */
export function fixedWidthTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((c, i) => Math.max(c.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) => widths.map((w, i) => (i === 0 ? (cells[i] ?? '').padEnd(w) : (cells[i] ?? '').padStart(w))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
