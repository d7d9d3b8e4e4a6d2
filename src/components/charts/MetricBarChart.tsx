/**
 * One online metric of the simulated A/B test for every policy: a bar per policy
 * with its 95 % confidence interval, and the value written on the bar.
 */
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, ErrorBar, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ReplayResult } from '../../worker/protocol';
import { formatAmount } from '../format';
import { ChartFrame } from './ChartFrame';
import { POLICY_COLORS, POLICY_SHORT_LABELS, type PolicyId } from './palette';
import { intervalOf, orderedPolicies, type IntervalMetric } from './policies';
import { WrappedTick } from './WrappedTick';

export type { IntervalMetric };

interface Props {
  result: ReplayResult;
  metric: IntervalMetric;
  testId: string;
  title: string;
  unit: string;
  notice: string;
  /** Marks the chart the lesson is about. */
  headline?: boolean;
}

interface Row {
  id: PolicyId;
  label: string;
  mean: number;
  /** [below, above] the mean: the 95 % interval as error-bar lengths. */
  ci: [number, number];
  low: number;
  high: number;
}

function rows(result: ReplayResult, metric: IntervalMetric): Row[] {
  return orderedPolicies(result).flatMap((p) => {
    const m = intervalOf(p, metric);
    if (!m) return [];
    return [{ id: p.id, label: POLICY_SHORT_LABELS[p.id], mean: m.mean, ci: [Math.max(0, m.mean - m.low), Math.max(0, m.high - m.mean)], low: m.low, high: m.high }];
  });
}

/**
 * The value above its bar, lifted clear of the confidence interval's cap: the cap
 * sits `ci[1]` units above the bar top, i.e. `ci[1] / mean` of the bar's height.
 */
function valueLabel(data: Row[]) {
  return function ValueLabel(props: { viewBox?: unknown; index?: number; fill?: string }) {
    const box = props.viewBox as { x: number; y: number; width: number; height: number } | undefined;
    const row = props.index === undefined ? undefined : data[props.index];
    if (!box || !row) return null;
    const capPx = row.mean > 0 ? (row.ci[1] / row.mean) * Math.abs(box.height) : 0;
    return (
      <text x={box.x + box.width / 2} y={box.y - capPx - 8} textAnchor="middle" className="bar-label" fill={props.fill}>
        {formatAmount(row.mean)}
      </text>
    );
  };
}

export function MetricBarChart({ result, metric, testId, title, unit, notice, headline }: Props) {
  const { t } = useTranslation('charts');
  const data = rows(result, metric);
  return (
    <div className={headline ? 'chart-headline' : undefined}>
      <ChartFrame testId={testId} title={title} unit={t('bars.withCi', { unit })} notice={notice} data={{ metric }}>
        <ResponsiveContainer width="100%" height={240}>
          <BarChart accessibilityLayer={false} data={data} margin={{ top: 28, right: 8, bottom: 4, left: 4 }}>
            <CartesianGrid vertical={false} stroke="var(--grid)" strokeDasharray="3 3" />
            <XAxis dataKey="label" interval={0} tick={<WrappedTick />} height={result.world === 'shop' ? 40 : 30} />
            <YAxis width={52} tickFormatter={(v: number) => formatAmount(v, 2)} />
            <Tooltip
              cursor={{ fill: 'var(--hover)' }}
              formatter={(_v, _n, item) => {
                const r = item.payload as Row;
                return [t('bars.tooltip', { mean: formatAmount(r.mean), low: formatAmount(r.low), high: formatAmount(r.high) }), unit];
              }}
            />
            <Bar dataKey="mean" isAnimationActive={false} radius={[3, 3, 0, 0]}>
              {data.map((r) => (
                <Cell key={r.id} fill={POLICY_COLORS[r.id]} data-policy={r.id} />
              ))}
              <ErrorBar dataKey="ci" width={10} strokeWidth={2} stroke="var(--ink)" direction="y" isAnimationActive={false} />
              <LabelList dataKey="mean" content={valueLabel(data)} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </ChartFrame>
    </div>
  );
}
