import { describe, expect, it } from 'vitest';
import { checkWebglTextureFit } from './webglTextureFit';

const shapes = { batchSize: 1024, predictBatch: 4096, inputWidths: [20], widestLayer: 64 };

describe('checkWebglTextureFit', () => {
  it('accepts the default step on a small 4096-texel GPU', () => {
    const fit = checkWebglTextureFit(4096, shapes);
    expect(fit.ok).toBe(true);
    expect(fit.largestValues).toBe(4096 * 64); // the prediction chunk's activations
  });

  it('counts the packed read-back of every block (ESMM-NS has two)', () => {
    const fit = checkWebglTextureFit(4096, { ...shapes, batchSize: 8192, inputWidths: [40, 40], widestLayer: 64 });
    expect(fit.largestValues).toBe(1 + 8192 * 80);
  });

  it('refuses a step larger than one texture and names a batch size that fits', () => {
    const fit = checkWebglTextureFit(256, { ...shapes, batchSize: 2048 });
    expect(fit.ok).toBe(false);
    if (fit.ok) return;
    expect(fit.capacity).toBe(65_536);
    expect(fit.maxBatchSize).toBe(Math.floor(65_535 / 64));
    expect(checkWebglTextureFit(256, { ...shapes, batchSize: fit.maxBatchSize, predictBatch: 512 }).ok).toBe(true);
    expect(fit.reason).toContain('256 × 256');
    expect(fit.reason).toContain('batch size of 1,023');
  });
});
