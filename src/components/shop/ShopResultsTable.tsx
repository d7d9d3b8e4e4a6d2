/**
 * Every number of the shop comparison in one table: the online results of the
 * simulated A/B test beside the offline AUCs engineers judge models by, and one
 * sentence on whether the two agree. Each cell carries `data-metric` and the raw
 * number in `data-value` (empty where the metric is undefined or does not apply).
 */
import { useTranslation } from 'react-i18next';
import type { ShopOfflineMetrics, ShopPolicyResult, ShopReplayResult } from '../../core/replay/types';
import { i18n } from '../../i18n';
import { POLICY_COLORS, POLICY_HINTS, POLICY_LABELS } from '../charts/palette';
import { orderedPolicies } from '../charts/policies';
import { formatAmount, formatAuc, formatCount, formatDecimal, formatPercent } from '../format';
import { shopOfflineOnlineInsight } from '../shopInsights';
import { Notice } from '../Step';

interface Cell {
  text: string;
  value: number | null;
  /** 95 % interval shown under the number. */
  ci?: [number, number];
  /** Why there is no number: a key under `tables:dash`. */
  title?: 'notApplicable' | 'noConversionModel' | 'undefined';
}

/** Column groups, so that each column's own unit line stays short. */
type Group = 'online' | 'shown' | 'offline';
const GROUPS: readonly Group[] = ['online', 'shown', 'offline'];

interface Column {
  metric: string;
  /** The header and its unit line, in the current language. */
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
  return { text: `${v >= 0 ? '+' : '−'}${formatDecimal(Math.abs(v), 2)}`, value: v };
};

/** An AUC, or a dash that says why there is none: never 0.5 in place of "undefined". */
const auc = (key: Exclude<keyof ShopOfflineMetrics, 'ctrLogloss'>) => (p: ShopPolicyResult): Cell => {
  if (!p.offline) return { text: '–', value: null, title: 'notApplicable' };
  const v = p.offline[key];
  if (v !== null) return { text: formatAuc(v), value: v };
  if (p.id === 'ctr' && key !== 'ctrAuc' && key !== 'ctcvrAuc') return { text: '–', value: null, title: 'noConversionModel' };
  return { text: '—', value: null, title: 'undefined' };
};

/** The columns, worded in the current language (call at render time). */
function columns(goal: ShopReplayResult['goal']): Column[] {
  const t = (key: string) => i18n.t(`tables:shopResults.${key}`);
  return [
    { metric: 'clicksPer1k', header: t('clicks'), unit: t('per1k'), group: 'online', cell: interval('clicksPer1k') },
    { metric: 'purchasesPer1k', header: t('purchases'), unit: t('per1k'), group: 'online', cell: interval('purchasesPer1k') },
    { metric: 'gmvPer1k', header: t('gmv'), unit: t('gmvUnit'), group: 'online', cell: interval('gmvPer1k') },
    {
      metric: 'shareOfOracle',
      header: t('share'),
      unit: t(`shareUnit.${goal}`),
      group: 'online',
      cell: (p) => ({ text: formatPercent(p.online.shareOfOracle, 0), value: p.online.shareOfOracle }),
    },
    { metric: 'meanPriceShown', header: t('price'), unit: t('priceUnit'), group: 'shown', cell: amount((p) => p.online.meanPriceShown) },
    { metric: 'meanAppealShown', header: t('appeal'), unit: t('stdUnit'), group: 'shown', cell: signed((p) => p.online.meanAppealShown) },
    { metric: 'meanValueShown', header: t('value'), unit: t('stdUnit'), group: 'shown', cell: signed((p) => p.online.meanValueShown) },
    { metric: 'ctrAuc', header: t('ctrAuc'), unit: t('allImpressions'), group: 'offline', cell: auc('ctrAuc') },
    { metric: 'cvrAuc', header: t('cvrAuc'), unit: t('cvrAucUnit'), group: 'offline', cell: auc('cvrAuc') },
    { metric: 'cvrAucEntireSpace', header: t('entireAuc'), unit: t('entireAucUnit'), group: 'offline', cell: auc('cvrAucEntireSpace') },
    { metric: 'ctcvrAuc', header: t('ctcvrAuc'), unit: t('allImpressions'), group: 'offline', cell: auc('ctcvrAuc') },
  ];
}

export function ShopResultsTable({ result }: { result: ShopReplayResult }) {
  const { t } = useTranslation('tables');
  const cols = columns(result.goal);
  return (
    // Focusable: the table scrolls sideways in a narrow column, and the keyboard must be able to scroll it (axe).
    <div className="table-wrap" tabIndex={0}>
      <table className="results results--shop" data-testid="compare.table">
        <caption>
          {t('shopResults.caption', { users: formatCount(result.users), topK: result.topK, candidates: formatCount(result.candidatesPerUser) })}
        </caption>
        <thead>
          <tr className="results__groups">
            <th scope="col" rowSpan={2}>
              {t('policy')}
            </th>
            {GROUPS.map((g) => (
              <th scope="colgroup" key={g} colSpan={cols.filter((c) => c.group === g).length} className={g === 'offline' ? 'results__offline' : undefined}>
                {t(`shopResults.groups.${g}`)}
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
                  <td key={c.metric} data-metric={c.metric} data-value={cell.value ?? ''} title={cell.title ? t(`dash.${cell.title}`) : undefined} className={c.group === 'offline' ? 'results__offline' : undefined}>
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
