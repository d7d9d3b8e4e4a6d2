/** The lesson in the link: reading it, writing it, and opening or resuming a lesson at start-up. */
import { problemEnglish } from '../core/messages/problem';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ToWorker } from '../worker/protocol';
import { activeScenario } from './activeScenario';
import { useStore } from './index';
import { clearedRun, freshProgress } from './lessonSlice';
import { LESSONS } from '../lessons';
import { initLessons, lessonSearch, readLessonUrl } from './lessonUrl';
import { experimentSearch } from './urlParams';

vi.mock('./runtime', () => ({ connectRuntime: () => {}, startRuntime: () => {}, send: (_m: ToWorker) => {} }));

const state = () => useStore.getState();

beforeEach(() => useStore.setState({ scenarioId: 'video-watch-time', settings: {}, ...clearedRun(), lesson: null, leftLesson: null, presenter: false, linkProblems: [] }));

describe('readLessonUrl', () => {
  it('reads the lesson, its 1-based step and presenter mode', () => {
    expect(readLessonUrl('?lesson=shop&step=3&presenter=1')).toEqual({ lesson: 'shop', step: 2, presenter: true, problems: [] });
    expect(readLessonUrl('?lesson=Video')).toEqual({ lesson: 'video', problems: [] });
    expect(readLessonUrl('?scenario=video-e2e-small')).toEqual({ problems: [] });
  });

  it('says what it does not understand, one line each', () => {
    expect(readLessonUrl('?lesson=cooking&presenter=yes').problems.map(problemEnglish)).toEqual([
      'lesson: must be one of video, shop, objective (got "cooking")',
      'presenter: must be one of 1, 0 (got "yes")',
    ]);
    expect(readLessonUrl('?lesson=video&step=0').problems.map(problemEnglish)).toEqual(['step: must be at least 1 (got "0")']);
    expect(readLessonUrl('?lesson=video&step=two').problems.map(problemEnglish)).toEqual(['step: must be a whole number (an integer) (got "two")']);
  });
});

describe('writing the link', () => {
  it('sets and removes the lesson parameters, keeping the others', () => {
    const lesson = { ...freshProgress('objective'), step: 2 };
    expect(lessonSearch('?scenario=shop-e2e-small&lang=zh', { lesson, presenter: true })).toBe('?scenario=shop-e2e-small&lang=zh&lesson=objective&step=3&presenter=1');
    expect(lessonSearch('?scenario=x&lesson=video&step=4&presenter=1', { lesson: null, presenter: false })).toBe('?scenario=x');
  });

  it('the experiment\'s link keeps the lesson, the step, presenter mode and the language', () => {
    const s = state();
    const search = experimentSearch({ scenarioId: s.scenarioId, settings: s.settings, backendChoice: 'wasm', scenario: activeScenario(s) }, '?lesson=video&step=2&presenter=1&lang=zh&run=1');
    expect(new URLSearchParams(search).get('lesson')).toBe('video');
    expect(new URLSearchParams(search).get('step')).toBe('2');
    expect(new URLSearchParams(search).get('presenter')).toBe('1');
    expect(new URLSearchParams(search).get('lang')).toBe('zh');
    expect(new URLSearchParams(search).get('run')).toBeNull();
  });
});

describe('initLessons', () => {
  it('opens the link\'s lesson on the link\'s preset; a later step waits for the steps before it', () => {
    useStore.setState({ scenarioId: 'video-e2e-small' });
    initLessons(useStore, '?lesson=video&step=4&presenter=1&scenario=video-e2e-small', 'video-e2e-small');
    expect(state().lesson).toMatchObject({ id: 'video', step: 1, scenarioOverride: 'video-e2e-small', resumeStep: 3 });
    expect(state().presenter).toBe(true);
    expect(state().scenarioId).toBe('video-e2e-small');
  });

  it('resumes a saved lesson of the same id with its answers', () => {
    const saved = { ...freshProgress('shop'), step: 6, predictions: { shopPurchases: { winner: 'esmm' as const, ratio: 'x2' as const } } };
    useStore.setState({ lesson: saved, scenarioId: 'shop-conversion' });
    initLessons(useStore, '?lesson=shop', undefined);
    // Nothing is generated after a reload: it waits at Generate, and keeps the step reached for a rebuild.
    expect(state().lesson).toEqual({ ...saved, step: 1, resumeStep: 6 });
    // A second reload before the rebuild still knows where the learner was.
    initLessons(useStore, '', undefined);
    expect(state().lesson).toEqual({ ...saved, step: 1, resumeStep: 6 });
  });

  it('a link that names a scenario but no lesson leaves the saved lesson, kept aside to go back to', () => {
    const saved = { ...freshProgress('shop'), step: 1 };
    for (const [search, scenarioId] of [
      ['?scenario=video-watch-time&run=1', 'video-watch-time'],
      ['?users=50', undefined],
    ] as const) {
      useStore.setState({ lesson: saved, leftLesson: null });
      initLessons(useStore, search, scenarioId, true);
      expect(state().lesson, search).toBeNull();
      expect(state().leftLesson, search).toEqual(saved);
    }
    // A link that names neither (the language, presenter mode), or names only what is refused, resumes it.
    for (const search of ['?lang=zh&presenter=1', '?lang=zh&scenario=nope', '?seed=abc']) {
      useStore.setState({ lesson: saved, leftLesson: null });
      initLessons(useStore, search, undefined, false);
      expect(state().lesson, search).toMatchObject({ id: 'shop', step: 1 });
      expect(state().leftLesson, search).toBeNull();
    }
  });

  it('a step past the lesson\'s end says so in one line, naming the step that opened', () => {
    initLessons(useStore, '?lesson=video&step=99', undefined);
    const steps = state().lesson && LESSONS.video.steps.length;
    expect(state().lesson).toMatchObject({ id: 'video', step: 1 });
    expect(state().linkProblems.map(problemEnglish)).toEqual([`step: this lesson has no step 99 (it has ${steps} steps); opened step 2`]);
  });

  it('a link to another lesson starts it afresh; a bad link adds its problems', () => {
    useStore.setState({ lesson: { ...freshProgress('shop'), step: 3 } });
    initLessons(useStore, '?lesson=objective&presenter=2', undefined);
    expect(state().lesson).toEqual(freshProgress('objective'));
    expect(state().linkProblems.map(problemEnglish)).toEqual(['presenter: must be one of 1, 0 (got "2")']);
  });
});
