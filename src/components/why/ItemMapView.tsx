/**
 * Item map: every item as a point (video: quality across, clickbait or not in two
 * rows, size by length; shop: appeal across, value up, size by price), with the
 * items a chosen policy put in users' top K highlighted and counted.
 */
import { useCallback, useMemo, useState } from 'react';
import { useWhyT } from './useWhyT';
import { itemMapCsv } from '../../core/insights/insightsCsv';
import type { ItemMapPolicy, RunInsights } from '../../core/insights/types';
import { SrTable } from '../charts/SrTable';
import { CanvasChart } from './canvas/CanvasChart';
import { drawItemMap, type ItemMapLabels } from './itemMapDraw';
import { inPolicyOrder, policyColor, policyName } from './names';
import { formatAmount, formatCount, formatPercent, tickAmount } from '../format';
import { itemMapNotice } from './itemMapNotice';
import { ViewFrame } from './ViewFrame';

/** Mean x (quality / appeal) over a policy's slots and over the drawn catalogue; null where the drawing is a sample. */
function meanX(insights: RunInsights, p: ItemMapPolicy<string>): { shown: number; catalogue: number } | null {
  const m = insights.itemMap;
  if (m.itemIds.length !== m.catalogueItems || p.slots === 0) return null;
  let shown = 0;
  let all = 0;
  for (let i = 0; i < m.x.length; i++) {
    shown += p.counts[i] * m.x[i];
    all += m.x[i];
  }
  return { shown: shown / p.slots, catalogue: all / m.x.length };
}

export function ItemMapView({ insights, fileStem }: { insights: RunInsights; fileStem: string }) {
  const t = useWhyT();
  const map = insights.itemMap;
  const w = insights.world;
  const policies = useMemo(() => inPolicyOrder(w, map.policies as ItemMapPolicy<string>[]), [w, map]);
  const [chosen, setChosen] = useState<string>('ctr');
  const policy = policies.find((p) => p.id === chosen) ?? policies[0];
  const name = policyName(policy.id);
  const labels: ItemMapLabels = useMemo(
    () => ({
      world: w,
      x: t(`map.${w}.x`),
      y: t(`map.${w}.y`),
      rows: [t('map.video.ordinary'), t('map.video.clickbait')],
      corner: t('map.shop.corner'),
      format: tickAmount,
    }),
    [t, w],
  );
  const draw = useCallback((ctx: CanvasRenderingContext2D, width: number, height: number) => drawItemMap(map, policy, policyColor(policy.id), labels)(ctx, width, height), [map, policy, labels]);

  const flagged = t(`map.${w}.flagged`);
  const facts = {
    policy: name,
    k: insights.topK,
    distinct: formatCount(policy.distinctItems),
    items: formatCount(map.catalogueItems),
    flaggedItems: formatPercent(policy.flaggedItemShare, 0),
    flaggedSlots: formatPercent(policy.flaggedSlotShare, 0),
    slots: formatCount(policy.slots),
    catalogue: formatPercent(map.catalogueFlaggedShare, 0),
    flagged,
  };
  const side = meanX(insights, policy);
  const lean = side === null || Math.abs(side.shown - side.catalogue) < 0.1 ? '' : t(side.shown > side.catalogue ? `map.${w}.right` : `map.${w}.left`, { mean: formatAmount(side.shown, 2), base: formatAmount(side.catalogue, 2) });
  const notice = itemMapNotice(w, policy, map.catalogueFlaggedShare, name, t as unknown as (key: string, params?: Record<string, unknown>) => string);

  return (
    <ViewFrame
      testId="item-map"
      title={t('map.title')}
      unit={t(`map.${w}.unit`, { k: insights.topK })}
      notice={`${notice}${lean ? ` ${lean}` : ''}`}
      fileStem={`${fileStem}-item-map`}
      csv={() => itemMapCsv(insights)}
      png={() => ({
        draw,
        height: 520,
        legend: [
          { kind: 'dot', color: policyColor(policy.id), label: t('map.legend.shown', { policy: name, k: insights.topK }) },
          { kind: 'hollow', label: t('map.legend.notShown') },
          { kind: 'text', label: t(`map.${w}.size`) },
        ],
      })}
      data={{ policy: policy.id, highlighted: policy.distinctItems, items: map.itemIds.length }}
      controls={
        <fieldset className="why-choice">
          <legend className="why-choice__legend">{t('map.choose', { k: insights.topK })}</legend>
          {policies.map((p) => (
            <label key={p.id} className={`why-choice__option${p.id === policy.id ? ' is-checked' : ''}`} data-testid={`item-map.policy.${p.id}`}>
              <input className="visually-hidden" type="radio" name="item-map-policy" value={p.id} checked={p.id === policy.id} onChange={() => setChosen(p.id)} />
              <span className="swatch" style={{ background: policyColor(p.id) }} aria-hidden="true" />
              {policyName(p.id)}
            </label>
          ))}
        </fieldset>
      }
      srTable={
        <SrTable
          caption={t('map.srCaption', { k: insights.topK })}
          rowHeader={t('sr.policy')}
          columns={[t('map.col.distinct'), t('map.col.flaggedItems', { flagged }), t('map.col.flaggedSlots', { flagged })]}
          rows={policies.map((p) => ({ label: policyName(p.id), cells: [`${formatCount(p.distinctItems)} / ${formatCount(map.catalogueItems)}`, formatPercent(p.flaggedItemShare), formatPercent(p.flaggedSlotShare)] }))}
        />
      }
    >
      <p className="why-facts" data-testid="item-map.count" data-value={policy.distinctItems} aria-live="polite">
        {t(`map.${w}.facts`, facts)}
      </p>
      <CanvasChart draw={draw} height={360} testId="item-map.canvas" data={{ policy: policy.id }} />
      <ul className="why-legend" aria-hidden="true">
        <li>
          <span className="why-legend__dot" style={{ background: policyColor(policy.id) }} />
          {t('map.legend.shown', { policy: name, k: insights.topK })}
        </li>
        <li>
          <span className="why-legend__dot why-legend__dot--hollow" />
          {t('map.legend.notShown')}
        </li>
        <li>{t(`map.${w}.size`)}</li>
        {map.itemIds.length < map.catalogueItems ? <li>{t('map.sample', { drawn: formatCount(map.itemIds.length), items: formatCount(map.catalogueItems) })}</li> : null}
      </ul>
    </ViewFrame>
  );
}
