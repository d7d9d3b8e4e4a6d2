/**
 * Every number of the comparison in one table, offline metrics beside online ones,
 * so a room can see that the offline AUC does not predict the business outcome.
 * Each cell carries `data-metric` and the raw number in `data-value`.
 */
import { useTranslation } from 'react-i18next';
import type { VideoPolicyResult, VideoReplayResult } from '../core/replay/types';
import { POLICY_COLORS, POLICY_HINTS, POLICY_LABELS } from './charts/palette';
import { orderedPolicies } from './charts/policies';
import { formatAmount, formatAuc, formatCount, formatLogloss, formatPercent } from './format';

interface Column {
  metric: string;
  /** Keys under `tables:videoResults` of the header and its unit line. */
  header: string;
  unit: string;
  value: (p: VideoPolicyResult) => number | null | undefined;
  format: (v: number | null | undefined) => string;
  /** 95 % interval shown under the number. */
  ci?: (p: VideoPolicyResult) => [number, number];
  offline?: boolean;
}

const amount = (v: number | null | undefined) => formatAmount(v);
const share = (v: number | null | undefined) => formatPercent(v, 0);

const COLUMNS: Column[] = [
  { metric: 'clicksPer1k', header: 'clicks', unit: 'per1k', value: (p) => p.online.clicksPer1k.mean, format: amount, ci: (p) => [p.online.clicksPer1k.low, p.online.clicksPer1k.high] },
  { metric: 'watchMinutesPer1k', header: 'watch', unit: 'watchUnit', value: (p) => p.online.watchMinutesPer1k.mean, format: amount, ci: (p) => [p.online.watchMinutesPer1k.low, p.online.watchMinutesPer1k.high] },
  { metric: 'adMinutesPer1k', header: 'ads', unit: 'per1k', value: (p) => p.online.adMinutesPer1k.mean, format: amount, ci: (p) => [p.online.adMinutesPer1k.low, p.online.adMinutesPer1k.high] },
  { metric: 'shareOfOracle', header: 'share', unit: 'shareUnit', value: (p) => p.online.shareOfOracle, format: share },
  { metric: 'meanVideoMinutesShown', header: 'length', unit: 'lengthUnit', value: (p) => p.online.meanVideoMinutesShown, format: amount },
  { metric: 'clickbaitShareShown', header: 'clickbait', unit: 'clickbaitUnit', value: (p) => p.online.clickbaitShareShown, format: share },
  { metric: 'ctrAuc', header: 'auc', unit: 'aucUnit', value: (p) => p.offline?.ctrAuc, format: formatAuc, offline: true },
  { metric: 'ctrLogloss', header: 'logloss', unit: 'loglossUnit', value: (p) => p.offline?.ctrLogloss, format: formatLogloss, offline: true },
];

export function ResultsTable({ result }: { result: VideoReplayResult }) {
  const { t } = useTranslation('tables');
  return (
    // Focusable: the table scrolls sideways in a narrow column, and the keyboard must be able to scroll it (axe).
    <div className="table-wrap" tabIndex={0}>
      <table className="results" data-testid="compare.table">
        <caption>
          {t('videoResults.caption', { users: formatCount(result.users), topK: result.topK, candidates: formatCount(result.candidatesPerUser) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('policy')}</th>
            {COLUMNS.map((c) => (
              <th scope="col" key={c.metric} className={c.offline ? 'results__offline' : undefined}>
                {t(`videoResults.${c.header}`)}
                <span className="results__unit">{t(`videoResults.${c.unit}`)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {orderedPolicies(result).map((p) => {
            const id = p.id;
            return (
              <tr key={id} data-testid={`compare.row.${id}`}>
                <th scope="row" title={POLICY_HINTS[id]}>
                  <span className="swatch" style={{ background: POLICY_COLORS[id] }} aria-hidden="true" />
                  {POLICY_LABELS[id]}
                </th>
                {COLUMNS.map((c) => {
                  const v = c.value(p);
                  const ci = c.ci?.(p);
                  return (
                    <td key={c.metric} data-metric={c.metric} data-value={v ?? ''} className={c.offline ? 'results__offline' : undefined}>
                      {c.format(v)}
                      {ci ? <span className="results__ci">{`${formatAmount(ci[0])}–${formatAmount(ci[1])}`}</span> : null}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
