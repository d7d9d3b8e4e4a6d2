/**
 * Will a training step's tensors fit in this GPU's textures? WebGL stores each tensor
 * in a 2-D texture of at most `WEBGL_MAX_TEXTURE_SIZE` texels a side; tfjs reshapes a
 * long tensor into a squarer texture, but one with more values than max² cannot be
 * stored at all and fails deep inside a shader with an error nobody in a workshop can
 * read. This check runs before training starts and says what to change instead.
 *
 * Pure arithmetic (no tfjs), so it is tested without a GPU.
 */
import { messageEnglish, type Message } from '../core/messages/message';

/** The shapes one model's training and prediction create. */
export interface StepShapes {
  /** Rows per training step. */
  batchSize: number;
  /** Rows per prediction chunk (`PREDICT_BATCH`). */
  predictBatch: number;
  /** Width of each input block, features per row. */
  inputWidths: readonly number[];
  /** Widest dense layer output, units (the activations are batch × this). */
  widestLayer: number;
}

/** The answer of `checkWebglTextureFit`. */
export type TextureFit =
  | { ok: true; largestValues: number; capacity: number }
  | { ok: false; largestValues: number; capacity: number; maxBatchSize: number; reason: string; said: Message };

/**
 * Compares the largest tensor a step creates with what one texture can hold.
 * The largest are the packed read-back [1 + batch × Σ widths] (loss and input gradients
 * in one array), a block input [batch × width], an activation [batch × widest layer]
 * and a prediction chunk [predictBatch × width].
 * @param maxTextureSize texels per texture side, e.g. 8192 on SwiftShader, 16384 on most GPUs
 * @returns ok, or the largest batch size that would fit and a reason for people
 */
export function checkWebglTextureFit(maxTextureSize: number, shapes: StepShapes): TextureFit {
  const capacity = maxTextureSize * maxTextureSize;
  const totalWidth = shapes.inputWidths.reduce((a, b) => a + b, 0);
  const widestInput = Math.max(0, ...shapes.inputWidths);
  const perRow = Math.max(totalWidth, shapes.widestLayer, 1);
  const largestValues = Math.max(1 + shapes.batchSize * perRow, shapes.predictBatch * Math.max(widestInput, shapes.widestLayer));
  if (largestValues <= capacity) return { ok: true, largestValues, capacity };
  const maxBatchSize = Math.max(0, Math.floor((capacity - 1) / perRow));
  const said: Message = { code: 'webglTextures', capacity, maxTextureSize, batchSize: shapes.batchSize, largestValues, maxBatchSize };
  return { ok: false, largestValues, capacity, maxBatchSize, reason: messageEnglish(said), said };
}
