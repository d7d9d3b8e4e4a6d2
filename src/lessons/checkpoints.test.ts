import { describe, expect, it } from 'vitest';
import { canAdvance, LESSONS, reachableStep } from './index';
import { compared, generated, goalChosen, objectiveChosen, predicted, trained } from './checkpoints';
import { shopResult, videoResult } from './testResults';
import type { LessonContext, LessonProgress } from './types';

const progress = (over: Partial<LessonProgress> = {}): LessonProgress => ({ id: 'video', step: 0, predictions: {}, revealed: [], choices: {}, ...over });
const base: LessonContext = { phase: 'idle', stale: false, modelsStale: false, world: 'video', shopGoal: null, generated: false, trained: false, result: null, progress: progress() };
const ctx = (over: Partial<LessonContext>): LessonContext => ({ ...base, ...over });
const video = videoResult({ ctr: { ads: 12, clicks: 99 }, watchTime: { ads: 58, clicks: 30 } });
const shop = (goal: 'purchases' | 'gmv') => shopResult(goal, { ctr: { purchases: 2, gmv: 200, clicks: 40 }, ctrXcvr: { purchases: 2.5, gmv: 260, clicks: 41 }, esmm: { purchases: 3, gmv: 300, clicks: 35 } });

describe('run checkpoints', () => {
  it('generated: a current world of the lesson, not while generating again', () => {
    expect(generated('video')(ctx({ phase: 'generated', generated: true }))).toBe(true);
    expect(generated('video')(ctx({ phase: 'compared', generated: true }))).toBe(true);
    expect(generated('video')(ctx({ phase: 'generating', generated: true }))).toBe(false);
    expect(generated('video')(ctx({ phase: 'generated', generated: true, stale: true }))).toBe(false);
    expect(generated('shop')(ctx({ phase: 'generated', generated: true }))).toBe(false);
  });

  it('trained: finished and current (not while training, not after the ESMM switch)', () => {
    const done = { phase: 'trained' as const, generated: true, trained: true };
    expect(trained('video')(ctx(done))).toBe(true);
    expect(trained('video')(ctx({ ...done, phase: 'training' }))).toBe(false);
    expect(trained('video')(ctx({ ...done, phase: 'generated', trained: false }))).toBe(false);
    expect(trained('video')(ctx({ ...done, modelsStale: true }))).toBe(false);
  });

  it('compared: results of the lesson world, and of its shop goal', () => {
    const done = { phase: 'compared' as const, generated: true, trained: true };
    expect(compared('video')(ctx({ ...done, result: video }))).toBe(true);
    expect(compared('video')(ctx({ ...done, result: video, stale: true }))).toBe(false);
    expect(compared('shop', 'purchases')(ctx({ ...done, world: 'shop', shopGoal: 'purchases', result: shop('purchases') }))).toBe(true);
    // The goal was switched after the comparison: the result ranked for the old one.
    expect(compared('shop', 'purchases')(ctx({ ...done, world: 'shop', shopGoal: 'gmv', result: shop('purchases') }))).toBe(false);
    expect(compared('shop', 'purchases')(ctx({ ...done, world: 'shop', shopGoal: 'gmv', result: shop('gmv') }))).toBe(false);
    expect(compared('shop', 'purchases')(ctx({ ...done, result: video }))).toBe(false);
  });

  it('lesson 3: the world and the goal come from the learner\'s choice', () => {
    const done = { phase: 'compared' as const, generated: true, trained: true, world: 'shop' as const, shopGoal: 'gmv' as const, result: shop('gmv') };
    expect(compared(null, 'chosen')(ctx({ ...done, progress: progress({ id: 'objective', choices: { goal: 'gmv' } }) }))).toBe(true);
    expect(compared(null, 'chosen')(ctx({ ...done, progress: progress({ id: 'objective', choices: { goal: 'purchases' } }) }))).toBe(false);
    expect(compared(null, 'chosen')(ctx({ ...done, progress: progress({ id: 'objective' }) }))).toBe(false);
    expect(compared(null, 'chosen')(ctx({ phase: 'compared', generated: true, trained: true, result: video, progress: progress({ id: 'objective', choices: { goal: 'adRevenue' } }) }))).toBe(true);
  });
});

describe('answer checkpoints', () => {
  it('predicted: both parts answered', () => {
    expect(predicted('videoAds')(ctx({ progress: progress({ predictions: { videoAds: { winner: 'ctr' } } }) }))).toBe(false);
    expect(predicted('videoAds')(ctx({ progress: progress({ predictions: { videoAds: { winner: 'ctr', ratio: 'same' } } }) }))).toBe(true);
  });

  it('goal and objective: the page must show the goal\'s world (and rank for it in the shop)', () => {
    const chose = (choices: LessonProgress['choices']) => progress({ id: 'objective', choices });
    expect(goalChosen(ctx({ progress: chose({}) }))).toBe(false);
    expect(goalChosen(ctx({ progress: chose({ goal: 'adRevenue' }) }))).toBe(true);
    expect(goalChosen(ctx({ progress: chose({ goal: 'gmv' }) }))).toBe(false);
    expect(goalChosen(ctx({ world: 'shop', shopGoal: 'purchases', progress: chose({ goal: 'gmv' }) }))).toBe(false);
    expect(goalChosen(ctx({ world: 'shop', shopGoal: 'gmv', progress: chose({ goal: 'gmv' }) }))).toBe(true);
    expect(objectiveChosen(ctx({ world: 'shop', shopGoal: 'gmv', progress: chose({ goal: 'gmv', objective: 'esmm' }) }))).toBe(false);
    expect(objectiveChosen(ctx({ world: 'shop', shopGoal: 'gmv', progress: chose({ goal: 'gmv', objective: 'esmm', reason: 'accurate' }) }))).toBe(true);
    expect(objectiveChosen(ctx({ progress: chose({ goal: 'adRevenue', objective: 'esmm', reason: 'accurate' }) }))).toBe(false);
  });
});

describe('moving through a lesson', () => {
  const lesson = LESSONS.video;

  it('every lesson ends with a summary and asks for a prediction before each reveal', () => {
    for (const l of Object.values(LESSONS)) {
      expect(l.steps.at(-1)?.kind).toBe('summary');
      expect(new Set(l.steps.map((s) => s.id)).size).toBe(l.steps.length);
      l.steps.forEach((s, i) => {
        if (s.kind !== 'reveal') return;
        const asked = l.steps.findIndex((p) => p.kind === 'predict' && p.question === s.question);
        const ran = l.steps.findIndex((p) => p.kind === 'compare');
        expect(asked, `${l.id}.${s.id}`).toBeGreaterThanOrEqual(0);
        expect(asked).toBeLessThan(ran);
        expect(ran).toBeLessThan(i);
      });
    }
  });

  it('Next opens when the checkpoint passes, never past the last step', () => {
    expect(canAdvance(lesson, ctx({ progress: progress({ step: 0 }) }))).toBe(true);
    expect(canAdvance(lesson, ctx({ progress: progress({ step: 1 }) }))).toBe(false);
    expect(canAdvance(lesson, ctx({ phase: 'generated', generated: true, progress: progress({ step: 1 }) }))).toBe(true);
    expect(canAdvance(lesson, ctx({ progress: progress({ step: lesson.steps.length - 1 }) }))).toBe(false);
  });

  it('a step asked for by a link or a save is reachable only up to the first step not done', () => {
    // Nothing generated (a reload): stops at Generate.
    expect(reachableStep(lesson, ctx({}), 5)).toBe(1);
    // Trained, prediction made: may stand on Compare (index 4), not on the reveal.
    const trainedCtx = ctx({ phase: 'trained', generated: true, trained: true, progress: progress({ predictions: { videoAds: { winner: 'ctr', ratio: 'x2' } } }) });
    expect(reachableStep(lesson, trainedCtx, 5)).toBe(4);
    expect(reachableStep(lesson, trainedCtx, 2)).toBe(2);
    expect(reachableStep(lesson, trainedCtx, 99)).toBe(4);
    expect(reachableStep(lesson, trainedCtx, -3)).toBe(0);
    expect(reachableStep(lesson, trainedCtx, Number.NaN)).toBe(0);
  });
});
