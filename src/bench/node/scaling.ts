/**
 * The scaling table in Node: generate + train + compare of the video world at each
 * size of `SCALE_SIZES`, on wasm and cpu, with the same pipeline as the CLI.
 */
import { estimateRunBytes } from '../../core/scale/estimateRunBytes';
import type { Scenario } from '../../core/scenario/parseScenario';
import { selectBackend } from '../../models';
import type { BackendName } from '../../models/types';
import { compareRun, generateRun, trainRun } from '../../pipeline/anyRun';
import { SCALE_SIZES, scaledScenario } from '../scaleScenario';
import type { ScalingRow } from '../types';

/**
 * @param log called with each row as it finishes (they take up to minutes)
 */
export async function nodeScaling(base: Scenario, backends: readonly BackendName[], log: (row: ScalingRow) => void): Promise<ScalingRow[]> {
  const rows: ScalingRow[] = [];
  for (const backend of backends) {
    await selectBackend(backend);
    for (const size of SCALE_SIZES) {
      const scenario = scaledScenario(base, size);
      const row: ScalingRow = { where: 'node', backend, ...size, estimatedBytes: estimateRunBytes(scenario), generateMs: 0, trainMs: 0, compareMs: 0, examplesPerSec: {} };
      try {
        const t0 = performance.now();
        const run = generateRun(scenario);
        const t1 = performance.now();
        const models = await trainRun(run);
        const t2 = performance.now();
        compareRun(run, models);
        row.compareMs = performance.now() - t2;
        row.generateMs = t1 - t0;
        row.trainMs = t2 - t1;
        for (const [id, m] of models) row.examplesPerSec[id] = m.stats.examplesPerSec;
        for (const m of models.values()) m.dispose();
      } catch (e) {
        row.error = e instanceof Error ? e.message : String(e);
      }
      rows.push(row);
      log(row);
    }
  }
  return rows;
}
