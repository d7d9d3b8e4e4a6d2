/**
 * The store's reaction to worker replies, outside React (actions and state are
 * plain zustand). No worker starts: only `applyMessage` is driven here.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { applyMessage } from './applyMessage';
import { useStore } from './index';
import type { FromWorker } from '../worker/protocol';

const apply = (msg: FromWorker) => applyMessage(msg, useStore.getState, useStore.setState);

describe('applyMessage', () => {
  beforeEach(() => useStore.setState({ phase: 'training', error: null, cancelled: false, progressPercent: 40 }));

  it('shows a training error in the words of the error and returns to the generated phase', () => {
    const message = 'Training stopped: the loss became NaN at epoch 2, step 7. Try a smaller learning rate.';
    apply({ type: 'error', during: 'train', message });
    expect(useStore.getState().error).toEqual({ during: 'train', message });
    expect(useStore.getState().phase).toBe('generated');
  });

  it('ignores progress that arrives after a cancel', () => {
    apply({ type: 'cancelled' });
    apply({
      type: 'progress',
      progress: { modelId: 'ctr', epoch: 1, epochs: 1, step: 10, totalSteps: 10, loss: 0.3, examplesSeen: 1, examplesPerSec: 1, elapsedMs: 1 },
    });
    const s = useStore.getState();
    expect(s.phase).toBe('generated');
    expect(s.cancelled).toBe(true);
    expect(s.progressPercent).toBe(40);
  });

  it('says "measuring the backends" only until the worker names the backend, then takes paces (no curve point)', () => {
    useStore.setState({ calibrating: true, progress: null, progressPercent: 0, trainingModels: ['ctr', 'watchTime'], lossCurves: {}, summary: null });
    apply({ type: 'backend', backend: 'wasm' });
    expect(useStore.getState().calibrating).toBe(false);
    apply({ type: 'trainPace', pace: { modelId: 'ctr', epoch: 1, epochs: 30, step: 1, totalSteps: 1000, examplesSeen: 1024, examplesPerSec: 3911, elapsedMs: 262 } });
    const s = useStore.getState();
    expect(s.progress).toMatchObject({ step: 1, examplesPerSec: 3911 });
    expect(s.progressPercent).toBeCloseTo(0.05);
    expect(s.lossCurves).toEqual({});
    // After a cancel, a late pace changes nothing.
    apply({ type: 'cancelled' });
    apply({ type: 'trainPace', pace: { modelId: 'ctr', epoch: 1, epochs: 30, step: 2, totalSteps: 1000, examplesSeen: 2048, examplesPerSec: 3911, elapsedMs: 524 } });
    expect(useStore.getState().progress?.step).toBe(1);
  });

  it('keeps the "See why" data of a comparison, and drops it with the results of a new world', () => {
    const insights = { world: 'video' } as never;
    apply({ type: 'compared', result: { world: 'video' } as never, report: {} as never, ms: 1, insights });
    expect(useStore.getState().insights).toBe(insights);
    expect(useStore.getState().phase).toBe('compared');
    apply({ type: 'generated', summary: {} as never, ms: 1 });
    expect(useStore.getState().insights).toBeNull();
    expect(useStore.getState().result).toBeNull();
  });

  it('marks shown numbers stale when the scenario changes', () => {
    useStore.setState({ phase: 'compared', summary: {} as never, resultsScenarioId: useStore.getState().scenarioId, stale: false });
    const other = useStore.getState().scenarios.find((s) => s.id !== useStore.getState().scenarioId)!;
    useStore.getState().selectScenario(other.id);
    expect(useStore.getState().stale).toBe(true);
    expect(useStore.getState().phase).toBe('idle');
  });
});
