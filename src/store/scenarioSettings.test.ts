/**
 * The shop's switches (goal, ESMM sharing) and the scenario they apply to, outside
 * React. No worker starts: these actions only change state.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { activeScenario } from './activeScenario';
import { useStore } from './index';
import { modelLabel, modelsOf } from './models';
import { readUrlSettings } from './urlParams';

const state = () => useStore.getState();
const shop = () => {
  const s = activeScenario(state());
  if (s.world !== 'shop') throw new Error('expected the shop scenario');
  return s;
};

describe('scenario settings', () => {
  beforeEach(() => useStore.setState({ scenarioId: 'shop-e2e-small', settings: {}, phase: 'idle', summary: null, result: null, stale: false }));

  it('applies the goal and the ESMM switch to the active scenario, keeping it stable between changes', () => {
    const before = activeScenario(state());
    expect(activeScenario(state())).toBe(before);
    state().setGoal('gmv');
    state().setSharedEmbeddings(false);
    expect(shop().goal).toBe('gmv');
    expect(shop().model.sharedEmbeddings).toBe(false);
    expect(modelsOf(shop())).toEqual(['ctr', 'cvr', 'esmmNs']);
    expect(activeScenario(state())).toBe(activeScenario(state()));
  });

  it('keeps trained models when the goal changes, and keeps the logs but asks for Train when the ESMM switch does', () => {
    useStore.setState({ phase: 'compared', summary: {} as never, result: {} as never, modelsStale: false });
    state().setGoal('gmv');
    expect(state().phase).toBe('compared');
    expect(state().stale).toBe(false);
    state().setSharedEmbeddings(false);
    expect(state().phase).toBe('generated');
    expect(state().summary).not.toBeNull();
    expect(state().stale).toBe(false);
    expect(state().modelsStale).toBe(true);
  });

  it('has nothing to keep when the ESMM switch changes before Generate', () => {
    useStore.setState({ phase: 'idle', summary: null, result: null, modelsStale: false });
    state().setSharedEmbeddings(false);
    expect(state().phase).toBe('idle');
    expect(state().modelsStale).toBe(false);
  });

  it('forgets the settings when another scenario is picked, and ignores them on a video scenario', () => {
    state().setGoal('gmv');
    state().selectScenario('video-e2e-small');
    expect(state().settings).toEqual({});
    state().setGoal('gmv');
    expect(state().settings).toEqual({});
    expect(modelsOf(activeScenario(state()))).toEqual(['ctr', 'watchTime']);
  });

  it('does not change settings while the worker is busy', () => {
    useStore.setState({ phase: 'training' });
    state().setGoal('gmv');
    expect(shop().goal).toBe('purchases');
  });
});

describe('model labels and link settings', () => {
  it('names the models in the words of each case', () => {
    expect(modelLabel('ctr', 'video')).toBe('Click model (CTR)');
    expect(modelLabel('ctr', 'shop')).toBe('CTR model');
    expect(modelLabel('cvr', 'shop')).toBe('CVR model (clicked impressions only)');
    expect(modelLabel('esmmNs', 'shop')).toBe('ESMM-NS (separate embeddings)');
  });

  it('reads the shop switches from a link and ignores unknown values', () => {
    expect(readUrlSettings('?scenario=shop-e2e-small&goal=GMV&esmm=separate')).toMatchObject({ scenarioId: 'shop-e2e-small', goal: 'gmv', sharedEmbeddings: false });
    expect(readUrlSettings('?goal=revenue&esmm=maybe')).toMatchObject({ goal: undefined, sharedEmbeddings: undefined });
  });
});

describe('the picker sets changes aside', () => {
  beforeEach(() => useStore.setState({ scenarioId: 'video-watch-time', settings: {}, setAside: {}, knobDrafts: {}, draftProblems: {}, phase: 'idle', summary: null, result: null, stale: false }));

  it('brings back the knobs in use and the values still waiting when a scenario is picked again', () => {
    expect(state().setKnob('seed', 42)).toEqual([]);
    expect(state().setKnob('video.clickbaitShare', 1.5).length).toBeGreaterThan(0);
    state().pickScenario('shop-conversion');
    expect(activeScenario(state()).seed).toBe(1);
    expect(state().knobDrafts).toEqual({});
    expect(state().setKnob('users', 50)).toEqual([]);
    state().pickScenario('video-watch-time');
    expect(activeScenario(state()).seed).toBe(42);
    expect(state().knobDrafts).toEqual({ 'video.clickbaitShare': 1.5 });
    expect(Object.keys(state().draftProblems)).toContain('video.clickbaitShare');
    state().pickScenario('shop-conversion');
    expect(activeScenario(state()).users).toBe(50);
  });

  it('sets nothing aside for a scenario left as its preset, and a lesson\'s switch does not bring changes back', () => {
    state().pickScenario('shop-conversion');
    expect(state().setAside).toEqual({});
    state().setKnob('seed', 9);
    state().selectScenario('video-watch-time');
    state().selectScenario('shop-conversion');
    expect(activeScenario(state()).seed).toBe(1);
  });
});
