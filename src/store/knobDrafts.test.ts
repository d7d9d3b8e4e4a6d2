/**
 * A value refused in the editor stays on screen, so Generate must not build a world
 * from the last valid one while it is there. The worker is replaced by a recorder.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { problemEnglish } from '../core/messages/problem';
import type { ToWorker } from '../worker/protocol';
import { useStore } from './index';
import { clearedRun } from './lessonSlice';

const sent: ToWorker[] = [];
vi.mock('./runtime', () => ({ connectRuntime: () => {}, startRuntime: () => {}, send: (m: ToWorker) => sent.push(m) }));

const state = () => useStore.getState();

beforeEach(() => {
  sent.length = 0;
  useStore.setState({ scenarioId: 'video-watch-time', settings: {}, knobDrafts: {}, ...clearedRun(), lesson: null });
});

describe('refused values in the editor', () => {
  it('Generate refuses while one is on screen, and works again once it is fixed', () => {
    expect(state().setKnob('users', -5).map(problemEnglish)).toEqual(['users: must be at least 10 (got -5)']);
    expect(Object.keys(state().knobDrafts)).toEqual(['users']);
    state().generate();
    expect(sent).toEqual([]);
    expect(state().phase).toBe('idle');
    expect(state().setKnob('users', 50)).toEqual([]);
    expect(state().knobDrafts).toEqual({});
    state().generate();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ type: 'generate', scenario: { users: 50 } });
  });

  it('typing the value back, a reset, an import or another scenario drop it', () => {
    const refuse = () => expect(state().setKnob('video.clickbaitShare', 2)).toHaveLength(1);
    refuse();
    state().clearKnobDraft('video.clickbaitShare');
    expect(state().knobDrafts).toEqual({});
    refuse();
    // Nothing changed yet: Reset to preset still drops what was refused.
    expect(state().settings).toEqual({});
    state().resetToPreset();
    expect(state().knobDrafts).toEqual({});
    refuse();
    state().selectScenario('video-no-clickbait');
    expect(state().knobDrafts).toEqual({});
    refuse();
    state().setKnob('seed', 3);
    expect(Object.keys(state().knobDrafts)).toEqual(['video.clickbaitShare']);
    state().resetToPreset();
    expect(state()).toMatchObject({ settings: {}, knobDrafts: {} });
  });

  it('each knob keeps its own refusal', () => {
    state().setKnob('users', -5);
    state().setKnob('items', 1.5);
    state().setKnob('users', 40);
    expect(Object.keys(state().knobDrafts)).toEqual(['items']);
  });
});
