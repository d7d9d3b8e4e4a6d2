import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateVideoLogs } from '../logs/videoLogs';
import { replayVideo } from '../replay/videoReplay';
import { expectWorld, parseScenarioText } from '../scenario/parseScenario';
import { summariseVideo } from '../world/videoSummary';
import { generateVideoWorld } from '../world/videoWorld';
import { buildVideoReport, reportRanScenario } from './report';

describe('buildVideoReport', () => {
  const parsed = expectWorld(parseScenarioText(readFileSync(new URL('../../../scenarios/video-e2e-small.json', import.meta.url), 'utf8')), 'video');
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const scenario = parsed.scenario;
  const world = generateVideoWorld(scenario);
  const summary = summariseVideo(world, generateVideoLogs(scenario, world));
  const replay = replayVideo(world, scenario.evaluation, scenario.seed, {});
  replay.policies[0].offline = { ctrAuc: null, ctrLogloss: 0.3 };
  const train = { ms: 1200, examples: 16000, examplesPerSec: 13333, epochs: 2 };
  const report = buildVideoReport({ scenario, backend: 'cpu', summary, replay, train: { oracle: train } });

  it('carries the run’s identity and data sizes', () => {
    expect(report).toMatchObject({ scenario: 'video-e2e-small', world: 'video', seed: 1, backend: 'cpu' });
    expect(report.data).toEqual({ users: 300, items: 120, impressions: 30000, clicks: summary.clicks, purchases: 0, watchMinutes: summary.watchMinutes });
    expect(report.timings).toBeUndefined();
  });

  it('knows whether it ran the scenario on screen: same knobs, seed and id', () => {
    expect(reportRanScenario(report, scenario)).toBe(true);
    expect(reportRanScenario(report, { ...scenario, seed: 5 })).toBe(false);
    expect(reportRanScenario(report, { ...scenario, users: 301 })).toBe(false);
    expect(reportRanScenario(report, { ...scenario, id: 'video-watch-time' })).toBe(false);
    // An older report without its scenario file: the id and the seed decide.
    const { scenarioFile: _file, ...old } = report;
    expect(reportRanScenario(old, { ...scenario, users: 301 })).toBe(true);
    expect(reportRanScenario(old, { ...scenario, seed: 5 })).toBe(false);
  });

  it('carries the whole scenario that ran, which validates as a scenario file and equals it', () => {
    const file = parseScenarioText(JSON.stringify(report.scenarioFile));
    expect(file.ok && file.scenario).toEqual(scenario);
    // A copy: changing the run's scenario afterwards does not change the report.
    expect(report.scenarioFile).not.toBe(scenario);
  });

  it('has one entry per replayed policy with means and [low, high] intervals', () => {
    expect(Object.keys(report.policies)).toEqual(replay.policies.map((p) => p.id));
    for (const p of replay.policies) {
      const o = report.policies[p.id].online;
      expect(o.adMinutesPer1k).toBe(p.online.adMinutesPer1k.mean);
      expect(o.adMinutesPer1kCi).toEqual([p.online.adMinutesPer1k.low, p.online.adMinutesPer1k.high]);
      expect(o.clicksPer1kCi).toEqual([p.online.clicksPer1k.low, p.online.clicksPer1k.high]);
      expect(o.watchMinutesPer1kCi).toEqual([p.online.watchMinutesPer1k.low, p.online.watchMinutesPer1k.high]);
      expect(o.shareOfOracle).toBe(p.online.shareOfOracle);
      expect(o.clickbaitShareShown).toBe(p.online.clickbaitShareShown);
    }
  });

  it('carries the paired difference of every pair of policies, as [low, high] like the intervals', () => {
    expect(report.differences).toHaveLength(replay.differences.length);
    // random and oracle only (no learned scorers here): one pair, three metrics.
    expect(report.differences).toHaveLength(3);
    replay.differences.forEach((d, k) => {
      expect(report.differences![k]).toEqual({ a: d.a, b: d.b, metric: d.metric, difference: d.difference.mean, ci: [d.difference.low, d.difference.high] });
    });
  });

  it('includes offline metrics and training stats only where they exist, and survives JSON', () => {
    expect(report.policies.random.offline).toEqual({ ctrAuc: null, ctrLogloss: 0.3 });
    expect('offline' in report.policies.oracle).toBe(false);
    expect(report.policies.oracle.train).toEqual(train);
    expect('train' in report.policies.random).toBe(false);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    const timed = buildVideoReport({ scenario, backend: 'cpu', summary, replay, train: {}, timings: { generateMs: 1, trainMs: 2, compareMs: 3 } });
    expect(timed.timings).toEqual({ generateMs: 1, trainMs: 2, compareMs: 3 });
  });
});
