/**
 * Training space vs prediction space (the ESMM paper's "sample selection bias"):
 * how many impressions each conversion model learned from (BASE: the clicked ones
 * only; ESMM: all of them), and each model's mean predicted conversion against the
 * true one, on the clicked and on the unclicked held-out impressions. A ranking
 * scores every impression, most of them never clicked.
 */
import { Bar, BarChart, CartesianGrid, Legend, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CvrSpacePoint, ShopPolicyId, ShopReplayResult } from '../../core/replay/types';
import { barLabel } from '../charts/barLabel';
import { niceAxis } from '../charts/niceAxis';
import { POLICY_COLORS, POLICY_HINTS, TRUTH_COLOR } from '../charts/palette';
import { formatCount, formatPercent } from '../format';
import { shopSpaceInsight } from '../shopInsights';
import { Notice } from '../Step';

const SPACES: { space: CvrSpacePoint['space']; label: string }[] = [
  { space: 'clicked', label: 'Clicked' },
  { space: 'unclicked', label: 'Not clicked' },
];

/** Who learned a conversion rate, named for this view. */
const NAMES: Partial<Record<ShopPolicyId, string>> = { ctrXcvr: 'BASE’s CVR model', esmm: 'ESMM', esmmNs: 'ESMM-NS' };
const LEARNED_FROM: Partial<Record<ShopPolicyId, string>> = {
  ctrXcvr: 'clicked training impressions only',
  esmm: 'training impressions, clicked or not',
  esmmNs: 'training impressions, clicked or not',
};

/** "6 %", or "2.5 %" where a whole number would repeat a tick. */
const pctTick = (v: number) => formatPercent(v, Number.isInteger(Math.round(v * 1000) / 10) ? 0 : 1);

export function SpaceView({ result }: { result: ShopReplayResult }) {
  const ids = (['ctrXcvr', 'esmm', 'esmmNs'] as const).filter((id) => result.cvrSpace.some((c) => c.policyId === id));
  const point = (id: ShopPolicyId, space: CvrSpacePoint['space']) => result.cvrSpace.find((c) => c.policyId === id && c.space === space);
  const truth = (space: CvrSpacePoint['space']) => result.cvrSpace.find((c) => c.space === space);
  const trained = result.cvrTrainingImpressions;
  const maxTrained = Math.max(1, ...ids.map((id) => trained[id] ?? 0));
  const values = result.cvrSpace.flatMap((c) => [c.meanPredictedCvr, c.meanTrueCvr]);
  // Headroom above the tallest bar for its label, below the legend.
  const y = niceAxis([0, ...values.map((v) => v * 1.15)], 3, [0, 1]);
  const data = SPACES.map(({ space, label }) => ({
    label: `${label} (${formatCount(truth(space)?.impressions)} test impressions)`,
    truth: truth(space)?.meanTrueCvr ?? 0,
    ...Object.fromEntries(ids.map((id) => [id, point(id, space)?.meanPredictedCvr ?? 0])),
  }));
  return (
    <figure className="chart" data-testid="compare.space">
      <figcaption className="chart__caption">
        <span className="chart__title">Training space vs prediction space</span>
        <span className="chart__unit">
          where each conversion (CVR) model learned, and its mean predicted conversion against the true one on held-out impressions
        </span>
      </figcaption>
      <div className="space">
        <div className="space__learned">
          <div className="mini-chart__title">Impressions each CVR model learned from</div>
          <ul className="meters">
            {ids.map((id) => {
              const n = trained[id];
              return (
                <li key={id} className="space__model" data-testid={`compare.space.learned.${id}`} data-metric="trainingImpressions" data-value={n ?? ''}>
                  <span className="space__name" title={POLICY_HINTS[id]}>
                    {NAMES[id]}
                  </span>
                  <span className="meter__track">
                    <span className="meter__fill" style={{ width: `${((n ?? 0) / maxTrained) * 100}%`, background: POLICY_COLORS[id] }} />
                  </span>
                  <span className="space__count">
                    <strong>{formatCount(n)}</strong> {LEARNED_FROM[id]}
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
        <div className="space__chart" data-points={ids.length * 2}>
          <div className="mini-chart__title">Mean conversion on held-out impressions: predicted vs true (%)</div>
          <ResponsiveContainer width="100%" height={230}>
            <BarChart accessibilityLayer={false} data={data} margin={{ top: 22, right: 8, bottom: 4, left: 4 }} barCategoryGap="22%">
              <CartesianGrid vertical={false} stroke="var(--grid)" strokeDasharray="3 3" />
              <XAxis dataKey="label" interval={0} tick={{ fontSize: 13 }} />
              <YAxis width={48} domain={y.domain} ticks={y.ticks} tickFormatter={pctTick} />
              <Tooltip cursor={{ fill: 'var(--hover)' }} formatter={(v, name) => [formatPercent(Number(v)), String(name)]} />
              <Legend verticalAlign="top" height={26} itemSorter={null} />
              <Bar dataKey="truth" name="True conversion" fill={TRUTH_COLOR} isAnimationActive={false}>
                <LabelList dataKey="truth" content={barLabel((v) => formatPercent(v), 'top', 'bar-label bar-label--small')} />
              </Bar>
              {ids.map((id) => (
                <Bar key={id} dataKey={id} name={`${NAMES[id]} predicts`} fill={POLICY_COLORS[id]} isAnimationActive={false}>
                  <LabelList dataKey={id} content={barLabel((v) => formatPercent(v), 'top', 'bar-label bar-label--small')} />
                </Bar>
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
      </div>
      <SpaceTable result={result} ids={ids} />
      <Notice testId="compare.space.notice">{shopSpaceInsight(result, trained)}</Notice>
    </figure>
  );
}

/** The chart's numbers, with each model's AUC against the would-be purchase z* in each space. */
function SpaceTable({ result, ids }: { result: ShopReplayResult; ids: readonly ShopPolicyId[] }) {
  const point = (id: ShopPolicyId, space: CvrSpacePoint['space']) => result.cvrSpace.find((c) => c.policyId === id && c.space === space);
  return (
    <table className="results results--compact" data-testid="compare.space.table">
      <thead>
        <tr>
          <th scope="col">Held-out impressions</th>
          <th scope="col">
            Count<span className="results__unit">impressions</span>
          </th>
          <th scope="col">
            True conversion<span className="results__unit">% that would buy if clicked</span>
          </th>
          {ids.map((id) => (
            <th scope="col" key={id}>
              {NAMES[id]} predicts<span className="results__unit">mean predicted chance of buying if clicked (pCVR), %</span>
            </th>
          ))}
          {ids.map((id) => (
            <th scope="col" key={`auc-${id}`} className="results__offline">
              {NAMES[id]} AUC<span className="results__unit">predicted buying (pCVR) vs would-be purchase (0.5 = coin toss)</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {SPACES.map(({ space, label }) => {
          const any = result.cvrSpace.find((c) => c.space === space);
          return (
            <tr key={space} data-testid={`compare.space.row.${space}`}>
              <th scope="row">{label}</th>
              <td data-metric="impressions" data-value={any?.impressions ?? ''}>
                {formatCount(any?.impressions)}
              </td>
              <td data-metric="meanTrueCvr" data-value={any?.meanTrueCvr ?? ''}>
                {formatPercent(any?.meanTrueCvr)}
              </td>
              {ids.map((id) => (
                <td key={id} data-policy={id} data-metric="meanPredictedCvr" data-value={point(id, space)?.meanPredictedCvr ?? ''}>
                  {formatPercent(point(id, space)?.meanPredictedCvr)}
                </td>
              ))}
              {ids.map((id) => {
                const auc = point(id, space)?.aucVsCounterfactual ?? null;
                return (
                  <td
                    key={`auc-${id}`}
                    className="results__offline"
                    data-policy={id}
                    data-metric="aucVsCounterfactual"
                    data-value={auc ?? ''}
                    title={auc === null ? 'undefined (one class missing)' : undefined}
                  >
                    {auc === null ? '—' : auc.toFixed(3)}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
