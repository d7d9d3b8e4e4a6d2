/**
 * The shop case in three stages, shared by the worker and the command line:
 * generate (world → logs → split), train (ctr, the BASE pair ctr × cvr, and ESMM),
 * compare (the paper's offline AUCs and the entire-space CVR AUC, then the replay).
 */
import type { Dataset } from '../core/data/dataset';
import { splitSteps } from '../core/data/split';
import { shopLogSteps } from '../core/logs/shopLogs';
import { DEFAULT_CHUNK_ROWS, drain, type Steps } from '../core/progress/steps';
import { auc } from '../core/metrics/auc';
import { logloss } from '../core/metrics/logloss';
import type { Report, ReportTrain } from '../core/report/report';
import { buildShopReport } from '../core/report/shopReport';
import { replayShop, shopPairTruth } from '../core/replay/shopReplay';
import type { Scorer } from '../core/replay/replayEngine';
import type { CvrSpacePoint, ShopOfflineMetrics, ShopPolicyId, ShopReplayResult } from '../core/replay/types';
import type { ShopScenario } from '../core/scenario/shopScenario';
import { summariseShopSteps, type ShopWorldSummary } from '../core/world/shopSummary';
import { shopWorldSteps, type ShopWorld } from '../core/world/shopWorld';
import { trainModel } from '../models';
import type { ConversionParts, ModelId, TrainControl, TrainedModel } from '../models/types';
import { trainInTurn } from './trainInTurn';

export interface ShopRun {
  scenario: ShopScenario;
  world: ShopWorld;
  train: Dataset;
  test: Dataset;
  summary: ShopWorldSummary;
}

/** The ESMM variant the scenario asks for: shared embeddings, or the paper's ESMM-NS. */
export const esmmVariant = (scenario: ShopScenario): 'esmm' | 'esmmNs' => (scenario.model.sharedEmbeddings ? 'esmm' : 'esmmNs');

/** The models of the shop case, in the order they train. */
export const shopModels = (scenario: ShopScenario): ModelId[] => ['ctr', 'cvr', esmmVariant(scenario)];

/** Stage 1: the world, its logs (with the counterfactual z*) and the held-out split. */
export function generateShopRun(scenario: ShopScenario): ShopRun {
  return drain(generateShopRunSteps(scenario));
}

/** Stage 1 in chunks (see `core/progress/steps.ts`): the same run for a seed whatever `chunkRows` is. */
export function* generateShopRunSteps(scenario: ShopScenario, chunkRows = DEFAULT_CHUNK_ROWS): Steps<ShopRun> {
  const world = yield* shopWorldSteps(scenario, chunkRows);
  const logs = yield* shopLogSteps(scenario, world, chunkRows);
  const { train, test } = yield* splitSteps(logs, scenario.evaluation.testFraction, scenario.seed, chunkRows);
  const summary = yield* summariseShopSteps(world, logs, chunkRows);
  return { scenario, world, train, test, summary };
}

/** Stage 2: trains ctr, cvr (on clicked rows only, inside its model) and ESMM; the caller disposes them. */
export function trainShopModels(run: ShopRun, control: TrainControl = {}): Promise<Map<ModelId, TrainedModel>> {
  const { model, seed } = run.scenario;
  return trainInTurn(shopModels(run.scenario), (id) => trainModel(id, run.train, model, seed, control, run.test));
}

/** pCTR and pCVR of each pair for one ranking policy. */
export function partsOf(policy: ShopPolicyId, models: Map<ModelId, TrainedModel>, u: Int32Array, v: Int32Array): Pick<ConversionParts, 'pCtr' | 'pCvr'> | { pCtr: Float32Array; pCvr: null } {
  if (policy === 'ctr') return { pCtr: models.get('ctr')!.score(u, v), pCvr: null };
  if (policy === 'ctrXcvr') return { pCtr: models.get('ctr')!.score(u, v), pCvr: models.get('cvr')!.score(u, v) };
  const parts = models.get(policy as 'esmm' | 'esmmNs')!.predictParts!(u, v);
  return { pCtr: parts.pCtr, pCvr: parts.pCvr };
}

/** The learned policies of this run, by the ids the replay shows. */
function learnedPolicies(run: ShopRun): ShopPolicyId[] {
  return ['ctr', 'ctrXcvr', esmmVariant(run.scenario)];
}

/** The learned policies' rankings for `goal`: the replay's and the "See why" views' one source. */
export function shopScorers(run: ShopRun, models: Map<ModelId, TrainedModel>, goal: ShopScenario['goal']): Partial<Record<ShopPolicyId, Scorer>> {
  const price = run.world.priceYuan;
  const scorers: Partial<Record<ShopPolicyId, Scorer>> = {};
  for (const id of learnedPolicies(run)) {
    scorers[id] = (u, v) => {
      const { pCtr, pCvr } = partsOf(id, models, u, v);
      // A CTR ranking ignores the goal: it is the objective a team would use without thinking.
      if (!pCvr) return pCtr;
      return pCtr.map((p, i) => p * pCvr[i] * (goal === 'gmv' ? price[v[i]] : 1));
    };
  }
  return scorers;
}

/**
 * Offline metrics on the held-out logs (DESIGN 3): CTR AUC and logloss; CVR AUC on
 * clicked impressions (the paper's protocol); CVR AUC over every impression
 * against z* (simulator only); CTCVR AUC of pCTR·pCVR against click∧purchase.
 */
function offlineMetrics(policy: ShopPolicyId, models: Map<ModelId, TrainedModel>, test: Dataset): ShopOfflineMetrics {
  const { pCtr, pCvr } = partsOf(policy, models, test.userIds, test.itemIds);
  const purchase = test.purchase!;
  const base = { ctrAuc: auc(pCtr, test.click), ctrLogloss: logloss(pCtr, test.click) };
  if (!pCvr) return { ...base, cvrAuc: null, cvrAucEntireSpace: null, ctcvrAuc: auc(pCtr, purchase) };
  const clicked: number[] = [];
  for (let i = 0; i < test.size; i++) if (test.click[i] > 0) clicked.push(i);
  return {
    ...base,
    cvrAuc: auc(clicked.map((i) => pCvr[i]), clicked.map((i) => purchase[i])),
    cvrAucEntireSpace: auc(pCvr, test.purchaseIfClicked!),
    ctcvrAuc: auc(pCtr.map((p, i) => p * pCvr[i]), purchase),
  };
}

/** Each CVR model's predicted against true conversion, over clicked and over unclicked held-out impressions. */
function cvrSpace(run: ShopRun, policy: ShopPolicyId, models: Map<ModelId, TrainedModel>): CvrSpacePoint[] {
  const { test, world } = run;
  const { pCvr } = partsOf(policy, models, test.userIds, test.itemIds);
  if (!pCvr) return [];
  const truth = shopPairTruth(world, test.userIds, test.itemIds).pBuyIfClicked;
  return (['clicked', 'unclicked'] as const).map((space) => {
    const rows: number[] = [];
    for (let i = 0; i < test.size; i++) if ((test.click[i] > 0) === (space === 'clicked')) rows.push(i);
    const mean = (a: ArrayLike<number>) => (rows.length ? rows.reduce((s, i) => s + a[i], 0) / rows.length : 0);
    return {
      policyId: policy,
      space,
      impressions: rows.length,
      meanPredictedCvr: mean(pCvr),
      meanTrueCvr: mean(truth),
      aucVsCounterfactual: auc(rows.map((i) => pCvr[i]), rows.map((i) => test.purchaseIfClicked![i])),
    };
  });
}

/** Stage 3: offline metrics, then the replay with each policy ranking for the scenario's goal. */
export function compareShopRun(run: ShopRun, models: Map<ModelId, TrainedModel>): ShopReplayResult {
  const { goal } = run.scenario;
  const result = replayShop(run.world, run.scenario.evaluation, goal, run.scenario.seed, shopScorers(run, models, goal));
  for (const p of result.policies) {
    if (p.id === 'random' || p.id === 'oracle') continue;
    p.offline = offlineMetrics(p.id, models, run.test);
    result.cvrSpace.push(...cvrSpace(run, p.id, models));
  }
  const variant = esmmVariant(run.scenario);
  result.cvrTrainingImpressions = {
    ctrXcvr: models.get('cvr')!.stats.examples / models.get('cvr')!.stats.epochs,
    [variant]: models.get(variant)!.stats.examples / models.get(variant)!.stats.epochs,
  };
  return result;
}

/** The report of DESIGN 5.2 for a finished shop run; ctrXcvr's training is its two models'. */
export function shopReport(run: ShopRun, backend: string, models: Map<ModelId, TrainedModel>, replay: ShopReplayResult, timings?: Report['timings']): Report {
  const stat = (id: ModelId): ReportTrain | undefined => {
    const s = models.get(id)?.stats;
    return s && { ms: s.ms, examples: s.examples, examplesPerSec: s.examplesPerSec, epochs: s.epochs };
  };
  const train: Partial<Record<string, ReportTrain>> = { ctr: stat('ctr'), esmm: stat('esmm'), esmmNs: stat('esmmNs') };
  const ctr = stat('ctr');
  const cvr = stat('cvr');
  if (ctr && cvr) {
    const ms = ctr.ms + cvr.ms;
    train.ctrXcvr = { ms, examples: ctr.examples + cvr.examples, examplesPerSec: ms > 0 ? ((ctr.examples + cvr.examples) / ms) * 1000 : 0, epochs: ctr.epochs, cvrExamples: cvr.examples } as ReportTrain;
  }
  return buildShopReport({ scenario: run.scenario, backend, summary: run.summary, replay, train, timings });
}
