/**
 * The shop's comparison: the business goal (purchases or GMV) beside each
 * policy's share of the best possible, clicks and the other money metric, the
 * funnel from impressions to purchases, where each conversion model learned
 * against where it predicts, and every number in one table.
 */
import { useTranslation } from 'react-i18next';
import type { ShopReplayResult } from '../../core/replay/types';
import { MetricBarChart } from '../charts/MetricBarChart';
import { ShareOfOracle } from '../ShareOfOracle';
import { shopClicksInsight, shopGoalInsight } from '../shopInsights';
import { FunnelView } from './FunnelView';
import { ShopResultsTable } from './ShopResultsTable';
import { SpaceView } from './SpaceView';

/** Test id and `charts:shop` keys of each money metric. */
const MONEY = {
  purchasesPer1k: { testId: 'compare.chart.purchases', title: 'purchasesTitle', unit: 'purchasesUnit' },
  gmvPer1k: { testId: 'compare.chart.gmv', title: 'gmvTitle', unit: 'gmvUnit' },
} as const;

export function ShopResults({ result }: { result: ShopReplayResult }) {
  const { t } = useTranslation('charts');
  const goal = result.goal === 'gmv' ? 'gmvPer1k' : 'purchasesPer1k';
  const other = goal === 'gmvPer1k' ? 'purchasesPer1k' : 'gmvPer1k';
  return (
    <>
      <div className="chart-grid chart-grid--lead">
        <MetricBarChart
          result={result}
          metric={goal}
          testId={MONEY[goal].testId}
          title={t('shop.goalTitle', { title: t(`shop.${MONEY[goal].title}`) })}
          unit={t(`shop.${MONEY[goal].unit}`)}
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
          title={t('shop.clicksTitle')}
          unit={t('shop.clicksUnit')}
          notice={shopClicksInsight(result)}
        />
        <MetricBarChart
          result={result}
          metric={other}
          testId={MONEY[other].testId}
          title={t(`shop.${MONEY[other].title}`)}
          unit={t(`shop.${MONEY[other].unit}`)}
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
