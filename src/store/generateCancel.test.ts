/**
 * Generation progress and cancel in the store: the bar follows the worker's reports,
 * and a cancelled generation puts back everything it had changed, so nothing the
 * user made (a trained run, its curves, a comparison) is lost. The worker is
 * replaced by a recorder of the messages the store sends.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FromWorker, ToWorker } from '../worker/protocol';

const sent: ToWorker[] = [];
vi.mock('./runtime', () => ({ connectRuntime: () => {}, startRuntime: () => {}, send: (msg: ToWorker) => void sent.push(msg) }));

const { useStore } = await import('./index');
const { applyMessage } = await import('./applyMessage');
const { startAutoRun } = await import('./autoRun');

const apply = (msg: FromWorker) => applyMessage(msg, useStore.getState, useStore.setState);
const progress = (fraction: number): FromWorker => ({ type: 'generateProgress', progress: { stage: 'labels', done: 10, total: 100, fraction }, elapsedMs: 250 });

/** A state after a whole run: trained models, curves and a comparison on screen. */
function afterARun() {
  useStore.setState({
    phase: 'compared',
    error: null,
    cancelled: true,
    modelsStale: false,
    summary: { world: 'video' } as never,
    result: { world: 'video' } as never,
    report: { scenario: 'x' } as never,
    trainStats: [{ modelId: 'ctr' }] as never,
    trainingModels: ['ctr', 'watchTime'],
    trainingWorld: 'video',
    lossCurves: { ctr: [{ epochs: 1, loss: 0.3 }] },
    aucByEpoch: [{ epoch: 1, ctr: 0.7 }],
    progressPercent: 100,
    generation: null,
    generateCancelled: false,
    generateUndo: null,
  });
  return useStore.getState();
}

describe('generation in the store', () => {
  beforeEach(() => {
    sent.length = 0;
  });

  it('shows the worker’s progress while generating, and drops it when done', () => {
    afterARun();
    useStore.getState().generate();
    expect(sent).toEqual([expect.objectContaining({ type: 'generate' })]);
    expect(useStore.getState().phase).toBe('generating');
    apply(progress(0.4));
    expect(useStore.getState().generation).toEqual({ progress: { stage: 'labels', done: 10, total: 100, fraction: 0.4 }, elapsedMs: 250 });
    apply({ type: 'generated', summary: { world: 'video' } as never, ms: 900 });
    expect(useStore.getState().generation).toBeNull();
    expect(useStore.getState().phase).toBe('generated');
  });

  it('puts back everything a cancelled generation changed', () => {
    const before = afterARun();
    useStore.getState().generate();
    // Generate cleared the training on screen at once…
    expect(useStore.getState().lossCurves).toEqual({});
    expect(useStore.getState().trainStats).toBeNull();
    apply(progress(0.2));
    useStore.getState().cancel();
    expect(sent.map((m) => m.type)).toEqual(['generate', 'cancel']);
    expect(useStore.getState().phase).toBe('generating'); // until the worker confirms
    apply({ type: 'generateCancelled' });
    const after = useStore.getState();
    // …and the cancel brings all of it back, the very same objects.
    for (const key of ['phase', 'cancelled', 'summary', 'result', 'report', 'trainStats', 'trainingModels', 'trainingWorld', 'lossCurves', 'aucByEpoch', 'progressPercent'] as const) {
      expect(after[key], key).toBe(before[key]);
    }
    expect(after.generation).toBeNull();
    expect(after.generateCancelled).toBe(true);
    // A report still on its way changes nothing.
    apply(progress(0.3));
    expect(useStore.getState().generation).toBeNull();
    expect(useStore.getState().phase).toBe('compared');
  });

  it('sends no cancel when nothing runs', () => {
    afterARun();
    useStore.getState().cancel();
    expect(sent).toEqual([]);
  });

  it('ends a ?run=1 chain when its generation is cancelled', () => {
    useStore.setState({ phase: 'idle', stale: false, error: null, cancelled: false, generateCancelled: false, summary: null });
    startAutoRun(useStore);
    expect(sent.map((m) => m.type)).toEqual(['generate']);
    apply({ type: 'generateCancelled' });
    expect(useStore.getState().phase).toBe('idle');
    // The next Generate is the user's own: it does not go on to train.
    useStore.getState().generate();
    apply({ type: 'generated', summary: { world: 'video' } as never, ms: 1 });
    expect(sent.map((m) => m.type)).toEqual(['generate', 'generate']);
  });
});
