/**
 * The one entry point the pipeline and the worker use to train any model by id.
 */
import type { Dataset } from '../core/data/dataset';
import { trainCtrModel } from './ctr/ctrModel';
import { trainWatchTimeModel } from './watchTime/watchTimeModel';
import { trainCvrModel } from './cvr/cvrModel';
import { trainEsmmModel } from './esmm/esmmModel';
import type { ModelId, ModelSettings, TrainControl, TrainedModel } from './types';

/**
 * Trains model `id` on `train` with the active backend (see `selectBackend`).
 * Every model gets ALL logged impressions: `cvr` keeps their clicked rows itself;
 * `cvr`, `esmm` and `esmmNs` need the shop's `purchase` column.
 * @param seed model seed; the same seed, data and settings give identical logits on a backend
 * @param control progress (≤ ~10/s, plus one per epoch end), pause and cancel hooks
 * @param test when given, each epoch-end progress carries its click AUC (for `cvr`: the purchase AUC on its clicked rows)
 * @throws TrainingCancelled when cancelled; NonFiniteLossError when the loss became NaN/Infinity
 */
export function trainModel(
  id: ModelId,
  train: Dataset,
  settings: ModelSettings,
  seed: number,
  control?: TrainControl,
  test?: Dataset,
): Promise<TrainedModel> {
  switch (id) {
    case 'ctr':
      return trainCtrModel(train, settings, seed, control, test);
    case 'watchTime':
      return trainWatchTimeModel(train, settings, seed, control, test);
    case 'cvr':
      return trainCvrModel(train, settings, seed, control, test);
    case 'esmm':
    case 'esmmNs':
      return trainEsmmModel(train, settings, seed, { sharedEmbeddings: id === 'esmm' }, control, test);
    default: {
      const unknown: never = id;
      throw new Error(`Unknown model id ${String(unknown)}`);
    }
  }
}
