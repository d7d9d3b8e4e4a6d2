/**
 * The video case's comparison: ad minutes (the revenue) beside each policy's share
 * of the best possible, clicks and minutes watched, what each put on screen, and
 * every number in a table.
 */
import { useTranslation } from 'react-i18next';
import type { VideoReplayResult } from '../../core/replay/types';
import { MetricBarChart } from '../charts/MetricBarChart';
import { ScreenChart } from '../charts/ScreenChart';
import { adsInsight, clicksInsight, watchInsight } from '../insights';
import { ResultsTable } from '../ResultsTable';
import { ShareOfOracle } from '../ShareOfOracle';

export function VideoResults({ result }: { result: VideoReplayResult }) {
  const { t } = useTranslation('charts');
  return (
    <>
      <div className="chart-grid chart-grid--lead">
        <MetricBarChart
          result={result}
          metric="adMinutesPer1k"
          testId="compare.chart.ads"
          title={t('video.adsTitle')}
          unit={t('video.adsUnit')}
          notice={adsInsight(result)}
          headline
        />
        <ShareOfOracle result={result} />
      </div>
      <div className="chart-grid chart-grid--two">
        <MetricBarChart
          result={result}
          metric="clicksPer1k"
          testId="compare.chart.clicks"
          title={t('video.clicksTitle')}
          unit={t('video.clicksUnit')}
          notice={clicksInsight(result)}
        />
        <MetricBarChart
          result={result}
          metric="watchMinutesPer1k"
          testId="compare.chart.watch"
          title={t('video.watchTitle')}
          unit={t('video.watchUnit')}
          notice={watchInsight(result)}
        />
      </div>
      <div className="chart-grid">
        <ScreenChart result={result} />
      </div>
      <ResultsTable result={result} />
    </>
  );
}
