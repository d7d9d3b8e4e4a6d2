/**
 * Held-out AUC after each epoch, every model on one axis: the offline number
 * engineers watch, which barely separates the objectives. Video: the click label
 * for both models. Shop: the click label for the CTR model and ESMM's click tower,
 * the purchase label on clicked impressions for the CVR model.
 */
import { memo } from 'react';
import type { ModelId } from '../../models/types';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { modelLabelParts, type World } from '../../store/models';
import { useTrainCharts } from '../../store/selectors';
import type { AucPoint } from '../../store/types';
import { aucInsight } from '../insights';
import { shopAucInsight } from '../shopInsights';
import { ChartFrame } from './ChartFrame';
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
  const axis = aucAxis(aucByEpoch, models);
  // The x axis spans every epoch from the start, so the first point does not sit alone mid-chart.
  const epochs = Math.max(2, planned, ...aucByEpoch.map((r) => r.epoch));
  const shop = world === 'shop';
  const epochTicks = Array.from({ length: epochs }, (_, i) => i + 1);
  return (
    <ChartFrame
      testId="train.chart.auc"
      title="Held-out AUC per epoch"
      unit={
        shop
          ? 'CTR model and ESMM: clicked vs unclicked test impressions; CVR model: buyers vs other clickers (0.5 = coin toss, 1 = perfect)'
          : 'how well each model separates clicked from unclicked test impressions (0.5 = coin toss, 1 = perfect)'
      }
      notice={aucByEpoch.length ? (shop ? shopAucInsight(aucByEpoch, models, cvrTrainRows) : aucInsight(aucByEpoch)) : undefined}
      empty={aucByEpoch.length ? undefined : 'A point appears at the end of each epoch.'}
      data={{ points: aucByEpoch.length }}
    >
      <ResponsiveContainer width="100%" height={206}>
        <LineChart accessibilityLayer={false} data={aucByEpoch} margin={{ top: 8, right: 16, bottom: 18, left: 4 }}>
          <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" />
          <XAxis dataKey="epoch" type="number" domain={[1, epochs]} ticks={epochTicks} allowDecimals={false} label={{ value: 'epoch', position: 'insideBottom', offset: -10 }} />
          <YAxis width={48} domain={axis.domain} ticks={axis.ticks} interval={0} tickFormatter={(v: number) => v.toFixed(axis.tickDecimals)} />
          <Tooltip formatter={(v, name) => [Number(v).toFixed(3), String(name)]} labelFormatter={(v) => `epoch ${v}`} />
          <Legend verticalAlign="top" wrapperStyle={{ paddingBottom: 6 }} />
          {models.map((id) => (
            <Line
              key={id}
              type="monotone"
              dataKey={id}
              name={modelLabelParts(id, world).name}
              stroke={MODEL_COLORS[id]}
              strokeWidth={2.5}
              dot={{ r: 4 }}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
      <SrTable
        caption="Held-out AUC per epoch"
        rowHeader="epoch"
        columns={models.map((id) => modelLabelParts(id, world).name)}
        rows={aucByEpoch.map((r) => ({ label: String(r.epoch), cells: models.map((id) => (r[id] === undefined ? '–' : r[id]!.toFixed(3))) }))}
      />
    </ChartFrame>
  );
});
