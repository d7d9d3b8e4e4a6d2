/**
 * The lesson slice: starting a lesson, the checkpoints that open Next, locked
 * predictions, lesson 3's goal, the step's action and Reset room. The worker is
 * replaced by a recorder of the messages the store sends.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LESSONS } from '../lessons';
import { shopResult, videoResult } from '../lessons/testResults';
import type { ToWorker } from '../worker/protocol';
import { activeScenario } from './activeScenario';
import { applyMessage } from './applyMessage';
import { useStore } from './index';
import { clearedRun } from './lessonSlice';

const sent: ToWorker[] = [];
vi.mock('./runtime', () => ({ connectRuntime: () => {}, startRuntime: () => {}, send: (m: ToWorker) => sent.push(m) }));

const state = () => useStore.getState();
const reply = (msg: Parameters<typeof applyMessage>[0]) => applyMessage(msg, useStore.getState, useStore.setState);
const summary = { world: 'video' } as never;
const stats = [{ modelId: 'ctr' }] as never;
const LESSON_STEP = () => LESSONS[state().lesson!.id].steps[state().lesson!.step].id;
const video = videoResult({ ctr: { ads: 12, clicks: 99 }, watchTime: { ads: 58, clicks: 30 } });

beforeEach(() => {
  sent.length = 0;
  useStore.setState({ scenarioId: 'video-no-clickbait', settings: {}, ...clearedRun(), lesson: null, presenter: false, lessonResetPending: false, linkProblems: [] });
});

describe('startLesson', () => {
  it('puts the page on the lesson\'s preset with nothing generated', () => {
    useStore.setState({ phase: 'compared', summary, result: video, trainStats: stats });
    expect(state().startLesson('video')).toBe(true);
    expect(state().scenarioId).toBe('video-watch-time');
    expect(state()).toMatchObject({ phase: 'idle', summary: null, result: null, trainStats: null, stale: false });
    expect(state().lesson).toEqual({ id: 'video', step: 0, predictions: {}, revealed: [], choices: {} });
  });

  it('uses the link\'s preset for its world, and the matching small preset for the other world', () => {
    state().startLesson('shop', 'shop-e2e-small');
    expect(state().scenarioId).toBe('shop-e2e-small');
    expect(activeScenario(state())).toMatchObject({ world: 'shop', goal: 'purchases' });
    state().startLesson('video', 'shop-e2e-small');
    expect(state().scenarioId).toBe('video-e2e-small');
    state().startLesson('video', 'shop-conversion');
    expect(state().scenarioId).toBe('video-watch-time');
  });

  it('the shop lesson ranks for purchases whatever the goal was', () => {
    state().selectScenario('shop-conversion');
    state().setGoal('gmv');
    state().startLesson('shop');
    expect(activeScenario(state())).toMatchObject({ world: 'shop', goal: 'purchases' });
  });

  it('refuses while a job runs', () => {
    useStore.setState({ phase: 'training' });
    expect(state().startLesson('video')).toBe(false);
    expect(state().lesson).toBeNull();
  });
});

describe('stepping', () => {
  it('Next waits for each checkpoint; the step\'s action runs on the lesson\'s world', () => {
    state().startLesson('video', 'video-e2e-small');
    state().nextStep(); // intro → generate
    expect(state().lesson?.step).toBe(1);
    state().nextStep(); // not generated yet
    expect(state().lesson?.step).toBe(1);
    // The learner wandered off to the shop: the lesson's Generate brings the video world back.
    state().selectScenario('shop-e2e-small');
    state().runStepAction();
    expect(state().scenarioId).toBe('video-e2e-small');
    expect(sent.at(-1)).toMatchObject({ type: 'generate', scenario: { id: 'video-e2e-small' } });
    reply({ type: 'generated', summary, ms: 5 });
    state().nextStep();
    expect(state().lesson?.step).toBe(2);
    state().runStepAction();
    expect(sent.at(-1)).toMatchObject({ type: 'train' });
    reply({ type: 'trained', stats });
    state().nextStep(); // → predict
    state().nextStep(); // no prediction yet
    expect(state().lesson?.step).toBe(3);
    state().predict('videoAds', { winner: 'watchTime' });
    state().nextStep();
    expect(state().lesson?.step).toBe(3);
    state().predict('videoAds', { ratio: 'x2' });
    expect(state().lesson?.predictions.videoAds).toEqual({ winner: 'watchTime', ratio: 'x2' });
    state().nextStep(); // → compare
    state().runStepAction();
    expect(sent.at(-1)).toEqual({ type: 'compare' });
    reply({ type: 'compared', result: video, report: {} as never, ms: 3 });
    state().nextStep(); // → reveal: the prediction is locked from now on
    expect(state().lesson).toMatchObject({ step: 5, revealed: ['videoAds'] });
    state().predict('videoAds', { ratio: 'x4' });
    expect(state().lesson?.predictions.videoAds?.ratio).toBe('x2');
    state().previousStep();
    expect(state().lesson?.step).toBe(4);
  });

  it('a change of scenario after a step re-locks Next (the checkpoint reads the state now)', () => {
    state().startLesson('video', 'video-e2e-small');
    state().nextStep();
    reply({ type: 'generated', summary, ms: 5 });
    state().setKnob('video.clickbaitShare', 0.5);
    state().nextStep();
    expect(state().lesson?.step).toBe(1);
  });
});

describe('lesson 3: pick the objective', () => {
  it('a goal puts the page on its world; the shop ranks for it', () => {
    state().startLesson('objective', 'shop-e2e-small');
    expect(state().scenarioId).toBe('video-no-clickbait'); // no world before a goal
    state().chooseGoal('gmv');
    expect(state().scenarioId).toBe('shop-e2e-small');
    expect(activeScenario(state())).toMatchObject({ goal: 'gmv' });
    state().chooseObjective({ objective: 'esmm', reason: 'measuresGoal' });
    state().nextStep();
    state().nextStep();
    expect(state().lesson?.step).toBe(2);
    // Back to the goal: ad revenue is on the video platform, and ESMM is no objective there.
    state().previousStep();
    state().previousStep();
    state().chooseGoal('adRevenue');
    expect(state().scenarioId).toBe('video-e2e-small');
    expect(state().lesson?.choices).toEqual({ goal: 'adRevenue', reason: 'measuresGoal' });
  });

  it('Compare ranks for the chosen goal even if the page\'s goal was changed meanwhile', () => {
    state().startLesson('objective', 'shop-e2e-small');
    state().chooseGoal('purchases');
    state().chooseObjective({ objective: 'ctr', reason: 'easiest' });
    state().nextStep();
    state().nextStep();
    reply({ type: 'generated', summary: { world: 'shop' } as never, ms: 5 });
    state().nextStep();
    reply({ type: 'trained', stats });
    state().nextStep();
    state().setGoal('gmv');
    state().runStepAction();
    expect(sent.at(-1)).toEqual({ type: 'compare', goal: 'purchases' });
    reply({ type: 'compared', result: shopResult('purchases', { ctr: { purchases: 2, gmv: 1, clicks: 1 } }), report: {} as never, ms: 3 });
    state().nextStep();
    expect(LESSON_STEP()).toBe('verdict');
  });
});

describe('resetRoom', () => {
  it('returns to step one with no answers and nothing run; the scenario and its seed stay', () => {
    state().startLesson('video');
    state().setKnob('seed', 7);
    useStore.setState({ phase: 'compared', summary, result: video, trainStats: stats, lesson: { ...state().lesson!, step: 5, predictions: { videoAds: { winner: 'ctr', ratio: 'x2' } }, revealed: ['videoAds'] } });
    state().resetRoom();
    expect(state().lesson).toEqual({ id: 'video', step: 0, predictions: {}, revealed: [], choices: {} });
    expect(state()).toMatchObject({ phase: 'idle', result: null, summary: null, scenarioId: 'video-watch-time', settings: { edits: { seed: 7 } } });
  });

  it('during a training: cancels it and clears once the worker confirms', () => {
    state().startLesson('video', 'video-e2e-small');
    useStore.setState({ phase: 'training', summary, lesson: { ...state().lesson!, step: 2 } });
    state().resetRoom();
    expect(sent.at(-1)).toEqual({ type: 'cancel' });
    expect(state()).toMatchObject({ lessonResetPending: true, phase: 'training', summary });
    expect(state().lesson?.step).toBe(0);
    reply({ type: 'cancelled' });
    expect(state()).toMatchObject({ lessonResetPending: false, phase: 'idle', summary: null, cancelled: false });
  });
});
