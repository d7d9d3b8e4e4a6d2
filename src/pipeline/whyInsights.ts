/**
 * Stage 3's second half: the data of the "See why" views, from the run, its trained
 * models and the replay's own scorers (so the views agree with the A/B test). The
 * core does the computing; this file only hands it the models' scores.
 */
import { buildShopInsights, type ShopModelParts } from '../core/insights/shopInsights';
import type { RunInsights } from '../core/insights/types';
import { buildVideoInsights } from '../core/insights/videoInsights';
import type { ModelId, TrainedModel } from '../models/types';
import type { AnyRun } from './anyRun';
import { esmmVariant, partsOf, shopScorers, type ShopRun } from './shopPipeline';
import type { VideoRun } from './videoPipeline';

type Models = Map<ModelId, TrainedModel>;

function modelOf(models: Models, id: ModelId): TrainedModel {
  const m = models.get(id);
  if (!m) throw new Error(`The ${id} model is missing: train the models again.`);
  return m;
}

function videoInsights(run: VideoRun, models: Models): RunInsights {
  const ctr = modelOf(models, 'ctr');
  const watchTime = modelOf(models, 'watchTime');
  const { test } = run;
  return buildVideoInsights({
    world: run.world,
    evaluation: run.scenario.evaluation,
    seed: run.scenario.seed,
    // The same scorers the replay ranks with (compareVideoRun): pCTR and e^logit.
    scorers: { ctr: (u, v) => ctr.score(u, v), watchTime: (u, v) => watchTime.score(u, v) },
    test: { userIds: test.userIds, itemIds: test.itemIds, pCtr: ctr.score(test.userIds, test.itemIds), expLogit: watchTime.score(test.userIds, test.itemIds) },
  });
}

function shopInsights(run: ShopRun, models: Models): RunInsights {
  const esmm = esmmVariant(run.scenario);
  const parts = (u: Int32Array, v: Int32Array): ShopModelParts => {
    const base = partsOf('ctrXcvr', models, u, v);
    const e = partsOf(esmm, models, u, v);
    return { ctrPctr: base.pCtr, basePcvr: base.pCvr!, esmmPctr: e.pCtr, esmmPcvr: e.pCvr! };
  };
  const { test, scenario } = run;
  return buildShopInsights({
    world: run.world,
    evaluation: scenario.evaluation,
    seed: scenario.seed,
    goal: scenario.goal,
    scorers: shopScorers(run, models, scenario.goal),
    esmm,
    dialScorers: { purchases: shopScorers(run, models, 'purchases')[esmm]!, gmv: shopScorers(run, models, 'gmv')[esmm]! },
    parts,
    test: { userIds: test.userIds, itemIds: test.itemIds, click: test.click, parts: parts(test.userIds, test.itemIds) },
  });
}

/** The "See why" data of a compared run (call after `compareRun`, with the same models). */
export function insightsRun(r: AnyRun, models: Models): RunInsights {
  return r.world === 'video' ? videoInsights(r.run, models) : shopInsights(r.run, models);
}
