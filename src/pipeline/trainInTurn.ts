/** Trains several models one after another; on an error or a cancel, frees those already trained. */
import type { ModelId, TrainedModel } from '../models/types';

export async function trainInTurn(ids: readonly ModelId[], trainOne: (id: ModelId) => Promise<TrainedModel>): Promise<Map<ModelId, TrainedModel>> {
  const models = new Map<ModelId, TrainedModel>();
  try {
    for (const id of ids) models.set(id, await trainOne(id));
    return models;
  } catch (e) {
    for (const m of models.values()) m.dispose();
    throw e;
  }
}
