/** Saved work: each migration step, the checks on what comes back, and that a failed import saves nothing. */
import { beforeEach, describe, expect, it } from 'vitest';
import { problemEnglish } from '../core/messages/problem';
import type { Report } from '../core/report/report';
import { useStore } from './index';
import { freshProgress } from './lessonSlice';
import { checkSavedWork, migrateSavedWork, STORAGE_KEY, STORAGE_VERSION } from './persistence';

const state = () => useStore.getState();
/** What the store wrote (the JSON storage parses it back; synchronous on the in-memory storage of Node). */
const saved = () => useStore.persist.getOptions().storage!.getItem(STORAGE_KEY);
const report = { scenario: 'video-e2e-small', world: 'video', seed: 2, backend: 'wasm', data: {}, policies: { random: { online: {} } } } as unknown as Report;

beforeEach(() => useStore.setState({ scenarioId: 'video-watch-time', settings: {}, phase: 'idle', summary: null, result: null, stale: false, savedReport: null, linkProblems: [], lesson: null }));

describe('migrateSavedWork', () => {
  it('is at version 2', () => expect(STORAGE_VERSION).toBe(2));

  it('step 0 → 1: drops work saved before versions existed (no release wrote it)', () => {
    expect(migrateSavedWork({ scenario: 'video-watch-time' }, 0)).toEqual({ scenarioId: '', settings: {}, savedReport: null, lesson: null });
    expect(migrateSavedWork('garbage', 0)).toEqual({ scenarioId: '', settings: {}, savedReport: null, lesson: null });
  });

  it('step 1 → 2: keeps the experiment and the report, with no lesson in progress', () => {
    const v1 = { scenarioId: 'shop-conversion', settings: { goal: 'gmv' }, savedReport: report };
    expect(migrateSavedWork(v1, 1)).toEqual({ ...v1, lesson: null });
  });

  it('a version-1 save is restored through the migration', async () => {
    useStore.persist.getOptions().storage!.setItem(STORAGE_KEY, { state: { scenarioId: 'video-no-clickbait', settings: {}, savedReport: report } as never, version: 1 });
    await useStore.persist.rehydrate();
    expect(state().scenarioId).toBe('video-no-clickbait');
    expect(state().savedReport).toEqual(report);
    expect(state().lesson).toBeNull();
  });
});

describe('checkSavedWork', () => {
  it('keeps valid work', () => {
    const work = { scenarioId: 'shop-conversion', settings: { goal: 'gmv' as const, edits: { seed: 4 } }, savedReport: report };
    expect(checkSavedWork(work)).toEqual({ work, problems: [] });
  });

  it('keeps a report with paired differences, and one saved before they existed, as they were (no migration: the field is optional)', () => {
    const withDifferences = { ...report, differences: [{ a: 'random', b: 'oracle', metric: 'adMinutesPer1k', difference: -70, ci: [-72, -68] as [number, number] }] };
    expect(checkSavedWork({ scenarioId: 'video-watch-time', settings: {}, savedReport: withDifferences }).work.savedReport).toEqual(withDifferences);
    expect(checkSavedWork({ scenarioId: 'video-watch-time', settings: {}, savedReport: report }).work.savedReport).toEqual(report);
  });

  it('keeps a valid lesson in progress and drops what no longer fits in it', () => {
    const lesson = {
      id: 'shop',
      step: 4,
      predictions: { shopPurchases: { winner: 'esmm', ratio: 'x2' }, shopBase: { winner: 'nobody', ratio: 'x2' }, oldQuestion: { winner: 'ctr' } },
      revealed: ['shopPurchases', 'gone'],
      choices: { goal: 'profit', reason: 'mostData' },
    };
    expect(checkSavedWork({ scenarioId: 'shop-conversion', settings: {}, savedReport: null, lesson } as never).work.lesson).toEqual({
      id: 'shop',
      step: 4,
      predictions: { shopPurchases: { winner: 'esmm', ratio: 'x2' }, shopBase: { ratio: 'x2' } },
      revealed: ['shopPurchases'],
      choices: { reason: 'mostData' },
    });
    expect(checkSavedWork({ scenarioId: 'shop-conversion', settings: {}, savedReport: null, lesson: { id: 'podcast', step: 1 } } as never).work.lesson).toBeUndefined();
    expect(checkSavedWork({ scenarioId: 'shop-conversion', settings: {}, savedReport: null, lesson: { id: 'video', step: -2 } } as never).work.lesson?.step).toBe(0);
    // The step reached before a reload is kept for the rebuild, when it is past the step stood on.
    const resume = (step: number, resumeStep: unknown) => checkSavedWork({ scenarioId: 'video-watch-time', settings: {}, savedReport: null, lesson: { id: 'video', step, resumeStep } } as never).work.lesson?.resumeStep;
    expect(resume(1, 5)).toBe(5);
    expect(resume(5, 5)).toBeUndefined();
    expect(resume(1, 'five')).toBeUndefined();
  });

  it('keeps no change that sets a field to the preset\'s own value', () => {
    const work = { scenarioId: 'video-watch-time', settings: { edits: { seed: 1, 'video.clickbaitShare': 0.2, users: 50 } }, savedReport: null };
    expect(checkSavedWork(work).work.settings).toEqual({ edits: { users: 50 } });
    expect(checkSavedWork({ ...work, settings: { edits: { seed: 1 } } }).work.settings).toEqual({});
  });

  it('drops changes that no longer fit the schema, naming them, and an unknown preset', () => {
    const dropped = checkSavedWork({ scenarioId: 'video-watch-time', settings: { edits: { 'video.clickbaitShare': 3 } }, savedReport: null });
    expect(dropped.work).toEqual({ scenarioId: 'video-watch-time', settings: {} });
    expect(dropped.problems.map(problemEnglish)).toEqual(['video.clickbaitShare: must be at most 1 (got 3) (saved change dropped)']);
    expect(checkSavedWork({ scenarioId: 'gone', settings: {}, savedReport: report }).problems.map(problemEnglish)).toEqual([
      'scenario: the saved preset "gone" no longer exists; showing the default',
    ]);
  });
});

describe('saving', () => {
  it('saves the experiment, the last report and the lesson in progress, and restores them', async () => {
    state().setKnob('seed', 9);
    const lesson = { ...freshProgress('video'), step: 3, predictions: { videoAds: { winner: 'watchTime' as const, ratio: 'x4' as const } } };
    useStore.setState({ savedReport: report, lesson });
    const work = { scenarioId: 'video-watch-time', settings: { edits: { seed: 9 } }, savedReport: report, lesson };
    expect(saved()).toEqual({ state: work, version: 2 });
    useStore.setState({ settings: {}, savedReport: null, lesson: null });
    // Put the saved copy back as it was, then rehydrate as a reload would.
    useStore.persist.getOptions().storage!.setItem(STORAGE_KEY, { state: work, version: 2 });
    await useStore.persist.rehydrate();
    expect(state().settings).toEqual({ edits: { seed: 9 } });
    expect(state().savedReport).toEqual(report);
    expect(state().lesson).toEqual(lesson);
  });

  it('a failed import changes nothing that is saved', () => {
    state().setKnob('video.clickbaitShare', 0.4);
    const before = saved();
    expect(state().importScenario('{"world": "video", "users": -1}').length).toBeGreaterThan(0);
    expect(state().importScenario('not json')).toHaveLength(1);
    expect(saved()).toEqual(before);
  });
});
