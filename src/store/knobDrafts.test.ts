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
  useStore.setState({ scenarioId: 'video-watch-time', settings: {}, knobDrafts: {}, draftProblems: {}, ...clearedRun(), lesson: null });
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
    expect(state().draftProblems).toEqual({});
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
    expect(state()).toMatchObject({ settings: {}, knobDrafts: {}, draftProblems: {} });
  });

  it('each knob keeps its own refusal', () => {
    state().setKnob('users', -5);
    state().setKnob('items', 1.5);
    state().setKnob('users', 40);
    expect(Object.keys(state().knobDrafts)).toEqual(['items']);
  });
});

describe('the whole draft is checked at every change (the tester\'s memory refusal)', () => {
  const lines = (path: string) => (state().draftProblems[path] ?? []).map(problemEnglish);

  it('marks the knobs the line names, not the one typed last, and clears once another box makes it fit', () => {
    for (const [path, value] of [['evaluation.replayUsers', 20000], ['evaluation.candidatesPerUser', 5000], ['users', 200000]] as const) {
      expect(state().setKnob(path, value)).toEqual([]);
    }
    // 100,000 videos uncap the A/B test's 5,000 candidates: 20,000 × 5,000 is too big.
    const refused = state().setKnob('items', 100000);
    expect(refused.map(problemEnglish)).toEqual([expect.stringMatching(/^evaluation\.replayUsers: This world needs about 3,911 MiB/)]);
    expect(state().knobDrafts).toEqual({ items: 100000 });
    expect(Object.keys(state().draftProblems)).toEqual(['evaluation.replayUsers', 'evaluation.candidatesPerUser']);
    expect(lines('evaluation.replayUsers')[0]).toMatch(/^evaluation\.replayUsers: This world needs about 3,911 MiB.*lower the users in the A\/B test/);
    expect(lines('evaluation.candidatesPerUser')[0]).toMatch(/^evaluation\.candidatesPerUser: This world needs about 3,911 MiB/);
    // The videos wait: the scenario still has the preset's 300.
    expect(state().settings.edits).not.toHaveProperty('items');

    // Another box fixes it: the waiting videos are used with it, and every mark goes.
    expect(state().setKnob('evaluation.replayUsers', 100)).toEqual([]);
    expect(state()).toMatchObject({ knobDrafts: {}, draftProblems: {} });
    expect(state().settings.edits).toMatchObject({ items: 100000, 'evaluation.replayUsers': 100, users: 200000 });
    state().generate();
    expect(sent).toHaveLength(1);
  });

  it('typing the waiting value back drops it and the marks it caused', () => {
    state().setKnob('users', 200000);
    state().setKnob('evaluation.replayUsers', 20000);
    state().setKnob('evaluation.candidatesPerUser', 5000);
    state().setKnob('items', 100000);
    expect(Object.keys(state().draftProblems)).toHaveLength(2);
    state().clearKnobDraft('items');
    expect(state()).toMatchObject({ knobDrafts: {}, draftProblems: {} });
  });

  it('a rule between two fields marks both, each said from its side, and a fix on either side clears both', () => {
    state().setKnob('evaluation.topK', 20);
    expect(state().setKnob('evaluation.candidatesPerUser', 15).map(problemEnglish)).toEqual(['evaluation.candidatesPerUser: must be at least evaluation.topK (20) (got 15)']);
    expect(lines('evaluation.candidatesPerUser')).toEqual(['evaluation.candidatesPerUser: must be at least evaluation.topK (20) (got 15)']);
    expect(lines('evaluation.topK')).toEqual(['evaluation.topK: must be at most evaluation.candidatesPerUser (15) (got 20)']);
    state().setKnob('evaluation.topK', 10);
    expect(state()).toMatchObject({ knobDrafts: {}, draftProblems: {} });
    // 10 is the preset's own slots: no change left there.
    expect(state().settings.edits).toEqual({ 'evaluation.candidatesPerUser': 15 });
  });

  it('a value that fits alone is used even while another box waits', () => {
    state().setKnob('users', -5);
    expect(state().setKnob('video.clickbaitShare', 0.5)).toEqual([]);
    expect(state().settings.edits).toEqual({ 'video.clickbaitShare': 0.5 });
    expect(state().knobDrafts).toEqual({ users: -5 });
    expect(Object.keys(state().draftProblems)).toEqual(['users']);
  });
});
