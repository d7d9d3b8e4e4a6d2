/**
 * What the generated shop looks like: its size, its funnel (impressions → clicks
 * → purchases), and the two contrasts the lesson rests on: eye-catching products
 * are clicked more but convert less, and the would-be conversion of clicked
 * impressions differs from that of the unclicked ones a ranking must also score.
 */
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
  return (
    <div className="card" data-testid="world.summary" data-world="shop">
      <StatGrid>
        <Stat metric="users" label="Shoppers" value={formatCount(s.users)} unit="people" raw={s.users} />
        <Stat metric="products" label="Products" value={formatCount(s.products)} unit="in the catalogue" raw={s.products} />
        <Stat metric="impressions" label="Logged impressions" value={formatCount(s.impressions)} unit="products shown" raw={s.impressions} />
        <Stat metric="ctr" label="Click-through rate (CTR)" value={formatPercent(s.ctr)} unit="of impressions clicked" raw={s.ctr} />
        <Stat metric="cvr" label="Conversion rate (CVR)" value={formatPercent(s.cvr)} unit="of clicks buy" raw={s.cvr} />
        <Stat metric="purchases" label="Purchases" value={formatCount(s.purchases)} unit="orders" hint={`${formatPercent(s.ctcvr, 2)} of impressions (CTCVR)`} raw={s.purchases} />
        <Stat metric="gmvYuan" label="GMV" value={formatCount(s.gmvYuan)} unit="yuan paid in total" raw={s.gmvYuan} />
        <Stat metric="medianPriceYuan" label="Median price" value={formatAmount(s.medianPriceYuan)} unit="yuan" raw={s.medianPriceYuan} />
      </StatGrid>

      <div className="contrast-row">
        <table className="contrast" data-testid="world.contrast">
          <caption>Eye-catching products (the quarter with the most striking pictures) against the rest</caption>
          <thead>
            <tr>
              <th scope="col" />
              <th scope="col" className="contrast__bait">
                Eye-catching
              </th>
              <th scope="col" className="contrast__other">
                Other products
              </th>
            </tr>
          </thead>
          <tbody>
            <ContrastRow label="Click-through rate (% of impressions)" cells={[['ctrTopAppeal', s.ctrTopAppeal], ['ctrOtherAppeal', s.ctrOtherAppeal]]} />
            <ContrastRow label="Conversion rate (% of clicks)" cells={[['cvrTopAppeal', s.cvrTopAppeal], ['cvrOtherAppeal', s.cvrOtherAppeal]]} />
          </tbody>
        </table>

        <table className="contrast" data-testid="world.selection">
          <caption>Would-be conversion: % of impressions that would end in a purchase had the shopper clicked (only a simulator knows)</caption>
          <thead>
            <tr>
              <th scope="col" />
              <th scope="col" className="contrast__other">
                Clicked
              </th>
              <th scope="col" className="contrast__muted">
                Not clicked
              </th>
            </tr>
          </thead>
          <tbody>
            <ContrastRow
              label="Would buy if clicked (% of impressions)"
              cells={[['cvrIfClickedOnClicked', s.cvrIfClickedOnClicked], ['cvrIfClickedOnUnclicked', s.cvrIfClickedOnUnclicked]]}
            />
            <tr>
              <th scope="row">Impressions</th>
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
      {generateMs !== null ? <p className="card__footnote">Generated in {formatDuration(generateMs)}.</p> : null}
    </div>
  );
}
