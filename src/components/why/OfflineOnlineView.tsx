/**
 * Offline vs online: each policy's held-out AUC and logloss beside what it earned
 * in the simulated A/B test, a slope chart of the learned models (lines cross
 * where the better offline number earns less), and the sentence that says so.
 */
import { useCallback, useMemo } from 'react';
import { useWhyT } from './useWhyT';
import { offlineOnlineCsv } from '../../core/insights/insightsCsv';
import { offlineVsOnline, type OfflineOnlineRow } from '../../core/insights/offlineOnline';
import type { ReplayResult } from '../../worker/protocol';
import { CanvasChart } from './canvas/CanvasChart';
import { drawTable, tableHeight } from './canvas/drawTable';
import { inPolicyOrder, policyColor, policyName } from './names';
import { formatAmount, formatAuc, formatLogloss, formatPercent } from '../format';
import { offlineNotice } from './offlineNotice';
import { drawSlope } from './slopeDraw';
import { ViewFrame } from './ViewFrame';

type Column = { key: keyof OfflineOnlineRow; offline: boolean };

export function OfflineOnlineView({ result, fileStem }: { result: ReplayResult; fileStem: string }) {
  const t = useWhyT();
  const o = useMemo(() => offlineVsOnline(result), [result]);
  const w = result.world;
  const rows = useMemo(() => inPolicyOrder(w, o.rows), [w, o]);
  const columns: Column[] =
    w === 'video'
      ? [{ key: 'ctrAuc', offline: true }, { key: 'ctrLogloss', offline: true }, { key: 'business', offline: false }, { key: 'shareOfOracle', offline: false }]
      : [
          { key: 'ctrAuc', offline: true },
          { key: 'cvrAuc', offline: true },
          { key: 'cvrAucEntireSpace', offline: true },
          { key: 'ctcvrAuc', offline: true },
          { key: 'business', offline: false },
          { key: 'shareOfOracle', offline: false },
        ];
  const business = t(`offline.business.${o.business}`);
  const header = (c: Column) => (c.key === 'business' ? t('offline.col.business', { business }) : t(`offline.col.${c.key}`));
  const value = (r: OfflineOnlineRow, c: Column) => {
    const v = r[c.key] as number | null;
    if (c.key === 'business') return formatAmount(v);
    if (c.key === 'shareOfOracle') return formatPercent(v, 0);
    if (c.key === 'ctrLogloss') return formatLogloss(v);
    return formatAuc(v);
  };

  const metric = o.metric;
  const learned = useMemo(() => rows.filter((r) => r[metric] !== null), [rows, metric]);
  const slope = useMemo(
    () =>
      drawSlope({
        rows: learned.map((r) => ({ id: r.id, name: policyName(r.id), color: policyColor(r.id), left: r[metric] as number, right: r.business })),
        leftTitle: t(`offline.metric.${metric}`),
        rightTitle: t('offline.col.business', { business }),
        formatLeft: (v) => formatAuc(v),
        formatRight: (v) => formatAmount(v),
      }),
    [learned, metric, t, business],
  );
  const draw = useCallback((ctx: CanvasRenderingContext2D, width: number, height: number) => slope(ctx, width, height), [slope]);

  const notice = offlineNotice(o, t as unknown as (key: string, params?: Record<string, unknown>) => string);

  const pngTable = () => ({
    columns: [t('sr.policy'), ...columns.map(header)],
    swatches: [null, ...columns.map(() => null)],
    rows: rows.map((r) => [[policyName(r.id)], ...columns.map((c) => [value(r, c)])]),
  });

  return (
    <ViewFrame
      testId="offline-online"
      title={t('offline.title')}
      unit={t(`offline.${w}.unit`)}
      notice={notice}
      fileStem={`${fileStem}-offline-vs-online`}
      csv={() => offlineOnlineCsv(o)}
      png={() => {
        const table = pngTable();
        const th = tableHeight(table);
        return {
          draw: (ctx, width) => (drawTable(table)(ctx, width, th), ctx.translate(0, th + 20), slope(ctx, width, 260)),
          height: th + 290,
          legend: learned.map((r) => ({ kind: 'line' as const, color: policyColor(r.id), label: policyName(r.id) })),
        };
      }}
      data={{ inversion: o.verdict.kind === 'inversion' ? 1 : 0, verdict: o.verdict.kind }}
    >
      <div className={`why-offline why-offline--${w}`}>
        <div className="why-table-wrap">
          <table className="results results--compact why-offline__table" data-testid="offline-online.table">
            <caption className="visually-hidden">{t('offline.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('sr.policy')}</th>
                {columns.map((c) => (
                  <th scope="col" key={c.key} className={c.offline ? 'results__offline' : undefined}>
                    {header(c)}
                    <span className="results__unit">{t(c.offline ? 'offline.kind.offline' : 'offline.kind.online')}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-testid={`offline-online.row.${r.id}`}>
                  <th scope="row">
                    <span className="swatch" style={{ background: policyColor(r.id) }} aria-hidden="true" />
                    {policyName(r.id)}
                  </th>
                  {columns.map((c) => (
                    <td key={c.key} className={c.offline ? 'results__offline' : undefined} data-metric={c.key} data-value={(r[c.key] as number | null) ?? ''}>
                      {value(r, c)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {learned.length >= 2 ? (
          <div className="why-offline__slope">
            <div className="why-panel__title">{t('offline.slope')}</div>
            <ul className="why-legend" aria-hidden="true">
              {learned.map((r) => (
                <li key={r.id}>
                  <span className="why-legend__line" style={{ borderColor: policyColor(r.id) }} />
                  {policyName(r.id)}
                </li>
              ))}
            </ul>
            <CanvasChart draw={draw} height={240} testId="offline-online.slope" />
          </div>
        ) : null}
      </div>
    </ViewFrame>
  );
}
