/** Saved work: each migration step, the checks on what comes back, and that a failed import saves nothing. */
import { beforeEach, describe, expect, it } from 'vitest';
import { problemEnglish } from '../core/messages/problem';
import type { Report } from '../core/report/report';
import { useStore } from './index';
import { checkSavedWork, migrateSavedWork, STORAGE_KEY, STORAGE_VERSION } from './persistence';

const state = () => useStore.getState();
/** What the store wrote (the JSON storage parses it back; synchronous on the in-memory storage of Node). */
const saved = () => useStore.persist.getOptions().storage!.getItem(STORAGE_KEY);
const report = { scenario: 'video-e2e-small', world: 'video', seed: 2, backend: 'wasm', data: {}, policies: { random: { online: {} } } } as unknown as Report;

beforeEach(() => useStore.setState({ scenarioId: 'video-watch-time', settings: {}, phase: 'idle', summary: null, result: null, stale: false, savedReport: null, linkProblems: [] }));

describe('migrateSavedWork', () => {
  it('is at version 1', () => expect(STORAGE_VERSION).toBe(1));

  it('step 0 → 1: drops work saved before versions existed (no release wrote it)', () => {
    expect(migrateSavedWork({ scenario: 'video-watch-time' }, 0)).toEqual({ scenarioId: '', settings: {}, savedReport: null });
    expect(migrateSavedWork('garbage', 0)).toEqual({ scenarioId: '', settings: {}, savedReport: null });
  });
});

describe('checkSavedWork', () => {
  it('keeps valid work', () => {
    const work = { scenarioId: 'shop-conversion', settings: { goal: 'gmv' as const, edits: { seed: 4 } }, savedReport: report };
    expect(checkSavedWork(work)).toEqual({ work, problems: [] });
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
  it('saves the experiment and the last report, and restores them', async () => {
    state().setKnob('seed', 9);
    useStore.setState({ savedReport: report });
    expect(saved()).toEqual({ state: { scenarioId: 'video-watch-time', settings: { edits: { seed: 9 } }, savedReport: report }, version: 1 });
    useStore.setState({ settings: {}, savedReport: null });
    // Put the saved copy back as it was, then rehydrate as a reload would.
    useStore.persist.getOptions().storage!.setItem(STORAGE_KEY, { state: { scenarioId: 'video-watch-time', settings: { edits: { seed: 9 } }, savedReport: report }, version: 1 });
    await useStore.persist.rehydrate();
    expect(state().settings).toEqual({ edits: { seed: 9 } });
    expect(state().savedReport).toEqual(report);
  });

  it('a failed import changes nothing that is saved', () => {
    state().setKnob('video.clickbaitShare', 0.4);
    const before = saved();
    expect(state().importScenario('{"world": "video", "users": -1}').length).toBeGreaterThan(0);
    expect(state().importScenario('not json')).toHaveLength(1);
    expect(saved()).toEqual(before);
  });
});
