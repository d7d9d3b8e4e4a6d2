/**
 * The report as CSV for a spreadsheet: one row per policy, one column per
 * number (offline, online, train; intervals as `…Low` and `…High`), preceded by
 * the run's scenario, world, goal, seed and backend on every row.
 */
import type { Report } from './report';

const RUN_COLUMNS = ['scenario', 'world', 'goal', 'seed', 'backend', 'policy'] as const;

/** `name` → value for one policy, with intervals split into two columns. */
function flatten(policy: Report['policies'][string]): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const [section, values] of Object.entries(policy)) {
    for (const [key, value] of Object.entries(values ?? {})) {
      const name = `${section}.${key}`;
      if (Array.isArray(value)) {
        // `clicksPer1kCi: [low, high]` → `clicksPer1kLow`, `clicksPer1kHigh`.
        const stem = name.replace(/Ci$/, '');
        out[`${stem}Low`] = value[0] as number;
        out[`${stem}High`] = value[1] as number;
      } else out[name] = value as number | null;
    }
  }
  return out;
}

/** Quotes a cell when it holds a comma, a quote or a line break (RFC 4180). */
function cell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The report as CSV text with a header row; columns in order of first appearance. */
export function reportCsv(report: Report): string {
  const rows = Object.entries(report.policies).map(([id, p]) => ({ id, values: flatten(p) }));
  const columns: string[] = [];
  for (const r of rows) for (const k of Object.keys(r.values)) if (!columns.includes(k)) columns.push(k);
  const lines = [[...RUN_COLUMNS, ...columns].map(cell).join(',')];
  for (const r of rows) {
    const run = [report.scenario, report.world, report.goal ?? '', report.seed, report.backend, r.id];
    lines.push([...run, ...columns.map((c) => r.values[c])].map(cell).join(','));
  }
  return lines.join('\n') + '\n';
}
