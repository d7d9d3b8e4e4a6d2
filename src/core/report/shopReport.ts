/** The report of DESIGN 5.2 for a finished shop run. */
import type { ShopReplayResult } from '../replay/types';
import type { ShopScenario } from '../scenario/shopScenario';
import type { ShopWorldSummary } from '../world/shopSummary';
import { ci, reportDifferences, type Report, type ReportPolicy, type ReportTrain } from './report';

export function buildShopReport(args: {
  /** The scenario as it ran (with the seed, goal and ESMM switch it ran with). */
  scenario: ShopScenario;
  backend: string;
  summary: ShopWorldSummary;
  replay: ShopReplayResult;
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
        purchasesPer1k: o.purchasesPer1k.mean,
        gmvPer1k: o.gmvPer1k.mean,
        shareOfOracle: o.shareOfOracle,
        clicksPer1kCi: ci(o.clicksPer1k),
        purchasesPer1kCi: ci(o.purchasesPer1k),
        gmvPer1kCi: ci(o.gmvPer1k),
        meanPriceShown: o.meanPriceShown,
        meanAppealShown: o.meanAppealShown,
        meanValueShown: o.meanValueShown,
      },
      ...(args.train[p.id] ? { train: args.train[p.id] } : {}),
    };
  }
  const s = args.summary;
  return {
    scenario: args.scenario.id,
    world: 'shop',
    goal: args.replay.goal,
    seed: args.scenario.seed,
    backend: args.backend,
    data: { users: s.users, items: s.products, impressions: s.impressions, clicks: s.clicks, purchases: s.purchases, watchMinutes: 0 },
    policies,
    differences: reportDifferences(args.replay.differences),
    ...(args.timings ? { timings: args.timings } : {}),
    // The goal the replay ranked for is the scenario's: the file reruns the same comparison.
    scenarioFile: { ...structuredClone(args.scenario), goal: args.replay.goal },
  };
}
