/** The JSON `npm run bench -- --out bench.json` writes. Field names are stable; add fields freely. */
import type { BackendName } from '../models/types';
import type { LeakResult, ScaleResult, TrainingRow } from './page/protocol';

/** Generate + train + compare of one bundled scenario in the built app, backend `auto`. */
export interface EndToEndRow {
  scenario: string;
  /** The backend `auto` picked in the app. */
  backend: BackendName;
  /** Click on Generate to the results on screen, ms (includes auto's calibration). */
  ms: number;
  generateMs: number;
  /** Click on Train to the trained stats on screen, ms (calibration included). */
  trainMs: number;
  compareMs: number;
  /** The app's backend note (auto's measured speeds). */
  backendNote?: string;
  /** Longest main-thread long task while training, ms (0: none over 50 ms). */
  mainThreadLongestTaskMs: number;
  /** Main-page JS heap after a forced GC, bytes. */
  jsHeapBeforeBytes: number;
  jsHeapAfterBytes: number;
}

/** The "See why" views on a world of 2,000 items: the main thread while switching the item map's policy and moving the dial. */
export interface WhyViewsRow {
  scenario: string;
  /** Items of the world (the link's `items`). */
  items: number;
  /** Points the item map drew. */
  itemsDrawn: number;
  /** Clicks on the item map's policy choice (every policy, several rounds). */
  policySwitches: number;
  /** Keyboard steps of the dial (0 → 1 → 0 in steps of 0.05). */
  dialSteps: number;
  /** Longest main-thread task while switching the item map's policy, ms (0: none over 50 ms). */
  mapLongestTaskMs: number;
  mapLongTasks: number;
  /** Longest click-to-paint time of a policy switch, ms (Event Timing; 0: all under 16 ms). */
  mapLongestInteractionMs: number;
  /** Longest main-thread task while moving the dial, ms (0: none over 50 ms). */
  dialLongestTaskMs: number;
  dialLongTasks: number;
  /** Longest key-to-paint time of a dial step, ms (Event Timing; 0: all under 16 ms). */
  dialLongestInteractionMs: number;
  /** The larger of the two, ms; the issue asks for ≤ 100 ms. */
  longestTaskMs: number;
}

/** Whether `auto` picked the backend the bench measured fastest. */
export interface AutoAgreement {
  /** Where the pick was made: the bench worker's calibration or an app run. */
  source: string;
  pick: BackendName;
  /** The backend with the highest geometric-mean examples/s over the models measured. */
  fastest: BackendName;
  agrees: boolean;
  /** Geometric-mean examples/s per backend measured by the bench. */
  measured: Partial<Record<BackendName, number>>;
  /** What the calibration itself measured, examples/s (where known). */
  calibration?: Partial<Record<BackendName, number>>;
  /** Wall time of `selectBackend('auto')` with a fresh calibration, ms (where known). */
  calibrationMs?: number;
  /** The calibration's note (which backends it measured or skipped, and why). */
  note?: string;
}

/** One row of the scaling table. */
export interface ScalingRow extends ScaleResult {
  where: 'node' | 'browser';
  /** `estimateRunBytes` of the scenario, bytes. */
  estimatedBytes: number;
  /** Main-thread longest task during the run (browser only), ms. */
  mainThreadLongestTaskMs?: number;
  /** Set when the run failed: the message. */
  error?: string;
}

export interface BenchReport {
  createdAt: string;
  machine: { cpus: number; node: string; chromium: string; webglRenderer?: string; webglMaxTextureSize?: number };
  /** Browser worker, one epoch of benchmark data per model and backend. */
  training: TrainingRow[];
  endToEnd: EndToEndRow[];
  /** The longest main-thread long task over every end-to-end training, ms. */
  mainThreadLongestTaskMs: number;
  /** Measured in the browser worker on wasm. */
  tensorLeak: LeakResult;
  jsHeap: { where: string; beforeBytes: number; afterBytes: number };
  auto: AutoAgreement[];
  /** Core only, in Node. */
  core: { worldGenerationImpressionsPerSec: Record<string, number>; replayUsersPerSec: Record<string, number> };
  scaling?: ScalingRow[];
  /** The "See why" views with 2,000 items (issue 5): longest main-thread task per interaction. */
  whyViews?: WhyViewsRow[];
  /** Each target of issue 7, measured. */
  targets: TargetCheck[];
  totalMs: number;
}

export interface TargetCheck {
  name: string;
  target: string;
  measured: number;
  unit: string;
  met: boolean;
}
