/**
 * What each policy put on screen: the mean length of the videos in the top slots
 * and the share of them that is clickbait. This is the "why" behind the ad minutes.
 */
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { VideoReplayResult } from '../../core/replay/types';
import { formatAmount, formatDecimal, formatPercent } from '../format';
import { barLabel } from './barLabel';
import { niceAxis } from './niceAxis';
import { screenInsight } from '../insights';
import { ChartFrame } from './ChartFrame';
import { POLICY_COLORS, POLICY_SHORT_LABELS, type PolicyId } from './palette';
import { orderedPolicies } from './policies';

interface Row {
  id: PolicyId;
  label: string;
  minutes: number;
  clickbait: number;
}

interface PanelProps {
  data: Row[];
  dataKey: 'minutes' | 'clickbait';
  title: string;
  format: (v: number) => string;
  /** A tick, all ticks with the same digits after the point; the unit is in the title. */
  tickFormat: (v: number, decimals: number) => string;
}

function Panel({ data, dataKey, title, format, tickFormat }: PanelProps) {
  const x = niceAxis([0, ...data.map((r) => Number(r[dataKey]))], 4, dataKey === 'clickbait' ? [0, 1] : undefined);
  return (
    <div className="mini-chart" data-panel={dataKey}>
      <div className="mini-chart__title">{title}</div>
      <ResponsiveContainer width="100%" height={200}>
        <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={{ top: 4, right: 56, bottom: 4, left: 4 }}>
          <CartesianGrid horizontal={false} stroke="var(--grid)" strokeDasharray="3 3" />
          <XAxis type="number" domain={x.domain} ticks={x.ticks} interval={0} tickFormatter={(v: number) => tickFormat(v, x.tickDecimals)} />
          <YAxis type="category" dataKey="label" width={128} tick={{ fontSize: 13 }} />
          <Tooltip cursor={{ fill: 'var(--hover)' }} formatter={(v) => [format(Number(v)), title]} />
          {/* minPointSize: a bar of exactly 0 is otherwise not drawn, and neither is its "0 %" label. */}
          <Bar dataKey={dataKey} isAnimationActive={false} radius={[0, 3, 3, 0]} minPointSize={2}>
            {data.map((r) => (
              <Cell key={r.id} fill={POLICY_COLORS[r.id]} />
            ))}
            <LabelList dataKey={dataKey} content={barLabel(format, 'right')} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function ScreenChart({ result }: { result: VideoReplayResult }) {
  const { t } = useTranslation('charts');
  const data: Row[] = orderedPolicies(result).map((p) => ({
    id: p.id,
    label: POLICY_SHORT_LABELS[p.id],
    minutes: p.online.meanVideoMinutesShown,
    clickbait: p.online.clickbaitShareShown,
  }));
  return (
    <ChartFrame
      testId="compare.chart.screen"
      title={t('video.screenTitle', { topK: result.topK })}
      unit={t('video.screenUnit')}
      notice={screenInsight(result)}
    >
      <div className="mini-chart-row">
        <Panel
          data={data}
          dataKey="minutes"
          title={t('video.lengthPanel')}
          format={(v) => t('video.lengthValue', { value: formatAmount(v, 2) })}
          tickFormat={(v, d) => formatDecimal(v, d)}
        />
        <Panel
          data={data}
          dataKey="clickbait"
          title={t('video.clickbaitPanel')}
          format={(v) => formatPercent(v, 0)}
          tickFormat={(v, d) => formatDecimal(v * 100, Math.max(0, d - 2))}
        />
      </div>
    </ChartFrame>
  );
}
