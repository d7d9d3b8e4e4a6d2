/**
 * Held-out AUC after each epoch, every model on one axis: the offline number
 * engineers watch, which barely separates the objectives. Video: the click label
 * for both models. Shop: the click label for the CTR model and ESMM's click tower,
 * the purchase label on clicked impressions for the CVR model.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModelId } from '../../models/types';
import { modelLabelParts, type World } from '../../store/models';
import { useTrainCharts } from '../../store/selectors';
import type { AucPoint } from '../../store/types';
import { formatDecimal } from '../format';
import { aucInsight } from '../insights';
import { shopAucInsight } from '../shopInsights';
import { ChartFrame } from './ChartFrame';
import { LiveLineChart } from './LiveLineChart';
import { SrTable } from './SrTable';
import { niceAxis } from './niceAxis';
import { MODEL_COLORS } from './palette';

/** Round ticks around the values; 0.5 (a coin toss) stays in view as the reference. */
function aucAxis(rows: AucPoint[], models: readonly ModelId[]) {
  const values = rows.flatMap((r) => models.map((id) => r[id]).filter((v): v is number => v !== undefined));
  return niceAxis([0.5, ...values], 4, [0, 1]);
}

export function AucChart() {
  const { aucByEpoch, models, world, epochs, cvrTrainRows } = useTrainCharts();
  return <AucChartView aucByEpoch={aucByEpoch} models={models} world={world} planned={epochs} cvrTrainRows={cvrTrainRows} />;
}

interface AucChartViewProps {
  aucByEpoch: AucPoint[];
  models: readonly ModelId[];
  world: World;
  planned: number;
  cvrTrainRows: number | undefined;
}

/**
 * Memoised: the loss curves change with every progress snapshot, the AUCs only at the
 * end of an epoch, so most snapshots need not render this chart again.
 */
const AucChartView = memo(function AucChartView({ aucByEpoch, models, world, planned, cvrTrainRows }: AucChartViewProps) {
  const { t } = useTranslation('charts'); // re-renders on a language change
  const axis = aucAxis(aucByEpoch, models);
  // The x axis spans every epoch from the start, so the first point does not sit alone mid-chart.
  const epochs = Math.max(2, planned, ...aucByEpoch.map((r) => r.epoch));
  const shop = world === 'shop';
  const epochTicks = Array.from({ length: epochs }, (_, i) => i + 1);
  return (
    <ChartFrame
      testId="train.chart.auc"
      title={t('auc.title')}
      unit={shop ? t('auc.unitShop', { esmm: t(`models.name.${models.includes('esmmNs') ? 'esmmNs' : 'esmm'}`) }) : t('auc.unitVideo')}
      notice={aucByEpoch.length ? (shop ? shopAucInsight(aucByEpoch, models, cvrTrainRows) : aucInsight(aucByEpoch)) : undefined}
      empty={aucByEpoch.length ? undefined : t('auc.empty')}
      data={{ points: aucByEpoch.length }}
    >
      <LiveLineChart
        height={206}
        legend
        series={models.map((id) => ({
          id,
          name: modelLabelParts(id, world).name,
          color: MODEL_COLORS[id],
          dots: true,
          points: aucByEpoch.flatMap((r) => (r[id] === undefined ? [] : [{ x: r.epoch, y: r[id]! }])),
        }))}
        x={{ domain: [1, epochs], ticks: epochTicks, decimals: 0, label: t('auc.axis') }}
        y={{ domain: axis.domain, ticks: axis.ticks, decimals: axis.tickDecimals }}
      />
      <SrTable
        caption={t('auc.title')}
        rowHeader={t('auc.axis')}
        columns={models.map((id) => modelLabelParts(id, world).name)}
        rows={aucByEpoch.map((r) => ({ label: String(r.epoch), cells: models.map((id) => formatDecimal(r[id], 3)) }))}
      />
    </ChartFrame>
  );
});
