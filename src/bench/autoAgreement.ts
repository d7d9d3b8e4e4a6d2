/**
 * Did `auto` pick the fastest backend? Compares a pick with the per-backend training
 * speeds the bench measured on the models a scenario trains.
 */
import type { BackendName, ModelId } from '../models/types';
import type { TrainingRow } from './page/protocol';
import type { AutoAgreement } from './types';

/**
 * Geometric mean of examples/s per backend over `models` (a backend that lacks one of them is left out).
 * @returns examples/s per backend
 */
export function speedByBackend(rows: readonly TrainingRow[], models: readonly ModelId[]): Partial<Record<BackendName, number>> {
  const out: Partial<Record<BackendName, number>> = {};
  const backends = [...new Set(rows.map((r) => r.backend))];
  for (const b of backends) {
    const speeds = models.map((m) => rows.find((r) => r.backend === b && r.model === m)?.examplesPerSec);
    const known = speeds.filter((s): s is number => s !== undefined && s > 0);
    if (known.length !== models.length) continue;
    out[b] = Math.exp(known.reduce((a, s) => a + Math.log(s), 0) / known.length);
  }
  return out;
}

/**
 * @param source where the pick comes from, e.g. "app: video-watch-time"
 * @throws when no backend has a speed for every model
 */
export function autoAgreement(source: string, pick: BackendName, rows: readonly TrainingRow[], models: readonly ModelId[], calibration?: Partial<Record<BackendName, number>>): AutoAgreement {
  const measured = speedByBackend(rows, models);
  const entries = Object.entries(measured) as [BackendName, number][];
  if (!entries.length) throw new Error(`no backend was measured on every model of ${models.join(', ')}`);
  const fastest = entries.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  return { source, pick, fastest, agrees: pick === fastest, measured, ...(calibration ? { calibration } : {}) };
}
