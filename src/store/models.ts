/**
 * The models each case trains, as the UI names and orders them.
 *
 * The orders mirror `VIDEO_MODELS` in `src/pipeline/videoPipeline.ts` and
 * `shopModels` in `src/pipeline/shopPipeline.ts`; they are not imported from there
 * because those modules pull TensorFlow.js into the main bundle.
 */
import type { Scenario } from '../core/scenario/parseScenario';
import type { ModelId } from '../models/types';

/** Which case study: the video platform (YouTube) or the online shop (Alibaba). */
export type World = Scenario['world'];

const VIDEO_MODELS: readonly ModelId[] = ['ctr', 'watchTime'];
const SHOP_MODELS_SHARED: readonly ModelId[] = ['ctr', 'cvr', 'esmm'];
const SHOP_MODELS_SEPARATE: readonly ModelId[] = ['ctr', 'cvr', 'esmmNs'];

/** The models a scenario trains, in training order (a stable array per case, safe in selectors). */
export function modelsOf(scenario: Scenario): readonly ModelId[] {
  if (scenario.world === 'video') return VIDEO_MODELS;
  return scenario.model.sharedEmbeddings ? SHOP_MODELS_SHARED : SHOP_MODELS_SEPARATE;
}

/** Plain-words names for people who are not ML engineers; `ctr` reads differently in each case. */
const LABELS: Record<World, Partial<Record<ModelId, string>>> = {
  video: { ctr: 'Click model (CTR)', watchTime: 'Watch-time model' },
  shop: {
    ctr: 'CTR model',
    cvr: 'CVR model (clicked impressions only)',
    esmm: 'ESMM (shared embeddings)',
    esmmNs: 'ESMM-NS (separate embeddings)',
  },
};

/** The label of model `id` in a case, e.g. `modelLabel('cvr', 'shop')`. */
export function modelLabel(id: ModelId, world: World): string {
  return LABELS[world][id] ?? id;
}

/** The shop's model names split for small titles and legends: a short name and what sets it apart. */
const PARTS: Partial<Record<ModelId, { name: string; detail: string }>> = {
  ctr: { name: 'CTR model', detail: 'all impressions' },
  cvr: { name: 'CVR model', detail: 'clicked impressions only' },
  esmm: { name: 'ESMM', detail: 'shared embeddings' },
  esmmNs: { name: 'ESMM-NS', detail: 'separate embeddings' },
};

/** A short name and a detail line where a model's full label would not fit; the video's labels are short already. */
export function modelLabelParts(id: ModelId, world: World): { name: string; detail?: string } {
  return world === 'shop' && PARTS[id] ? PARTS[id] : { name: modelLabel(id, world) };
}
