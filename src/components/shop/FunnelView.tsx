/**
 * The funnel of each policy: 1,000 impressions → clicks → purchases. Clicks and
 * purchases are drawn on their own scales (purchases are a few per thousand), so
 * a policy that wins clicks but loses purchases shows at a glance.
 */
import { useTranslation } from 'react-i18next';
import type { ShopReplayResult } from '../../core/replay/types';
import { POLICY_COLORS, POLICY_HINTS, POLICY_LABELS } from '../charts/palette';
import { orderedPolicies } from '../charts/policies';
import { formatAmount, formatCount, formatPercent } from '../format';
import { shopFunnelInsight } from '../shopInsights';
import { Notice } from '../Step';

/** A bar on a 0–max scale with its number beside it. */
function Stage({ metric, value, max, color }: { metric: string; value: number; max: number; color: string }) {
  const width = max > 0 ? Math.max(1, (value / max) * 100) : 0;
  return (
    <div className="funnel__stage" data-metric={metric} data-value={value}>
      <span className="funnel__track">
        <span className="funnel__fill" style={{ width: `${width}%`, background: color }} />
      </span>
      <span className="funnel__number">{formatAmount(value)}</span>
    </div>
  );
}

export function FunnelView({ result }: { result: ShopReplayResult }) {
  const { t } = useTranslation('charts');
  const policies = orderedPolicies(result);
  const maxClicks = Math.max(...policies.map((p) => p.online.clicksPer1k.mean));
  const maxBuys = Math.max(...policies.map((p) => p.online.purchasesPer1k.mean));
  return (
    <figure className="chart" data-testid="compare.funnel">
      <figcaption className="chart__caption">
        <span className="chart__title">{t('funnel.title')}</span>
        <span className="chart__unit">{t('funnel.unit')}</span>
      </figcaption>
      <div className="funnel" role="table" aria-label={t('funnel.label')}>
        <div className="funnel__row funnel__row--head" role="row">
          <span role="columnheader">{t('funnel.policy')}</span>
          <span role="columnheader">{t('funnel.shown')}</span>
          <span role="columnheader">{t('funnel.clicks')}</span>
          <span role="columnheader">{t('funnel.rate')}</span>
          <span role="columnheader">{t('funnel.purchases')}</span>
        </div>
        {policies.map((p) => {
          const clicks = p.online.clicksPer1k.mean;
          const buys = p.online.purchasesPer1k.mean;
          const conversion = clicks > 0 ? buys / clicks : null;
          return (
            <div key={p.id} className="funnel__row" role="row" data-testid={`compare.funnel.${p.id}`} data-policy={p.id}>
              <span className="funnel__policy" role="rowheader" title={POLICY_HINTS[p.id]}>
                <span className="swatch" style={{ background: POLICY_COLORS[p.id] }} aria-hidden="true" />
                {POLICY_LABELS[p.id]}
              </span>
              <span className="funnel__shown" role="cell">
                {t('funnel.thousand', { n: formatCount(1000) })}
              </span>
              <span role="cell">
                <Stage metric="clicksPer1k" value={clicks} max={maxClicks} color={POLICY_COLORS[p.id]} />
              </span>
              <span className="funnel__rate" role="cell" data-metric="conversion" data-value={conversion ?? ''}>
                → {formatPercent(conversion)} →
              </span>
              <span role="cell">
                <Stage metric="purchasesPer1k" value={buys} max={maxBuys} color={POLICY_COLORS[p.id]} />
              </span>
            </div>
          );
        })}
      </div>
      <Notice testId="compare.funnel.notice">{shopFunnelInsight(result)}</Notice>
    </figure>
  );
}
