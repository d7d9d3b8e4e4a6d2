/**
 * Where a learner stands when the page does not show the lesson's run: after a
 * reload (one click rebuilds it and goes back), after a link left the lesson, or
 * after another world was picked. The worker is replaced by a recorder.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { shopResult, videoResult } from '../lessons/testResults';
import type { ToWorker } from '../worker/protocol';
import { applyMessage } from './applyMessage';
import { useStore } from './index';
import { clearedRun, freshProgress, lessonWorldMismatch } from './lessonSlice';
import { initLessons } from './lessonUrl';

const sent: ToWorker[] = [];
vi.mock('./runtime', () => ({ connectRuntime: () => {}, startRuntime: () => {}, send: (m: ToWorker) => sent.push(m) }));

const state = () => useStore.getState();
const reply = (msg: Parameters<typeof applyMessage>[0]) => applyMessage(msg, useStore.getState, useStore.setState);
const stats = [{ modelId: 'ctr' }] as never;
const video = videoResult({ ctr: { ads: 12, clicks: 99 }, watchTime: { ads: 58, clicks: 30 } });
const shop = shopResult('purchases', { ctr: { purchases: 2, gmv: 200, clicks: 40 }, ctrXcvr: { purchases: 2.5, gmv: 260, clicks: 41 }, esmm: { purchases: 3, gmv: 300, clicks: 35 } });
/** The worker's answers to what the store sent, one at a time. */
function answer(): void {
  const msg = sent.shift();
  if (msg?.type === 'generate') reply({ type: 'generated', summary: { world: msg.scenario.world } as never, ms: 5 });
  else if (msg?.type === 'train') reply({ type: 'trained', stats });
  else if (msg?.type === 'compare') reply({ type: 'compared', result: msg.goal ? shop : video, report: {} as never, ms: 3 });
}

beforeEach(() => {
  sent.length = 0;
  useStore.setState({ scenarioId: 'video-e2e-small', settings: {}, knobDrafts: {}, ...clearedRun(), lesson: null, leftLesson: null, presenter: false, lessonResetPending: false, linkProblems: [] });
});

describe('a reload in the middle of a lesson', () => {
  it('one click rebuilds the run with the same scenario and seed and goes back to the reveal, the prediction kept', () => {
    state().setKnob('seed', 4);
    const saved = { ...freshProgress('video', 'video-e2e-small'), step: 5, predictions: { videoAds: { winner: 'watchTime' as const, ratio: 'x2' as const } }, revealed: ['videoAds' as const] };
    useStore.setState({ lesson: saved });
    initLessons(useStore, '', undefined);
    expect(state().lesson).toMatchObject({ step: 1, resumeStep: 5 });
    state().rebuildLessonRun();
    expect(sent[0]).toMatchObject({ type: 'generate', scenario: { id: 'video-e2e-small', seed: 4 } });
    answer();
    expect(sent[0]).toMatchObject({ type: 'train' });
    answer();
    expect(sent[0]).toEqual({ type: 'compare' });
    expect(state().lesson?.step).toBe(1);
    answer();
    expect(sent).toEqual([]);
    expect(state().lesson).toEqual({ ...saved, step: 5 });
  });

  it('on a prediction step it trains but does not compare: no result before the prediction', () => {
    useStore.setState({ lesson: { ...freshProgress('shop', 'shop-e2e-small'), step: 3 } });
    initLessons(useStore, '', undefined);
    expect(state().lesson).toMatchObject({ step: 1, resumeStep: 3 });
    state().rebuildLessonRun();
    // The lesson's world: the shop, ranking for purchases.
    expect(state().scenarioId).toBe('shop-e2e-small');
    answer();
    answer();
    expect(sent).toEqual([]);
    expect(state().result).toBeNull();
    expect(state().lesson?.step).toBe(3);
    expect(state().lesson?.resumeStep).toBeUndefined();
  });

  it('walking there by hand drops the offer; an error leaves it to try again', () => {
    useStore.setState({ lesson: { ...freshProgress('video'), step: 3, resumeStep: 3 } });
    initLessons(useStore, '', undefined);
    state().rebuildLessonRun();
    reply({ type: 'error', during: 'generate', message: 'boom' });
    sent.length = 0;
    expect(state().lesson).toMatchObject({ step: 1, resumeStep: 3 });
    state().runStepAction();
    answer();
    state().nextStep();
    state().runStepAction();
    answer();
    state().nextStep();
    expect(state().lesson?.step).toBe(3);
    expect(state().lesson?.resumeStep).toBeUndefined();
  });

  it('Reset room during the rebuild gives it up: no later stage runs and the lesson stays at step one', () => {
    useStore.setState({ lesson: { ...freshProgress('video'), step: 5, predictions: { videoAds: { winner: 'ctr', ratio: 'x2' } }, revealed: ['videoAds'] } });
    initLessons(useStore, '', undefined);
    state().rebuildLessonRun();
    answer();
    answer();
    expect(sent[0]).toEqual({ type: 'compare' });
    state().resetRoom();
    answer();
    expect(sent).toEqual([]);
    expect(state().lesson).toEqual(freshProgress('video'));
    expect(state().result).toBeNull();
    // The room generates by hand: the given-up rebuild does not train behind its back.
    state().nextStep();
    state().runStepAction();
    answer();
    expect(sent).toEqual([]);
    expect(state()).toMatchObject({ phase: 'generated', lesson: { step: 1 } });
  });
});

describe('a link that left the lesson', () => {
  it('the page shows the link\'s scenario; Back to the lesson puts its world back and offers the rebuild', () => {
    const saved = { ...freshProgress('shop', 'shop-e2e-small'), step: 3, predictions: { shopPurchases: { winner: 'esmm' as const, ratio: 'x2' as const } } };
    useStore.setState({ lesson: saved, scenarioId: 'video-e2e-small' });
    initLessons(useStore, '?scenario=video-e2e-small&run=1', 'video-e2e-small', true);
    expect(state()).toMatchObject({ lesson: null, leftLesson: saved, scenarioId: 'video-e2e-small' });
    state().returnToLesson();
    expect(state().leftLesson).toBeNull();
    expect(state().scenarioId).toBe('shop-e2e-small');
    expect(state().lesson).toEqual({ ...saved, step: 1, resumeStep: 3 });
  });
});

describe('another world picked in the middle of a lesson', () => {
  it('is said, and the lesson\'s world is one action away', () => {
    state().startLesson('shop', 'shop-e2e-small');
    expect(lessonWorldMismatch(state())).toBeNull();
    state().selectScenario('video-watch-time');
    expect(lessonWorldMismatch(state())).toBe('shop');
    state().lessonToWorld();
    expect(state().scenarioId).toBe('shop-e2e-small');
    expect(lessonWorldMismatch(state())).toBeNull();
    // Another preset of the same world is the learner's choice, not a mismatch.
    state().selectScenario('shop-eye-candy');
    expect(lessonWorldMismatch(state())).toBeNull();
  });

  it('lesson 3 has no world before its goal', () => {
    state().startLesson('objective');
    state().selectScenario('shop-conversion');
    expect(lessonWorldMismatch(state())).toBeNull();
  });
});
