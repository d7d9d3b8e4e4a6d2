/** The readable tables `npm run bench` prints. */
import { fixedWidthTable } from '../cli/fixedWidth';
import type { BenchReport, ScalingRow, WhyViewsRow } from './types';

const int = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? '—' : Math.round(x).toLocaleString('en'));
const mib = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MiB`;

/** Every section of a bench report as text. */
export function benchTables(r: BenchReport): string {
  const out: string[] = [];
  out.push(`Training in the browser worker (examples/s, one epoch; fit = plain model.fit on the equivalent dense model)`);
  out.push(fixedWidthTable(['model', 'backend', 'examples/s', 'rows', 'model.fit ex/s', 'ratio'], r.training.map((t) => [t.model, t.backend, int(t.examplesPerSec), int(t.trainRows), int(t.fitExamplesPerSec), t.ratioToFit.toFixed(2)])));
  out.push('', 'End to end in the app, backend auto (generate + train + compare)');
  out.push(fixedWidthTable(['scenario', 'backend', 'total ms', 'generate', 'train', 'compare', 'longest task ms', 'heap before', 'heap after'], r.endToEnd.map((e) => [e.scenario, e.backend, int(e.ms), int(e.generateMs), int(e.trainMs), int(e.compareMs), int(e.mainThreadLongestTaskMs), mib(e.jsHeapBeforeBytes), mib(e.jsHeapAfterBytes)])));
  out.push('', 'auto vs the measured speeds (geometric mean examples/s over the scenario\'s models)');
  out.push(fixedWidthTable(['source', 'pick', 'fastest', 'agrees', 'measured', 'calibration ms'], r.auto.map((a) => [a.source, a.pick, a.fastest, a.agrees ? 'yes' : 'NO', Object.entries(a.measured).map(([b, v]) => `${b} ${int(v)}`).join(', '), int(a.calibrationMs)])));
  for (const a of r.auto) if (a.note) out.push(`  ${a.source}: ${a.note}`);
  const leak = r.tensorLeak;
  out.push('', `Tensors (${leak.backend}, browser worker, ${leak.models.join('+')} × ${leak.retrains}): ${leak.tensorsBefore} before, ${leak.tensorsAfterFirst} after the first, ${leak.tensorsAfterLast} after the last → ${leak.leaked} leaked`);
  out.push(`JS heap (${r.jsHeap.where}): ${mib(r.jsHeap.beforeBytes)} before, ${mib(r.jsHeap.afterBytes)} after`);
  const gen = Object.entries(r.core.worldGenerationImpressionsPerSec).map(([s, v]) => `${s} ${int(v)}`).join(', ');
  const rep = Object.entries(r.core.replayUsersPerSec).map(([s, v]) => `${s} ${int(v)}`).join(', ');
  out.push(`Core in Node: world generation ${gen} impressions/s; replay ${rep} users/s`);
  if (r.scaling?.length) out.push('', scalingTable(r.scaling));
  if (r.whyViews?.length) out.push('', whyViewsTable(r.whyViews));
  out.push('', 'Targets (issue 7)');
  out.push(fixedWidthTable(['target', 'wanted', 'measured', 'met'], r.targets.map((t) => [t.name, `${t.target} ${t.unit}`, `${int(t.measured)} ${t.unit}`, t.met ? 'yes' : 'NO'])));
  out.push('', `bench took ${(r.totalMs / 1000).toFixed(0)} s`);
  return out.join('\n');
}

/** The main thread of the "See why" views (issue 5: no task over 100 ms when switching policy or moving the dial). */
export function whyViewsTable(rows: readonly WhyViewsRow[]): string {
  const head = `"See why" views, main thread (longest long task; 0 = none over 50 ms; issue 5 wants ≤ 100 ms)`;
  return `${head}\n${fixedWidthTable(
    ['scenario', 'items', 'drawn', 'policy switches', 'longest task ms', 'click→paint ms', 'dial steps', 'longest task ms', 'key→paint ms', '≤ 100 ms'],
    rows.map((w) => [w.scenario, int(w.items), int(w.itemsDrawn), int(w.policySwitches), int(w.mapLongestTaskMs), int(w.mapLongestInteractionMs), int(w.dialSteps), int(w.dialLongestTaskMs), int(w.dialLongestInteractionMs), w.longestTaskMs <= 100 ? 'yes' : 'NO']),
  )}`;
}

/** The scaling table: one row per world size, backend and place. */
export function scalingTable(rows: readonly ScalingRow[]): string {
  return fixedWidthTable(
    ['where', 'backend', 'impressions', 'users', 'estimate', 'generate ms', 'train ms', 'compare ms', 'ex/s by model', 'longest task ms'],
    rows.map((s) => [
      s.where,
      s.backend,
      int(s.impressions),
      int(s.users),
      mib(s.estimatedBytes),
      s.error ? 'failed' : int(s.generateMs),
      s.error ? '—' : int(s.trainMs),
      s.error ? '—' : int(s.compareMs),
      s.error ?? Object.entries(s.examplesPerSec).map(([m, v]) => `${m} ${int(v)}`).join(', '),
      s.mainThreadLongestTaskMs === undefined ? '—' : int(s.mainThreadLongestTaskMs),
    ]),
  );
}
