/**
 * The shop's comparison: the business goal (purchases or GMV) beside each
 * policy's share of the best possible, clicks and the other money metric, the
 * funnel from impressions to purchases, where each conversion model learned
 * against where it predicts, and every number in one table.
 */
import type { ShopReplayResult } from '../../core/replay/types';
import { MetricBarChart } from '../charts/MetricBarChart';
import { ShareOfOracle } from '../ShareOfOracle';
import { shopClicksInsight, shopGoalInsight } from '../shopInsights';
import { FunnelView } from './FunnelView';
import { ShopResultsTable } from './ShopResultsTable';
import { SpaceView } from './SpaceView';

const MONEY = {
  purchasesPer1k: { testId: 'compare.chart.purchases', title: 'Purchases', unit: 'purchases (orders) per 1,000 impressions' },
  gmvPer1k: { testId: 'compare.chart.gmv', title: 'GMV', unit: 'yuan of GMV per 1,000 impressions' },
} as const;

export function ShopResults({ result }: { result: ShopReplayResult }) {
  const goal = result.goal === 'gmv' ? 'gmvPer1k' : 'purchasesPer1k';
  const other = goal === 'gmvPer1k' ? 'purchasesPer1k' : 'gmvPer1k';
  return (
    <>
      <div className="chart-grid chart-grid--lead">
        <MetricBarChart
          result={result}
          metric={goal}
          testId={MONEY[goal].testId}
          title={`${MONEY[goal].title}: the business goal`}
          unit={MONEY[goal].unit}
          notice={shopGoalInsight(result, goal)}
          headline
        />
        <ShareOfOracle result={result} />
      </div>
      <div className="chart-grid chart-grid--two">
        <MetricBarChart
          result={result}
          metric="clicksPer1k"
          testId="compare.chart.clicks"
          title="Clicks"
          unit="clicks per 1,000 impressions"
          notice={shopClicksInsight(result)}
        />
        <MetricBarChart
          result={result}
          metric={other}
          testId={MONEY[other].testId}
          title={MONEY[other].title}
          unit={MONEY[other].unit}
          notice={shopGoalInsight(result, other)}
        />
      </div>
      <div className="chart-grid">
        <FunnelView result={result} />
        <SpaceView result={result} />
      </div>
      <ShopResultsTable result={result} />
    </>
  );
}
