/**
 * Every number of the shop comparison in one table: the online results of the
 * simulated A/B test beside the offline AUCs engineers judge models by, and one
 * sentence on whether the two agree. Each cell carries `data-metric` and the raw
 * number in `data-value` (empty where the metric is undefined or does not apply).
 */
import type { ShopOfflineMetrics, ShopPolicyResult, ShopReplayResult } from '../../core/replay/types';
import { POLICY_COLORS, POLICY_HINTS, POLICY_LABELS } from '../charts/palette';
import { orderedPolicies } from '../charts/policies';
import { formatAmount, formatPercent } from '../format';
import { shopOfflineOnlineInsight } from '../shopInsights';
import { Notice } from '../Step';

interface Cell {
  text: string;
  value: number | null;
  /** 95 % interval shown under the number. */
  ci?: [number, number];
  /** Why there is no number. */
  title?: string;
}

/** Column groups, so that each column's own unit line stays short. */
type Group = 'online' | 'shown' | 'offline';
const GROUPS: { id: Group; label: string }[] = [
  { id: 'online', label: 'Simulated A/B test' },
  { id: 'shown', label: 'Top slots, mean' },
  { id: 'offline', label: 'Offline AUC, held-out logs (0.5 = coin toss)' },
];

interface Column {
  metric: string;
  header: string;
  unit: string;
  group: Group;
  cell: (p: ShopPolicyResult) => Cell;
}

const interval = (key: 'clicksPer1k' | 'purchasesPer1k' | 'gmvPer1k') => (p: ShopPolicyResult): Cell => {
  const m = p.online[key];
  return { text: formatAmount(m.mean), value: m.mean, ci: [m.low, m.high] };
};
const amount = (value: (p: ShopPolicyResult) => number) => (p: ShopPolicyResult): Cell => ({ text: formatAmount(value(p)), value: value(p) });
/** Standard units around the catalogue's average, signed: "+1.10", "−0.53". */
const signed = (value: (p: ShopPolicyResult) => number) => (p: ShopPolicyResult): Cell => {
  const v = value(p);
  return { text: `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(2)}`, value: v };
};

/** An AUC, or a dash that says why there is none: never 0.5 in place of "undefined". */
const auc = (key: Exclude<keyof ShopOfflineMetrics, 'ctrLogloss'>) => (p: ShopPolicyResult): Cell => {
  if (!p.offline) return { text: '–', value: null, title: 'does not apply: this policy has no model' };
  const v = p.offline[key];
  if (v !== null) return { text: v.toFixed(3), value: v };
  if (p.id === 'ctr' && key !== 'ctrAuc' && key !== 'ctcvrAuc') return { text: '–', value: null, title: 'does not apply: ranking by clicks has no conversion model' };
  return { text: '—', value: null, title: 'undefined (one class missing)' };
};

function columns(goal: ShopReplayResult['goal']): Column[] {
  return [
    { metric: 'clicksPer1k', header: 'Clicks', unit: 'per 1,000 impressions', group: 'online', cell: interval('clicksPer1k') },
    { metric: 'purchasesPer1k', header: 'Purchases', unit: 'per 1,000 impressions', group: 'online', cell: interval('purchasesPer1k') },
    { metric: 'gmvPer1k', header: 'GMV', unit: 'yuan per 1,000 impressions', group: 'online', cell: interval('gmvPer1k') },
    {
      metric: 'shareOfOracle',
      header: 'Share of best',
      unit: `% of the oracle’s ${goal === 'gmv' ? 'GMV' : 'purchases'}`,
      group: 'online',
      cell: (p) => ({ text: formatPercent(p.online.shareOfOracle, 0), value: p.online.shareOfOracle }),
    },
    { metric: 'meanPriceShown', header: 'Price', unit: 'yuan', group: 'shown', cell: amount((p) => p.online.meanPriceShown) },
    { metric: 'meanAppealShown', header: 'Eye-catching', unit: '0 = catalogue average (std. deviations)', group: 'shown', cell: signed((p) => p.online.meanAppealShown) },
    { metric: 'meanValueShown', header: 'Value for money', unit: '0 = catalogue average (std. deviations)', group: 'shown', cell: signed((p) => p.online.meanValueShown) },
    { metric: 'ctrAuc', header: 'Click', unit: 'all impressions', group: 'offline', cell: auc('ctrAuc') },
    { metric: 'cvrAuc', header: 'Buying (CVR)', unit: 'clicked only (the paper’s protocol)', group: 'offline', cell: auc('cvrAuc') },
    { metric: 'cvrAucEntireSpace', header: 'Buying, all (CVR entire space)', unit: 'all, vs would-be purchase', group: 'offline', cell: auc('cvrAucEntireSpace') },
    { metric: 'ctcvrAuc', header: 'Click and buy (CTCVR)', unit: 'all impressions', group: 'offline', cell: auc('ctcvrAuc') },
  ];
}

export function ShopResultsTable({ result }: { result: ShopReplayResult }) {
  const cols = columns(result.goal);
  return (
    // Focusable: the table scrolls sideways in a narrow column, and the keyboard must be able to scroll it (axe).
    <div className="table-wrap" tabIndex={0}>
      <table className="results results--shop" data-testid="compare.table">
        <caption>
          All results. Online columns come from the simulated A/B test ({result.users.toLocaleString('en-US')} shoppers, top {result.topK} of{' '}
          {result.candidatesPerUser} candidates each); offline columns (shaded) from the held-out logs. Eye-catching and value for money are in standard
          deviations from the catalogue’s average. A short dash (–) means the metric does not apply (the policy has no model, or no conversion model); a long dash (—) means it is undefined (one class missing).
        </caption>
        <thead>
          <tr className="results__groups">
            <th scope="col" rowSpan={2}>
              Policy
            </th>
            {GROUPS.map((g) => (
              <th scope="colgroup" key={g.id} colSpan={cols.filter((c) => c.group === g.id).length} className={g.id === 'offline' ? 'results__offline' : undefined}>
                {g.label}
              </th>
            ))}
          </tr>
          <tr>
            {cols.map((c) => (
              <th scope="col" key={c.metric} className={c.group === 'offline' ? 'results__offline' : undefined}>
                {c.header}
                <span className="results__unit">{c.unit}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {orderedPolicies(result).map((p) => (
            <tr key={p.id} data-testid={`compare.row.${p.id}`}>
              <th scope="row" title={POLICY_HINTS[p.id]}>
                <span className="swatch" style={{ background: POLICY_COLORS[p.id] }} aria-hidden="true" />
                {POLICY_LABELS[p.id]}
              </th>
              {cols.map((c) => {
                const cell = c.cell(p);
                return (
                  <td key={c.metric} data-metric={c.metric} data-value={cell.value ?? ''} title={cell.title} className={c.group === 'offline' ? 'results__offline' : undefined}>
                    {cell.text}
                    {cell.ci ? <span className="results__ci">{`${formatAmount(cell.ci[0])}–${formatAmount(cell.ci[1])}`}</span> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <Notice testId="compare.table.notice">{shopOfflineOnlineInsight(result)}</Notice>
    </div>
  );
}
