/**
 * The models each case trains, as the UI names and orders them.
 *
 * The orders mirror `VIDEO_MODELS` in `src/pipeline/videoPipeline.ts` and
 * `shopModels` in `src/pipeline/shopPipeline.ts`; they are not imported from there
 * because those modules pull TensorFlow.js into the main bundle.
 */
import type { Scenario } from '../core/scenario/parseScenario';
import type { ModelId } from '../models/types';
import { i18n } from '../i18n';

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
const LABELLED: Record<World, readonly ModelId[]> = { video: ['ctr', 'watchTime'], shop: ['ctr', 'cvr', 'esmm', 'esmmNs'] };

/** The label of model `id` in a case in the current language, e.g. `modelLabel('cvr', 'shop')`. */
export function modelLabel(id: ModelId, world: World): string {
  return LABELLED[world].includes(id) ? i18n.t(`charts:models.${world}.${id}`) : id;
}

/** A short name and a detail line where a model's full label would not fit; the video's labels are short already. */
export function modelLabelParts(id: ModelId, world: World): { name: string; detail?: string } {
  if (world !== 'shop' || !LABELLED.shop.includes(id)) return { name: modelLabel(id, world) };
  return { name: i18n.t(`charts:models.name.${id}`), detail: i18n.t(`charts:models.detail.${id}`) };
}
