/**
 * Live training loss, one small chart per model: the losses are in different
 * units (the watch-time loss is weighted by minutes; ESMM sums two terms; the CVR
 * model counts clicked impressions only), so they do not share an axis.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModelId } from '../../models/types';
import { modelLabelParts, type World } from '../../store/models';
import { useTrainCharts } from '../../store/selectors';
import type { LossPoint } from '../../store/types';
import { formatAmount } from '../format';
import { lossInsight } from '../insights';
import { shopLossInsight } from '../shopInsights';
import { ChartFrame } from './ChartFrame';
import { LiveLineChart } from './LiveLineChart';
import { niceAxis } from './niceAxis';
import { SrTable } from './SrTable';
import { MODEL_COLORS } from './palette';

const NO_POINTS: LossPoint[] = [];

/** Whole-epoch ticks 0, 1, …, n (fractional ticks crowd a small chart). */
function epochTicks(points: LossPoint[]): number[] {
  const last = Math.max(1, Math.ceil((points[points.length - 1]?.epochs ?? 1) - 1e-9));
  return Array.from({ length: last + 1 }, (_, i) => i);
}

/**
 * Memoised: a progress snapshot extends one model's curve, so only that chart renders
 * again; it is drawn by LiveLineChart, not recharts, to keep each update cheap.
 */
const ModelLoss = memo(function ModelLoss({ id, world, points }: { id: ModelId; world: World; points: LossPoint[] }) {
  const { t } = useTranslation('charts'); // re-renders on a language change
  const ticks = epochTicks(points);
  const label = modelLabelParts(id, world);
  const y = niceAxis(points.map((p) => p.loss), 4);
  return (
    <div className="mini-chart" data-model={id} data-points={points.length}>
      {/* The name in ink beside a swatch of the line's colour: vermillion and purple text fail contrast on white. */}
      <div className="mini-chart__title">
        <span className="mini-chart__swatch" style={{ background: MODEL_COLORS[id] }} aria-hidden="true" />
        {label.name}
        {label.detail ? <span className="mini-chart__detail">{label.detail}</span> : null}
      </div>
      {points.length === 0 ? (
        <div className="chart__empty chart__empty--small">{t('loss.waiting')}</div>
      ) : (
        <LiveLineChart
          height={180}
          series={[{ id, name: label.name, color: MODEL_COLORS[id], points: points.map((p) => ({ x: p.epochs, y: p.loss })) }]}
          x={{ domain: [0, ticks[ticks.length - 1]], ticks, decimals: 0, label: t('loss.axis') }}
          y={{ domain: y.domain, ticks: y.ticks, decimals: y.tickDecimals }}
        />
      )}
    </div>
  );
});

export function LossChart() {
  const { lossCurves, models, world, lossHistories } = useTrainCharts();
  const { t } = useTranslation('charts');
  const total = models.reduce((n, id) => n + (lossCurves[id]?.length ?? 0), 0);
  return (
    <ChartFrame
      testId="train.chart.loss"
      title={t('loss.title')}
      unit={t('loss.unit')}
      notice={total > 0 ? (world === 'video' ? lossInsight(lossHistories) : shopLossInsight(lossHistories, models)) : undefined}
      empty={total === 0 ? t('loss.empty') : undefined}
      data={{ points: total }}
    >
      <div className="mini-chart-row">
        {models.map((id) => (
          <ModelLoss key={id} id={id} world={world} points={lossCurves[id] ?? NO_POINTS} />
        ))}
      </div>
      <SrTable
        caption={t('loss.srCaption')}
        rowHeader={t('auc.axis')}
        columns={models.map((id) => modelLabelParts(id, world).name)}
        rows={Array.from({ length: Math.max(0, ...models.map((id) => lossHistories[id]?.length ?? 0)) }, (_, e) => ({
          label: String(e + 1),
          cells: models.map((id) => formatAmount(lossHistories[id]?.[e])),
        }))}
      />
    </ChartFrame>
  );
}
