/**
 * The experiment as the user shapes it: knobs from the editor, an imported file,
 * and the link that carries all of it. No worker starts here.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { problemEnglish, type Problem } from '../core/messages/problem';
import { getAt } from '../core/scenario/knobs';
import { activeScenario } from './activeScenario';
import { startAutoRun } from './autoRun';
import { useStore } from './index';
import type { AppState } from './types';
import { findScenario } from './scenarios';
import { experimentSearch, linkEdits, linkExperiment, readUrlSettings } from './urlParams';

/** Problems as the English lines the command line prints. */
const lines = (problems: readonly Problem[]) => problems.map(problemEnglish);

const state = () => useStore.getState();
const clickbaitShare = () => getAt(activeScenario(state()), 'video.clickbaitShare');
const fileText = (id: string) => readFileSync(new URL(`../../scenarios/${id}.json`, import.meta.url), 'utf8');
const link = (s: AppState, current = '') => experimentSearch({ scenarioId: s.scenarioId, settings: s.settings, backendChoice: s.backendChoice, scenario: activeScenario(s) }, current);

beforeEach(() => useStore.setState({ scenarioId: 'video-watch-time', settings: {}, knobDrafts: {}, draftProblems: {}, phase: 'idle', summary: null, result: null, stale: false, backendChoice: 'auto' }));

describe('setKnob and resetToPreset', () => {
  it('changes the active scenario, marks shown numbers stale, and resets', () => {
    useStore.setState({ phase: 'compared', summary: {} as never, result: {} as never });
    expect(state().setKnob('video.clickbaitShare', 0.5)).toEqual([]);
    expect(clickbaitShare()).toBe(0.5);
    expect(state().stale).toBe(true);
    expect(state().phase).toBe('idle');
    state().resetToPreset();
    expect(state().settings).toEqual({});
    expect(activeScenario(state())).toBe(activeScenario(state()));
    expect(clickbaitShare()).toBe(0.2);
  });

  it('refuses a bad value with a plain line and changes nothing', () => {
    expect(lines(state().setKnob('video.clickbaitShare', 1.5))).toEqual(['video.clickbaitShare: must be at most 1 (got 1.5)']);
    expect(lines(state().setKnob('users', -3))).toEqual(['users: must be at least 10 (got -3)']);
    expect(lines(state().setKnob('logging.slateSize', 2.5))).toEqual(['logging.slateSize: must be a whole number (an integer) (got 2.5)']);
    expect(state().settings).toEqual({});
  });

  it('says a rule between two knobs from the side of the knob just changed', () => {
    expect(state().setKnob('evaluation.topK', 20)).toEqual([]);
    expect(lines(state().setKnob('evaluation.candidatesPerUser', 15))).toEqual(['evaluation.candidatesPerUser: must be at least evaluation.topK (20) (got 15)']);
    expect(lines(state().setKnob('evaluation.topK', 200))).toEqual(['evaluation.topK: must be at most 50 (got 200)']);
    expect(getAt(activeScenario(state()), 'evaluation.candidatesPerUser')).toBe(100);
  });

  it('lets users and items go below the A/B test\'s size (it then serves them all), but refuses a run too big, under the knob changed', () => {
    expect(state().setKnob('users', 10)).toEqual([]);
    expect(state().setKnob('evaluation.replayUsers', 20_000)).toEqual([]);
    expect(state().setKnob('evaluation.candidatesPerUser', 5_000)).toEqual([]);
    // 10 users × 300 items: the A/B test serves what there is.
    expect(activeScenario(state()).evaluation).toMatchObject({ replayUsers: 20_000, candidatesPerUser: 5_000 });
    state().resetToPreset();
    expect(state().setKnob('users', 200_000)).toEqual([]);
    expect(state().setKnob('items', 100_000)).toEqual([]);
    expect(state().setKnob('evaluation.replayUsers', 20_000)).toEqual([]);
    const refused = state().setKnob('evaluation.candidatesPerUser', 5_000);
    expect(refused).toHaveLength(1);
    expect(refused[0].path).toBe('evaluation.candidatesPerUser');
    expect(lines(refused)[0]).toContain('lower the users in the A/B test (evaluation.replayUsers) or the candidates per user (evaluation.candidatesPerUser)');
    expect(lines(refused)[0]).not.toContain('logging.impressions');
    expect(getAt(activeScenario(state()), 'evaluation.candidatesPerUser')).toBe(100);
  });

  it('drops an edit set back to the preset value', () => {
    state().setKnob('seed', 4);
    state().setKnob('seed', 1);
    // No change left: the editor says the scenario is the preset's.
    expect(state().settings).toEqual({});
  });
});

describe('importScenario', () => {
  it('imports a file as its preset with the differences as edits', () => {
    const json = JSON.parse(fileText('shop-gmv-vs-purchases'));
    json.shop.priceSpread = 1.5;
    json.seed = 9;
    expect(state().importScenario(JSON.stringify(json))).toEqual([]);
    expect(state().scenarioId).toBe('shop-gmv-vs-purchases');
    expect(state().settings).toEqual({ edits: { seed: 9, 'shop.priceSpread': 1.5 } });
    expect(activeScenario(state())).toEqual(json);
  });

  it('imports a custom file (unknown id) onto its world\'s default preset, keeping its title and story', () => {
    const json = { ...JSON.parse(fileText('video-clickbait-rampant')), id: 'my-world', title: 'Mine' };
    expect(state().importScenario(JSON.stringify(json))).toEqual([]);
    expect(state().scenarioId).toBe('video-watch-time');
    expect(activeScenario(state())).toMatchObject({ title: 'Mine', story: json.story, video: json.video });
    // It keeps its own id: what it exports, and what its link and report name, is the file.
    expect(activeScenario(state())).toEqual(json);
    const search = link(state());
    expect(new URLSearchParams(search).get('id')).toBe('my-world');
    expect(readUrlSettings(search).edits).toMatchObject({ id: 'my-world', title: 'Mine' });
  });

  it.each([
    ['invalid JSON', '{"world": "video",', /^\(file\): not valid JSON/],
    ['an unknown world', '{"world": "podcast"}', /^world: unknown world "podcast"/],
    ['a probability out of range', fileText('video-watch-time').replace('"clickbaitShare": 0.2', '"clickbaitShare": 1.5'), /^video\.clickbaitShare: must be at most 1 \(got 1\.5\)$/],
  ])('refuses %s and keeps what was there', (_what, text, line) => {
    state().setKnob('video.clickbaitShare', 0.4);
    const before = state().settings;
    const problems = lines(state().importScenario(text));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(line);
    expect(state().settings).toBe(before);
    expect(state().scenarioId).toBe('video-watch-time');
  });
});

describe('the link', () => {
  it('carries the scenario, the seed, every change and the backend, and reads back the same', () => {
    state().setKnob('seed', 7);
    state().setKnob('video.clickbaitShare', 0.35);
    state().setKnob('model.hiddenUnits', [32]);
    state().setBackendChoice('wasm');
    const search = link(state(), '?worker=off&run=1');
    expect(search).toBe('?scenario=video-watch-time&seed=7&video.clickbaitShare=0.35&model.hiddenUnits=32&backend=wasm&worker=off');
    const read = readUrlSettings(search);
    expect(read).toMatchObject({ scenarioId: 'video-watch-time', backend: 'wasm', mainThread: true, run: false, problems: [] });
    expect(read.edits).toEqual({ seed: 7, 'video.clickbaitShare': 0.35, 'model.hiddenUnits': [32] });
  });

  it('reads the link the app writes back as no change: the preset\'s own seed is not an edit', () => {
    const search = link(state());
    expect(search).toBe('?scenario=video-watch-time&seed=1&backend=auto');
    expect(linkEdits('video-watch-time', readUrlSettings(search).edits)).toEqual({ ok: true, settings: {} });
    expect(linkEdits('video-watch-time', { seed: 1, users: 50 })).toEqual({ ok: true, settings: { edits: { users: 50 } } });
    const bad = linkEdits('video-watch-time', { seed: 1, users: -5 });
    expect(bad.ok ? [] : lines(bad.problems)).toEqual(['users: must be at least 10 (got -5)', "(link): its changes to the scenario were not applied; showing the preset as it is"]);
  });

  it('replaces the saved experiment only when it validly names one', () => {
    const opened = (search: string, keepsSaved = true) => {
      const r = linkExperiment(readUrlSettings(search), search, keepsSaved);
      return { replace: r.replace, lines: lines(r.problems) };
    };
    // The tester's link: nothing of it can be used, so the saved experiment stays, and the page says so.
    expect(opened('?seed=abc')).toEqual({ replace: null, lines: ['seed: must be a number (got "abc")', '(link): its changes to the scenario were not applied; showing your saved experiment'] });
    expect(opened('?seed=abc', false).lines[1]).toBe('(link): its changes to the scenario were not applied; showing the preset as it is');
    // An unknown preset names no experiment either (its own line comes from readUrlSettings), nor do knobs meant for it.
    expect(opened('?scenario=podcast')).toEqual({ replace: null, lines: [] });
    expect(opened('?scenario=podcast&seed=3')).toEqual({ replace: null, lines: ['(link): its changes to the scenario were not applied; showing your saved experiment'] });
    expect(opened('?lang=fr&backend=wasm')).toEqual({ replace: null, lines: [] });
    // A known preset replaces it, with its knobs when they all fit, else as it is (which its line says).
    expect(opened('?scenario=video-e2e-small&seed=7&users=77')).toEqual({ replace: { scenarioId: 'video-e2e-small', settings: { edits: { seed: 7, users: 77 } } }, lines: [] });
    expect(opened('?scenario=video-e2e-small&seed=abc')).toEqual({
      replace: { scenarioId: 'video-e2e-small', settings: {} },
      lines: ['seed: must be a number (got "abc")', '(link): its changes to the scenario were not applied; showing the preset as it is'],
    });
    // Knobs alone that all fit name the default preset with them.
    expect(opened('?seed=7')).toEqual({ replace: { scenarioId: 'video-watch-time', settings: { edits: { seed: 7 } } }, lines: [] });
  });

  it('names the language when it is not English, and never takes lang for a knob', () => {
    const experiment = { scenarioId: 'video-e2e-small', settings: {}, backendChoice: 'auto' as const, scenario: findScenario('video-e2e-small')! };
    expect(experimentSearch({ ...experiment, language: 'zh' }, '?lang=zh')).toBe('?scenario=video-e2e-small&seed=1&backend=auto&lang=zh');
    expect(experimentSearch({ ...experiment, language: 'en' }, '?lang=zh')).toBe('?scenario=video-e2e-small&seed=1&backend=auto');
    expect(readUrlSettings('?scenario=video-e2e-small&lang=zh')).toMatchObject({ edits: {}, problems: [] });
  });

  it('writes the shop goal and ESMM switch as their own parameters', () => {
    state().selectScenario('shop-conversion');
    state().setGoal('gmv');
    state().setSharedEmbeddings(false);
    expect(link(state())).toBe('?scenario=shop-conversion&seed=1&goal=gmv&esmm=separate&backend=auto');
  });

  it('reads ?run=1 and reports what it does not understand, one line each', () => {
    expect(readUrlSettings('?scenario=video-no-clickbait&seed=3&run=1')).toMatchObject({ scenarioId: 'video-no-clickbait', edits: { seed: 3 }, run: true, problems: [] });
    expect(lines(readUrlSettings('?scenario=podcast&backend=gpu&goal=revenue&esmm=maybe').problems)).toEqual([
      'scenario: unknown preset "podcast" (showing the default)',
      'backend: must be one of auto, webgl, wasm, cpu (got "gpu")',
      'goal: must be one of purchases, gmv (got "revenue")',
      'esmm: must be shared or separate (got "maybe")',
    ]);
    expect(readUrlSettings('?seed=abc&users=NaN').edits).toEqual({ seed: 'abc', users: NaN });
  });

  it('names every parameter it does not understand, and the link the app writes drops them', () => {
    const search = '?scenario=video-e2e-small&lang=fr&worker=maybe&run=yes&bogus=1';
    const read = readUrlSettings(search);
    expect(lines(read.problems)).toEqual([
      'lang: must be one of en, zh (got "fr")',
      'worker: must be one of off, on (got "maybe")',
      'run: must be one of 1, 0 (got "yes")',
      'bogus: unknown link parameter (ignored)',
    ]);
    expect(read).toMatchObject({ edits: {}, mainThread: false, run: false });
    const experiment = { scenarioId: 'video-e2e-small', settings: {}, backendChoice: 'auto' as const, scenario: findScenario('video-e2e-small')!, language: 'en' as const };
    expect(experimentSearch(experiment, search)).toBe('?scenario=video-e2e-small&seed=1&backend=auto');
    expect(experimentSearch(experiment, '?worker=off&bogus=1&lesson=video&step=2')).toBe('?scenario=video-e2e-small&seed=1&backend=auto&worker=off&lesson=video&step=2');
    // Known parameters, knobs and the lesson's own are not unknown.
    expect(readUrlSettings('?scenario=video-e2e-small&seed=2&users=50&video.clickbaitShare=0.3&lesson=video&step=2&presenter=1&lang=ZH&worker=on&run=0').problems).toEqual([]);
  });
});

describe('startAutoRun', () => {
  it('chains generate → train → compare and stops at the results', () => {
    const calls: string[] = [];
    let listener: ((s: AppState, p: AppState) => void) | null = null;
    let s = { phase: 'idle', stale: false, error: null, cancelled: false, knobDrafts: {} } as unknown as AppState;
    const fake = {
      getState: () => s,
      subscribe: (l: (s: AppState, p: AppState) => void) => ((listener = l), () => (listener = null)),
    };
    const to = (phase: AppState['phase']) => {
      const prev = s;
      s = { ...s, phase };
      listener?.(s, prev);
    };
    Object.assign(s, { generate: () => calls.push('generate'), train: () => calls.push('train'), compare: () => calls.push('compare') });
    startAutoRun(fake);
    to('generating');
    to('generated');
    to('training');
    to('trained');
    to('comparing');
    to('compared');
    expect(calls).toEqual(['generate', 'train', 'compare']);
    expect(listener).toBeNull();
  });

  it('stops where asked and says so once; does not start while Generate would refuse', () => {
    const calls: string[] = [];
    let listener: ((s: AppState, p: AppState) => void) | null = null;
    let s = { phase: 'idle', stale: false, error: null, cancelled: false, knobDrafts: {} } as unknown as AppState;
    const fake = { getState: () => s, subscribe: (l: (s: AppState, p: AppState) => void) => ((listener = l), () => (listener = null)) };
    const to = (phase: AppState['phase']) => {
      const prev = s;
      s = { ...s, phase };
      listener?.(s, prev);
    };
    Object.assign(s, { generate: () => calls.push('generate'), train: () => calls.push('train'), compare: () => calls.push('compare') });
    startAutoRun(fake, { until: 'trained', onDone: () => calls.push('done') });
    for (const phase of ['generating', 'generated', 'training', 'trained', 'comparing', 'compared'] as const) to(phase);
    expect(calls).toEqual(['generate', 'train', 'done']);
    expect(listener).toBeNull();
    calls.length = 0;
    s = { ...s, phase: 'idle', knobDrafts: { users: [] } };
    startAutoRun(fake, { onDone: () => calls.push('done') });
    expect(calls).toEqual([]);
    expect(listener).toBeNull();
  });
});
