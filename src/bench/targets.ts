/** The targets of issue 7, checked against a bench run (measured, never asserted in a test). */
import type { BenchReport, TargetCheck } from './types';

/** Checks each target; a target whose measurement is missing is reported as not met with NaN. */
export function checkTargets(r: Pick<BenchReport, 'training' | 'endToEnd' | 'mainThreadLongestTaskMs' | 'tensorLeak'>): TargetCheck[] {
  const esmmWasm = r.training.find((t) => t.model === 'esmm' && t.backend === 'wasm')?.examplesPerSec ?? NaN;
  const videoMs = r.endToEnd.find((e) => e.scenario === 'video-watch-time')?.ms ?? NaN;
  return [
    { name: 'ESMM training on wasm in the browser', target: '≥ 100,000', measured: esmmWasm, unit: 'examples/s', met: esmmWasm >= 100_000 },
    { name: 'video-watch-time generate + train + compare (auto)', target: '≤ 15,000', measured: videoMs, unit: 'ms', met: videoMs <= 15_000 },
    { name: 'longest main-thread task while training', target: '≤ 50', measured: r.mainThreadLongestTaskMs, unit: 'ms', met: r.mainThreadLongestTaskMs <= 50 },
    { name: 'tensors leaked after 10 retrains', target: '0', measured: r.tensorLeak.leaked, unit: 'tensors', met: r.tensorLeak.leaked === 0 },
  ];
}
