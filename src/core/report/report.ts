/**
 * The report of DESIGN 5.2: what `npm run simulate` writes and the browser's
 * "export results" downloads. Field names are a contract; add fields freely.
 */
import type { Interval, PolicyDifference, VideoReplayResult } from '../replay/types';
import { diffEdits } from '../scenario/knobs';
import type { Scenario } from '../scenario/parseScenario';
import type { VideoWorldSummary } from '../world/videoSummary';

export interface ReportTrain {
  ms: number;
  examples: number;
  examplesPerSec: number;
  epochs: number;
}

/** Online metrics of one policy; each world fills the fields that apply to it. */
export interface ReportOnline {
  clicksPer1k: number;
  /** This policy's business goal as a share of the oracle's (ad minutes; purchases or GMV). */
  shareOfOracle: number;
  /** 95 % bootstrap intervals of the rates, [low, high]. */
  clicksPer1kCi: [number, number];
  // Video world.
  watchMinutesPer1k?: number;
  adMinutesPer1k?: number;
  watchMinutesPer1kCi?: [number, number];
  adMinutesPer1kCi?: [number, number];
  meanVideoMinutesShown?: number;
  clickbaitShareShown?: number;
  // Shop world.
  purchasesPer1k?: number;
  gmvPer1k?: number;
  purchasesPer1kCi?: [number, number];
  gmvPer1kCi?: [number, number];
  meanPriceShown?: number;
  meanAppealShown?: number;
  meanValueShown?: number;
}

export interface ReportOffline {
  ctrAuc: number | null;
  ctrLogloss: number | null;
  cvrAuc?: number | null;
  cvrAucEntireSpace?: number | null;
  ctcvrAuc?: number | null;
}

export interface ReportPolicy {
  offline?: ReportOffline;
  online: ReportOnline;
  train?: ReportTrain;
}

/**
 * The difference a − b of two policies' online metric, per 1000 impressions, with the
 * 95 % interval of a paired bootstrap (the same resampled users for both): the two
 * are told apart where `ci` excludes 0, whether or not their own intervals overlap.
 */
export interface ReportDifference {
  a: string;
  b: string;
  /** The online metric's name, e.g. `purchasesPer1k`. */
  metric: string;
  difference: number;
  ci: [number, number];
}

export interface Report {
  /** The scenario's id (a preset's, or an imported file's own). */
  scenario: string;
  world: 'video' | 'shop';
  /** The shop's business goal; absent for the video world (always ad minutes). */
  goal?: 'purchases' | 'gmv';
  seed: number;
  backend: string;
  data: { users: number; items: number; impressions: number; clicks: number; purchases: number; watchMinutes: number };
  policies: Record<string, ReportPolicy>;
  /** Wall time of each stage, milliseconds. */
  timings?: { generateMs: number; trainMs: number; compareMs: number };
  /**
   * Every pair of policies (a listed before b, in the order of `policies`) for each
   * online metric with an interval. Absent in reports saved by an older version.
   */
  differences?: ReportDifference[];
  /**
   * The whole scenario that ran, as a scenario file (every knob, the seed, the shop's
   * goal and ESMM switch as compared): save it as JSON and import it in the editor, or
   * pass it to `npm run simulate`, to run the same experiment again. Absent only in
   * reports saved by an older version of the app.
   */
  scenarioFile?: Scenario;
}

/**
 * True when `report` comes from a run of `scenario` as it is now: every knob, the
 * seed and the id alike (an older report without its scenario file: the id and seed).
 * The saved results are said to belong to the scenario on screen only then.
 */
export function reportRanScenario(report: Pick<Report, 'scenario' | 'world' | 'seed' | 'scenarioFile'>, scenario: Scenario): boolean {
  if (report.world !== scenario.world) return false;
  if (!report.scenarioFile || report.scenarioFile.world !== scenario.world) return report.scenario === scenario.id && report.seed === scenario.seed;
  return Object.keys(diffEdits(scenario, report.scenarioFile)).length === 0;
}

export const ci = (i: Interval): [number, number] => [i.low, i.high];

/** The replay's paired differences as the report writes them. */
export const reportDifferences = (ds: readonly PolicyDifference<string, string>[]): ReportDifference[] =>
  ds.map((d) => ({ a: d.a, b: d.b, metric: d.metric, difference: d.difference.mean, ci: ci(d.difference) }));

/** Builds the report from a finished run. */
export function buildVideoReport(args: {
  /** The scenario as it ran (with the seed it ran with). */
  scenario: Scenario;
  backend: string;
  summary: VideoWorldSummary;
  replay: VideoReplayResult;
  train: Partial<Record<string, ReportTrain>>;
  timings?: Report['timings'];
}): Report {
  const policies: Record<string, ReportPolicy> = {};
  for (const p of args.replay.policies) {
    const o = p.online;
    policies[p.id] = {
      ...(p.offline ? { offline: p.offline } : {}),
      online: {
        clicksPer1k: o.clicksPer1k.mean,
        watchMinutesPer1k: o.watchMinutesPer1k.mean,
        adMinutesPer1k: o.adMinutesPer1k.mean,
        shareOfOracle: o.shareOfOracle,
        clicksPer1kCi: ci(o.clicksPer1k),
        watchMinutesPer1kCi: ci(o.watchMinutesPer1k),
        adMinutesPer1kCi: ci(o.adMinutesPer1k),
        meanVideoMinutesShown: o.meanVideoMinutesShown,
        clickbaitShareShown: o.clickbaitShareShown,
      },
      ...(args.train[p.id] ? { train: args.train[p.id] } : {}),
    };
  }
  const s = args.summary;
  return {
    scenario: args.scenario.id,
    world: 'video',
    seed: args.scenario.seed,
    backend: args.backend,
    data: { users: s.users, items: s.videos, impressions: s.impressions, clicks: s.clicks, purchases: 0, watchMinutes: s.watchMinutes },
    policies,
    differences: reportDifferences(args.replay.differences),
    ...(args.timings ? { timings: args.timings } : {}),
    scenarioFile: structuredClone(args.scenario),
  };
}
