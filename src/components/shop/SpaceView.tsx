/**
 * Training space vs prediction space (the ESMM paper's "sample selection bias"):
 * how many impressions each conversion model learned from (BASE: the clicked ones
 * only; ESMM: all of them), and each model's mean predicted conversion against the
 * true one, on the clicked and on the unclicked held-out impressions. A ranking
 * scores every impression, most of them never clicked.
 */
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CvrSpacePoint, ShopPolicyId, ShopReplayResult } from '../../core/replay/types';
import { barLabel } from '../charts/barLabel';
import { niceAxis } from '../charts/niceAxis';
import { POLICY_COLORS, POLICY_HINTS, TRUTH_COLOR } from '../charts/palette';
import { formatCount, formatDecimal, formatPercent } from '../format';
import { i18n } from '../../i18n';
import { say } from '../insightText';
import { shopSpaceInsight } from '../shopInsights';
import { Notice } from '../Step';

const SPACES: readonly CvrSpacePoint['space'][] = ['clicked', 'unclicked'];

/** The policies that learned a conversion rate, which this view names. */
type CvrPolicyId = 'ctrXcvr' | 'esmm' | 'esmmNs';
const CVR_POLICIES: readonly CvrPolicyId[] = ['ctrXcvr', 'esmm', 'esmmNs'];

/** Who learned a conversion rate, named for this view, in the current language. */
const nameOf = (id: CvrPolicyId) => i18n.t(`charts:space.names.${id}`);
const spaceLabel = (space: CvrSpacePoint['space']) => i18n.t(`charts:space.spaces.${space}`);

/** "6 %", or "2.5 %" where a whole number would repeat a tick. */
const pctTick = (v: number) => formatPercent(v, Number.isInteger(Math.round(v * 1000) / 10) ? 0 : 1);

export function SpaceView({ result }: { result: ShopReplayResult }) {
  const { t } = useTranslation('charts');
  const ids = CVR_POLICIES.filter((id) => result.cvrSpace.some((c) => c.policyId === id));
  const point = (id: ShopPolicyId, space: CvrSpacePoint['space']) => result.cvrSpace.find((c) => c.policyId === id && c.space === space);
  const truth = (space: CvrSpacePoint['space']) => result.cvrSpace.find((c) => c.space === space);
  const trained = result.cvrTrainingImpressions;
  const maxTrained = Math.max(1, ...ids.map((id) => trained[id] ?? 0));
  const values = result.cvrSpace.flatMap((c) => [c.meanPredictedCvr, c.meanTrueCvr]);
  // Headroom above the tallest bar for its label, below the legend.
  const y = niceAxis([0, ...values.map((v) => v * 1.15)], 3, [0, 1]);
  const data = SPACES.map((space) => ({
    label: t('space.category', { space: spaceLabel(space), n: formatCount(truth(space)?.impressions) }),
    truth: truth(space)?.meanTrueCvr ?? 0,
    ...Object.fromEntries(ids.map((id) => [id, point(id, space)?.meanPredictedCvr ?? 0])),
  }));
  const legend = [
    { id: 'truth', name: t('space.truth'), color: TRUTH_COLOR },
    ...ids.map((id) => ({ id, name: say('charts:space.predicts', { name: nameOf(id) }), color: POLICY_COLORS[id] })),
  ];
  return (
    <figure className="chart" data-testid="compare.space">
      <figcaption className="chart__caption">
        <span className="chart__title">{t('space.title')}</span>
        <span className="chart__unit">{t('space.unit')}</span>
      </figcaption>
      <div className="space">
        <div className="space__learned">
          <div className="mini-chart__title">{t('space.learnedTitle')}</div>
          <ul className="meters">
            {ids.map((id) => {
              const n = trained[id];
              return (
                <li key={id} className="space__model" data-testid={`compare.space.learned.${id}`} data-metric="trainingImpressions" data-value={n ?? ''}>
                  <span className="space__name" title={POLICY_HINTS[id]}>
                    {nameOf(id)}
                  </span>
                  <span className="meter__track">
                    <span className="meter__fill" style={{ width: `${((n ?? 0) / maxTrained) * 100}%`, background: POLICY_COLORS[id] }} />
                  </span>
                  <span className="space__count">
                    <strong>{formatCount(n)}</strong> {t(`space.learnedFrom.${id}`)}
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
        <div className="space__chart" data-points={ids.length * 2}>
          <div className="mini-chart__title">{t('space.chartTitle')}</div>
          {/* Our own legend: recharts' labels its icons "… legend icon" in English for screen readers; the table below names every bar. */}
          <ul className="live-chart__legend space__legend" aria-hidden="true">
            {legend.map((s) => (
              <li key={s.id}>
                <span className="live-chart__swatch space__swatch" style={{ background: s.color }} />
                {s.name}
              </li>
            ))}
          </ul>
          <ResponsiveContainer width="100%" height={204}>
            <BarChart accessibilityLayer={false} data={data} margin={{ top: 22, right: 8, bottom: 4, left: 4 }} barCategoryGap="22%">
              <CartesianGrid vertical={false} stroke="var(--grid)" strokeDasharray="3 3" />
              <XAxis dataKey="label" interval={0} tick={{ fontSize: 13 }} />
              <YAxis width={48} domain={y.domain} ticks={y.ticks} tickFormatter={pctTick} />
              <Tooltip cursor={{ fill: 'var(--hover)' }} formatter={(v, name) => [formatPercent(Number(v)), String(name)]} />
              <Bar dataKey="truth" name={t('space.truth')} fill={TRUTH_COLOR} isAnimationActive={false}>
                <LabelList dataKey="truth" content={barLabel((v) => formatPercent(v), 'top', 'bar-label bar-label--small')} />
              </Bar>
              {ids.map((id) => (
                <Bar key={id} dataKey={id} name={say('charts:space.predicts', { name: nameOf(id) })} fill={POLICY_COLORS[id]} isAnimationActive={false}>
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
function SpaceTable({ result, ids }: { result: ShopReplayResult; ids: readonly CvrPolicyId[] }) {
  const { t } = useTranslation('tables');
  const point = (id: ShopPolicyId, space: CvrSpacePoint['space']) => result.cvrSpace.find((c) => c.policyId === id && c.space === space);
  return (
    <table className="results results--compact" data-testid="compare.space.table">
      <thead>
        <tr>
          <th scope="col">{t('spaceTable.heldOut')}</th>
          <th scope="col">
            {t('spaceTable.count')}
            <span className="results__unit">{t('spaceTable.countUnit')}</span>
          </th>
          <th scope="col">
            {t('spaceTable.truth')}
            <span className="results__unit">{t('spaceTable.truthUnit')}</span>
          </th>
          {ids.map((id) => (
            <th scope="col" key={id}>
              {say('tables:spaceTable.predicts', { name: nameOf(id) })}
              <span className="results__unit">{t('spaceTable.predictsUnit')}</span>
            </th>
          ))}
          {ids.map((id) => (
            <th scope="col" key={`auc-${id}`} className="results__offline">
              {say('tables:spaceTable.auc', { name: nameOf(id) })}
              <span className="results__unit">{t('spaceTable.aucUnit')}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {SPACES.map((space) => {
          const any = result.cvrSpace.find((c) => c.space === space);
          return (
            <tr key={space} data-testid={`compare.space.row.${space}`}>
              <th scope="row">{spaceLabel(space)}</th>
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
                    title={auc === null ? t('dash.undefined') : undefined}
                  >
                    {auc === null ? '—' : formatDecimal(auc, 3)}
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
