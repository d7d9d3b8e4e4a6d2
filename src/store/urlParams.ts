/**
 * What a link can set, so a facilitator can bookmark a ready-made session:
 * `?scenario=<id>`, `?backend=auto|webgl|wasm|cpu`, `?worker=off` (run on the
 * main thread, to show or test the fallback) and, on a shop scenario,
 * `?goal=purchases|gmv` and `?esmm=shared|separate`. Unknown values are ignored.
 */
import type { ShopGoal } from '../core/scenario/shopScenario';
import type { BackendChoice } from '../models/types';
import { findScenario } from './scenarios';

export interface UrlSettings {
  scenarioId?: string;
  backend?: BackendChoice;
  mainThread: boolean;
  goal?: ShopGoal;
  sharedEmbeddings?: boolean;
}

const BACKENDS: readonly BackendChoice[] = ['auto', 'webgl', 'wasm', 'cpu'];
const GOALS: readonly ShopGoal[] = ['purchases', 'gmv'];
const ESMM: Record<string, boolean> = { shared: true, separate: false };

/** @param search a query string such as `location.search` */
export function readUrlSettings(search: string): UrlSettings {
  const params = new URLSearchParams(search);
  const scenario = params.get('scenario');
  const backend = params.get('backend')?.toLowerCase();
  const goal = params.get('goal')?.toLowerCase();
  const esmm = params.get('esmm')?.toLowerCase() ?? '';
  return {
    scenarioId: scenario && findScenario(scenario) ? scenario : undefined,
    backend: BACKENDS.find((b) => b === backend),
    mainThread: params.get('worker') === 'off',
    goal: GOALS.find((g) => g === goal),
    sharedEmbeddings: Object.hasOwn(ESMM, esmm) ? ESMM[esmm] : undefined,
  };
}

/**
 * Keeps the address bar in step with the choices, without a reload or a history entry.
 * @param value the new value, or null to drop the setting from the link
 */
export function writeUrlSetting(key: 'scenario' | 'backend' | 'goal' | 'esmm', value: string | null): void {
  if (typeof window === 'undefined') return;
  const url = new URL(window.location.href);
  if (value === null) {
    if (!url.searchParams.has(key)) return;
    url.searchParams.delete(key);
  } else url.searchParams.set(key, value);
  window.history.replaceState(null, '', url);
}
