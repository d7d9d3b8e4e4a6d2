/**
 * What the generated shop looks like: its size, its funnel (impressions → clicks
 * → purchases), and the two contrasts the lesson rests on: eye-catching products
 * are clicked more but convert less, and the would-be conversion of clicked
 * impressions differs from that of the unclicked ones a ranking must also score.
 */
import { useTranslation } from 'react-i18next';
import type { ShopWorldSummary } from '../../core/world/shopSummary';
import { formatAmount, formatCount, formatDuration, formatPercent } from '../format';
import { shopSelectionInsight, shopSummaryInsight } from '../shopInsights';
import { Stat, StatGrid } from '../Stat';
import { Notice } from '../Step';

interface Props {
  summary: ShopWorldSummary;
  generateMs: number | null;
}

/** One row of a two-column contrast, each cell with its raw number. */
function ContrastRow({ label, cells }: { label: string; cells: [string, number | null][] }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      {cells.map(([metric, value]) => (
        <td key={metric} data-metric={metric} data-value={value ?? ''}>
          {formatPercent(value)}
        </td>
      ))}
    </tr>
  );
}

export function ShopSummaryCard({ summary: s, generateMs }: Props) {
  const { t } = useTranslation('tables');
  const k = (key: string) => t(`shopSummary.${key}`);
  return (
    <div className="card" data-testid="world.summary" data-world="shop">
      <StatGrid>
        <Stat metric="users" label={k('users')} value={formatCount(s.users)} unit={k('usersUnit')} raw={s.users} />
        <Stat metric="products" label={k('products')} value={formatCount(s.products)} unit={k('productsUnit')} raw={s.products} />
        <Stat metric="impressions" label={k('impressions')} value={formatCount(s.impressions)} unit={k('impressionsUnit')} raw={s.impressions} />
        <Stat metric="ctr" label={k('ctr')} value={formatPercent(s.ctr)} unit={k('ctrUnit')} raw={s.ctr} />
        <Stat metric="cvr" label={k('cvr')} value={formatPercent(s.cvr)} unit={k('cvrUnit')} raw={s.cvr} />
        <Stat metric="purchases" label={k('purchases')} value={formatCount(s.purchases)} unit={k('purchasesUnit')} hint={t('shopSummary.ctcvr', { share: formatPercent(s.ctcvr, 2) })} raw={s.purchases} />
        <Stat metric="gmvYuan" label={k('gmv')} value={formatCount(s.gmvYuan)} unit={k('gmvUnit')} raw={s.gmvYuan} />
        <Stat metric="medianPriceYuan" label={k('price')} value={formatAmount(s.medianPriceYuan)} unit={k('priceUnit')} raw={s.medianPriceYuan} />
      </StatGrid>

      <div className="contrast-row">
        <table className="contrast" data-testid="world.contrast">
          <caption>{t('shopSummary.appealCaption', { share: formatPercent(s.eyeCandyShare, 0) })}</caption>
          <thead>
            <tr>
              <th scope="col" />
              <th scope="col" className="contrast__bait">
                {k('appeal')}
              </th>
              <th scope="col" className="contrast__other">
                {k('other')}
              </th>
            </tr>
          </thead>
          <tbody>
            <ContrastRow label={k('ctrRow')} cells={[['ctrEyeCandy', s.ctrEyeCandy], ['ctrOtherProducts', s.ctrOtherProducts]]} />
            <ContrastRow label={k('cvrRow')} cells={[['cvrEyeCandy', s.cvrEyeCandy], ['cvrOtherProducts', s.cvrOtherProducts]]} />
          </tbody>
        </table>

        <table className="contrast" data-testid="world.selection">
          <caption>{k('selectionCaption')}</caption>
          <thead>
            <tr>
              <th scope="col" />
              <th scope="col" className="contrast__other">
                {k('clicked')}
              </th>
              <th scope="col" className="contrast__muted">
                {k('unclicked')}
              </th>
            </tr>
          </thead>
          <tbody>
            <ContrastRow
              label={k('wouldBuyRow')}
              cells={[['cvrIfClickedOnClicked', s.cvrIfClickedOnClicked], ['cvrIfClickedOnUnclicked', s.cvrIfClickedOnUnclicked]]}
            />
            <tr>
              <th scope="row">{k('impressionsRow')}</th>
              <td data-metric="clicks" data-value={s.clicks} className="contrast__count">
                {formatCount(s.clicks)}
              </td>
              <td data-metric="unclicked" data-value={s.impressions - s.clicks} className="contrast__count">
                {formatCount(s.impressions - s.clicks)}
              </td>
            </tr>
          </tbody>
        </table>
      </div>
      <p className="card__aside" data-testid="world.selection.note">
        {shopSelectionInsight(s)}
      </p>

      <Notice testId="world.notice">{shopSummaryInsight(s)}</Notice>
      {generateMs !== null ? <p className="card__footnote">{t('app:step.generatedIn', { duration: formatDuration(generateMs) })}</p> : null}
    </div>
  );
}
