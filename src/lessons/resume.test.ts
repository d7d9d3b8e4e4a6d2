import { describe, expect, it } from 'vitest';
import { LESSONS } from './index';
import { lessonTarget, rebuildPlan } from './resume';
import type { LessonContext, LessonProgress } from './types';

const progress = (over: Partial<LessonProgress> = {}): LessonProgress => ({ id: 'video', step: 0, predictions: {}, revealed: [], choices: {}, ...over });
/** A page just reloaded: nothing generated. */
const reloaded = (p: LessonProgress, over: Partial<LessonContext> = {}): LessonContext => ({
  phase: 'idle',
  stale: false,
  modelsStale: false,
  world: 'video',
  shopGoal: null,
  generated: false,
  trained: false,
  result: null,
  progress: p,
  ...over,
});
const stepIndex = (id: 'video' | 'shop' | 'objective', step: string) => LESSONS[id].steps.findIndex((s) => s.id === step);

describe('rebuildPlan', () => {
  it('a reveal step needs the whole run, and lands on it when the prediction was made', () => {
    const p = progress({ predictions: { videoAds: { winner: 'watchTime', ratio: 'x2' } }, revealed: ['videoAds'] });
    const reveal = stepIndex('video', 'reveal');
    expect(rebuildPlan(LESSONS.video, reloaded(p), reveal)).toEqual({ actions: ['generate', 'train', 'compare'], step: reveal });
    expect(rebuildPlan(LESSONS.video, reloaded(p), stepIndex('video', 'summary'))).toEqual({ actions: ['generate', 'train', 'compare'], step: stepIndex('video', 'summary') });
  });

  it('a prediction step needs the world and the models, never the comparison', () => {
    const predict = stepIndex('video', 'predict');
    expect(rebuildPlan(LESSONS.video, reloaded(progress()), predict)).toEqual({ actions: ['generate', 'train'], step: predict });
    // The compare step itself: its own action is the learner's to press.
    const p = progress({ predictions: { videoAds: { winner: 'ctr', ratio: 'same' } } });
    expect(rebuildPlan(LESSONS.video, reloaded(p), stepIndex('video', 'compare'))).toEqual({ actions: ['generate', 'train'], step: stepIndex('video', 'compare') });
  });

  it('stops before a prediction not made yet: no result is shown before it', () => {
    expect(rebuildPlan(LESSONS.video, reloaded(progress()), stepIndex('video', 'reveal'))).toEqual({ actions: ['generate', 'train'], step: stepIndex('video', 'predict') });
    const shop = progress({ id: 'shop', predictions: { shopPurchases: { winner: 'esmm', ratio: 'x2' } } });
    expect(rebuildPlan(LESSONS.shop, reloaded(shop, { world: 'shop', shopGoal: 'purchases' }), stepIndex('shop', 'revealBase'))).toEqual({
      actions: ['generate', 'train'],
      step: stepIndex('shop', 'predictBase'),
    });
  });

  it('early steps need nothing', () => {
    expect(rebuildPlan(LESSONS.video, reloaded(progress()), 1)).toEqual({ actions: [], step: 1 });
    expect(rebuildPlan(LESSONS.video, reloaded(progress()), 0)).toEqual({ actions: [], step: 0 });
    expect(rebuildPlan(LESSONS.video, reloaded(progress()), 99).step).toBe(stepIndex('video', 'predict'));
  });

  it('lesson 3 rebuilds in the world of the chosen goal, even while the page shows the other', () => {
    const p = progress({ id: 'objective', choices: { goal: 'gmv', objective: 'esmm', reason: 'measuresGoal' } });
    const verdict = stepIndex('objective', 'verdict');
    expect(rebuildPlan(LESSONS.objective, reloaded(p, { world: 'video' }), verdict)).toEqual({ actions: ['generate', 'train', 'compare'], step: verdict });
    // Without an objective, the rebuild stops at choosing one.
    const half = progress({ id: 'objective', choices: { goal: 'gmv' } });
    expect(rebuildPlan(LESSONS.objective, reloaded(half), verdict)).toEqual({ actions: [], step: stepIndex('objective', 'objective') });
  });
});

describe('lessonTarget', () => {
  it('is the lesson\'s world, or lesson 3\'s chosen goal\'s', () => {
    expect(lessonTarget(LESSONS.shop, progress({ id: 'shop' }))).toEqual({ world: 'shop', goal: 'purchases' });
    expect(lessonTarget(LESSONS.video, progress())).toEqual({ world: 'video', goal: null });
    expect(lessonTarget(LESSONS.objective, progress({ id: 'objective' }))).toBeUndefined();
    expect(lessonTarget(LESSONS.objective, progress({ id: 'objective', choices: { goal: 'adRevenue' } }))).toEqual({ world: 'video', goal: null });
  });
});
