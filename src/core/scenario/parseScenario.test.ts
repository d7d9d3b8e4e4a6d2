import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioText, validateScenario, type ParseResult } from './parseScenario';

const scenarioDir = new URL('../../../scenarios/', import.meta.url);
const bundled = readdirSync(scenarioDir).filter((f) => f.endsWith('.json'));
const baseText = readFileSync(new URL('video-watch-time.json', scenarioDir), 'utf8');
const baseJson = JSON.parse(baseText) as Record<string, unknown>;

const problemsOf = (r: ParseResult): string[] => (r.ok ? [] : r.problems);
/** Untyped scenario JSON, free to break in any way a hand-edited file can. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type LooseJson = Record<string, any>;
/** The default scenario with one change made to its JSON object. */
const mutated = (change: (s: LooseJson) => void): ParseResult => {
  const s = structuredClone(baseJson) as LooseJson;
  change(s);
  return validateScenario(s);
};

describe('the bundled scenarios', () => {
  it('include the default video scenario', () => {
    expect(bundled).toContain('video-watch-time.json');
  });

  it.each(bundled)('%s validates', (file) => {
    const text = readFileSync(new URL(file, scenarioDir), 'utf8');
    const result = parseScenarioText(text);
    expect(problemsOf(result)).toEqual([]);
    expect(result.ok).toBe(true);
    // Validation keeps every value: the parsed scenario equals the file's JSON.
    if (result.ok) expect(result.scenario).toEqual(JSON.parse(text));
  });
});

describe('parseScenarioText', () => {
  it('fills in an empty story when it is left out', () => {
    const result = mutated((s) => delete s.story);
    expect(result.ok && result.scenario.story).toBe('');
  });

  it.each([
    ['invalid JSON', '{"world": "video",'],
    ['a bare NaN', 'NaN'],
    ['NaN inside an object', '{"seed": NaN}'],
  ])('rejects %s with one line saying it is not JSON', (_name, text) => {
    const problems = problemsOf(parseScenarioText(text));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^\(file\): not valid JSON/);
  });

  it.each([['[1, 2]'], ['null'], ['"video"'], ['3']])('rejects the non-object %s', (text) => {
    expect(problemsOf(parseScenarioText(text))).toEqual(['(scenario): must be a JSON object']);
  });

  it('reports 1e400 (read as Infinity) as Infinity, naming the field', () => {
    const text = baseText.replace('"clickbaitShare": 0.2', '"clickbaitShare": 1e400');
    expect(text).not.toBe(baseText);
    const problems = problemsOf(parseScenarioText(text));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^video\.clickbaitShare: /);
    expect(problems[0]).toContain('Infinity');
    expect(problems[0]).not.toContain('got null');
  });
});

describe('validateScenario', () => {
  // [what, change, field path the one problem line must start with, words it must contain]
  const cases: [string, (s: LooseJson) => void, string, string[]][] = [
    ['an unknown world', (s) => (s.world = 'podcast'), 'world', ['podcast']],
    ['no world', (s) => delete s.world, 'world', []],
    ['a missing knob', (s) => delete s.video.clickbaitShare, 'video.clickbaitShare', ['missing']],
    ['a missing nested knob', (s) => delete s.video.ads.midRollMinutes, 'video.ads.midRollMinutes', ['missing']],
    ['a missing section', (s) => delete s.logging, 'logging', ['missing']],
    ['a missing seed', (s) => delete s.seed, 'seed', ['missing']],
    ['an unknown knob', (s) => (s.video.clickbaitShares = 0.2), 'video', ['unknown field', 'clickbaitShares']],
    ['an unknown top-level field', (s) => (s.colour = 'red'), '(scenario)', ['unknown field', 'colour']],
    ['an unknown model field', (s) => (s.model.dropout = 0.1), 'model', ['unknown field', 'dropout']],
    ['a number given as a string', (s) => (s.video.clickbaitShare = '0.2'), 'video.clickbaitShare', ['"0.2"']],
    ['"NaN" as a string', (s) => (s.video.watch.noise = 'NaN'), 'video.watch.noise', ['"NaN"']],
    ['null for a number', (s) => (s.video.click.base = null), 'video.click.base', []],
    ['Infinity', (s) => (s.video.lengthMedianMinutes = Infinity), 'video.lengthMedianMinutes', ['Infinity']],
    ['−Infinity', (s) => (s.video.click.base = -Infinity), 'video.click.base', ['-Infinity']],
    ['NaN', (s) => (s.video.affinityScale = NaN), 'video.affinityScale', ['NaN']],
    ['a negative count of users', (s) => (s.users = -5), 'users', ['-5']],
    ['a negative count of impressions', (s) => (s.logging.impressions = -1000), 'logging.impressions', ['-1000']],
    ['a negative top K', (s) => (s.evaluation.topK = -1), 'evaluation.topK', ['-1']],
    ['a negative seed', (s) => (s.seed = -1), 'seed', ['-1']],
    ['a fractional count of users', (s) => (s.users = 10.5), 'users', ['int', '10.5']],
    ['a fractional slate size', (s) => (s.logging.slateSize = 2.5), 'logging.slateSize', ['int', '2.5']],
    ['a fractional count of replay users', (s) => (s.evaluation.replayUsers = 100.5), 'evaluation.replayUsers', ['100.5']],
    ['a fractional seed', (s) => (s.seed = 1.5), 'seed', ['1.5']],
    ['a fractional hidden width', (s) => (s.model.hiddenUnits = [64, 0.5]), 'model.hiddenUnits (layer 2)', ['0.5']],
    ['a probability above 1', (s) => (s.video.clickbaitShare = 1.5), 'video.clickbaitShare', ['1.5']],
    ['a probability below 0', (s) => (s.video.clickbaitShare = -0.1), 'video.clickbaitShare', ['-0.1']],
    ['a popularity mix above 1', (s) => (s.logging.popularityMix = 1.01), 'logging.popularityMix', ['1.01']],
    ['a popularity mix below 0', (s) => (s.logging.popularityMix = -0.5), 'logging.popularityMix', ['-0.5']],
    ['a test fraction out of range', (s) => (s.evaluation.testFraction = 0.9), 'evaluation.testFraction', ['0.9']],
    ['a video length above the cap', (s) => (s.video.lengthMedianMinutes = 61), 'video.lengthMedianMinutes', ['61']],
  ];

  it.each(cases)('gives one line naming the field for %s', (_what, change, path, words) => {
    const result = mutated(change);
    expect(result.ok).toBe(false);
    const problems = problemsOf(result);
    expect(problems).toHaveLength(1);
    expect(problems[0].startsWith(`${path}: `)).toBe(true);
    for (const w of words) expect(problems[0]).toContain(w);
  });

  it('gives one line per problem when there are several', () => {
    const problems = problemsOf(
      mutated((s) => {
        s.users = -5;
        s.video.clickbaitShare = 2;
        delete s.logging.slateSize;
      }),
    );
    expect(problems).toHaveLength(3);
    expect(problems.some((p) => p.startsWith('users: '))).toBe(true);
    expect(problems.some((p) => p.startsWith('video.clickbaitShare: '))).toBe(true);
    expect(problems).toContain('logging.slateSize: missing');
  });

  it('refuses a world too big for a browser tab, with the estimate and the limit', () => {
    const problems = problemsOf(
      mutated((s) => {
        s.users = 200_000;
        s.items = 100_000;
        s.model.embeddingDim = 64;
        s.logging.impressions = 5_000_000;
        s.evaluation.replayUsers = 20_000;
        s.evaluation.candidatesPerUser = 2_000;
      }),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^evaluation\.replayUsers: This world needs about [\d,]+ MiB of memory, more than the 1,024 MiB the app lets one run use/);
    // The A/B test is what to lower (without it the rest fits); the impressions are not blamed.
    expect(problems[0]).toContain("The A/B test's 20,000 users × 2,000 candidates each take about 1,526 MiB: lower the users in the A/B test (evaluation.replayUsers) or the candidates per user (evaluation.candidatesPerUser).");
    expect(problems[0]).not.toContain('logging.impressions');
  });

  it('names the logged impressions when they are what does not fit', () => {
    const problems = problemsOf(
      mutated((s) => {
        s.users = 200_000;
        s.items = 100_000;
        s.model.embeddingDim = 60;
        s.logging.impressions = 5_000_000;
        s.evaluation.replayUsers = 8_000;
        s.evaluation.candidatesPerUser = 1_000;
      }),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^logging\.impressions: This world needs about/);
    expect(problems[0]).toContain('The 5,000,000 logged impressions (about 96 bytes each) take about 458 MiB: lower the logged impressions (logging.impressions).');
  });

  it('sizes the A/B test as it runs: at most every user, each offered at most every item', () => {
    // The tester's link: the preset has 1,000 users and 300 videos, so this A/B test is 1,000 × 300.
    expect(problemsOf(mutated((s) => ((s.evaluation.replayUsers = 20_000), (s.evaluation.candidatesPerUser = 5_000))))).toEqual([]);
  });

  it('accepts the largest world of the scale target (1,000,000 impressions, 50,000 users)', () => {
    expect(problemsOf(mutated((s) => ((s.users = 50_000), (s.logging.impressions = 1_000_000))))).toEqual([]);
  });

  it('accepts the edges of each range', () => {
    expect(problemsOf(mutated((s) => ((s.video.clickbaitShare = 0), (s.logging.popularityMix = 1))))).toEqual([]);
    expect(problemsOf(mutated((s) => ((s.video.clickbaitShare = 1), (s.logging.popularityMix = 0), (s.users = 10))))).toEqual([]);
  });
});

describe('the problem lines are plain words', () => {
  it.each<[string, (s: LooseJson) => void, string]>([
    ['a probability above 1', (s) => (s.video.clickbaitShare = 1.5), 'video.clickbaitShare: must be at most 1 (got 1.5)'],
    ['a negative count', (s) => (s.users = -5), 'users: must be at least 10 (got -5)'],
    ['a fractional count', (s) => (s.logging.slateSize = 2.5), 'logging.slateSize: must be a whole number (an integer) (got 2.5)'],
    ['NaN', (s) => (s.video.affinityScale = NaN), 'video.affinityScale: must be a finite number (got NaN)'],
    ['Infinity in a count', (s) => (s.items = Infinity), 'items: must be a finite number (got Infinity)'],
    ['a string for a number', (s) => (s.video.clickbaitShare = '0.2'), 'video.clickbaitShare: must be a number (got "0.2")'],
    ['too many hidden layers', (s) => (s.model.hiddenUnits = [8, 8, 8, 8, 8]), 'model.hiddenUnits: must have at most 4 entries (got [8,8,8,8,8])'],
    ['an empty title', (s) => (s.title = ''), 'title: must not be empty (got "")'],
    // The tester's lines: a list entry by its list and its place in words, one limit per field, a missing world said missing.
    ['text in a hidden layer', (s) => (s.model.hiddenUnits = [64, 'abc']), 'model.hiddenUnits (layer 2): must be a number (got "abc")'],
    ['a seed past every limit', (s) => (s.seed = 1e20), 'seed: must be at most 2147483647 (got 100000000000000000000)'],
    ['a count below its range and not whole', (s) => (s.users = -1e20), 'users: must be at least 10 (got -100000000000000000000)'],
  ])('%s', (_what, change, line) => {
    expect(problemsOf(mutated(change))).toEqual([line]);
  });

  it('says a file without a world lacks it', () => {
    expect(problemsOf(parseScenarioText('{}'))).toEqual(['world: missing (a scenario names its world: "video" or "shop")']);
    expect(problemsOf(parseScenarioText('{"world": null}'))).toEqual(['world: unknown world null (expected "video" or "shop")']);
  });

  it('names the allowed choices of the shop goal', () => {
    const shop = JSON.parse(readFileSync(new URL('shop-conversion.json', scenarioDir), 'utf8')) as LooseJson;
    shop.goal = 'revenue';
    expect(problemsOf(validateScenario(shop))).toEqual(['goal: must be one of "purchases", "gmv" (got "revenue")']);
  });
});
