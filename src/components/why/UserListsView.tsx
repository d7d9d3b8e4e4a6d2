/**
 * Per-user lists: one user's top K under each policy, side by side, with what
 * really happens when each item is shown (the truth) or the score the policy's
 * model gave it (beside the truth it stands for), and what each list is expected
 * to bring.
 */
import { useId, useState } from 'react';
import { useWhyT } from './useWhyT';
import { userListsCsv } from '../../core/insights/insightsCsv';
import type { RunInsights, ShopListItem, UserLists, VideoListItem } from '../../core/insights/types';
import { drawTable, tableHeight } from './canvas/drawTable';
import { listTotals, shopCell, totalsLine, videoCell, type ListMode } from './listCells';
import { policyColor, policyName } from './names';
import { formatAmount } from '../format';
import { ViewFrame } from './ViewFrame';

type AnyUser = UserLists<VideoListItem | ShopListItem, string>;

/**
 * A line of numbers for a narrow column: each number stays on the line of its label
 * and its unit ("pCTR 12.6%", "0.75 min"), so the line wraps between the pairs, never
 * inside one.
 */
function Parts({ text }: { text: string }) {
  return <>{text.replace(/ (?=[\d¥#–])/g, '\u00a0').replace(/(\d%?) (?=(min|ad min|分钟|次|件|倍)\b)/g, '$1\u00a0')}</>;
}

export function UserListsView({ insights, fileStem }: { insights: RunInsights; fileStem: string }) {
  const t = useWhyT();
  const users = insights.userLists as AnyUser[];
  const [userId, setUserId] = useState(users[0]?.userId ?? 0);
  const [mode, setMode] = useState<ListMode>('truth');
  const selectId = useId();
  const user = users.find((u) => u.userId === userId) ?? users[0];
  if (!user) return null;
  const w = insights.world;
  const goal = insights.world === 'shop' ? insights.goal : 'purchases';
  const cell = (policy: string, idx: number) => {
    const it = user.items[idx];
    return w === 'video' ? videoCell(t, policy, it as VideoListItem, mode) : shopCell(t, policy, it as ShopListItem, mode, goal);
  };
  const totals = user.lists.map((l) => ({ id: l.policyId, ...listTotals(user.items, l.items) }));
  const k = Math.max(...user.lists.map((l) => l.items.length));
  const userLabel = (u: AnyUser) => (u.typical ? t('lists.typical', { id: u.userId }) : t('lists.user', { id: u.userId }));
  // Inside a sentence: "for a typical user (user 12)" / "for user 12".
  const userInSentence = (u: AnyUser) => (u.typical ? t('lists.typicalInSentence', { id: u.userId }) : t('lists.user', { id: u.userId }));

  // The sentence compares the click ranking with the objective the paper recommends.
  const recommended = w === 'video' ? 'watchTime' : (totals.find((x) => x.id === 'esmm' || x.id === 'esmmNs')?.id ?? 'esmm');
  const a = totals.find((x) => x.id === 'ctr');
  const b = totals.find((x) => x.id === recommended);
  const notice =
    a && b
      ? w === 'video'
        ? t('lists.video.notice', { k, baitA: a.flagged, baitB: b.flagged, adsA: formatAmount(a.ads, 2), adsB: formatAmount(b.ads, 2), a: policyName(a.id), b: policyName(b.id) })
        : t(goal === 'gmv' ? 'lists.shop.noticeGmv' : 'lists.shop.notice', {
            k,
            eyeA: a.flagged,
            eyeB: b.flagged,
            buyA: formatAmount(a.purchases, 2),
            buyB: formatAmount(b.purchases, 2),
            gmvA: formatAmount(a.gmv, 3),
            gmvB: formatAmount(b.gmv, 3),
            a: policyName(a.id),
            b: policyName(b.id),
          })
      : '';

  const pngTable = () => ({
    columns: [t('lists.slot'), ...user.lists.map((l) => policyName(l.policyId))],
    swatches: [null, ...user.lists.map((l) => policyColor(l.policyId))],
    rows: [
      ...Array.from({ length: k }, (_, s) => [
        [String(s + 1)],
        ...user.lists.map((l) => {
          const c = cell(l.policyId, l.items[s]);
          return [c.badge ? `${c.title} · ${c.badge}` : c.title, c.detail];
        }),
      ]),
      [[t('lists.expectedShort')], ...totals.map((x) => totalsLine(t, w, x).split(' · '))],
    ],
  });

  return (
    <ViewFrame
      testId="user-topk"
      title={t('lists.title', { k })}
      unit={t(`lists.${w}.unit`)}
      notice={notice}
      fileStem={`${fileStem}-user-${user.userId}`}
      csv={() => userListsCsv(insights, user)}
      png={() => {
        const table = pngTable();
        // The download says whose lists it shows: the page's title names no user.
        return { title: t('lists.pngTitle', { user: userInSentence(user), k }), draw: drawTable(table), height: tableHeight(table), width: 1300 };
      }}
      data={{ user: user.userId, typical: user.typical ? 1 : 0 }}
      controls={
        <div className="why-controls-row">
          <label className="why-field" htmlFor={selectId}>
            <span className="why-field__label">{t('lists.pick')}</span>
            <select id={selectId} data-testid="user-topk.user" value={user.userId} onChange={(e) => setUserId(Number(e.target.value))}>
              {users.map((u) => (
                <option key={u.userId} value={u.userId}>
                  {userLabel(u)}
                </option>
              ))}
            </select>
          </label>
          <fieldset className="why-choice why-choice--compact">
            <legend className="why-choice__legend">{t('lists.show')}</legend>
            {(['truth', 'model'] as const).map((m) => (
              <label key={m} className={`why-choice__option${m === mode ? ' is-checked' : ''}`} data-testid={`user-topk.mode.${m}`}>
                <input className="visually-hidden" type="radio" name="user-topk-mode" value={m} checked={m === mode} onChange={() => setMode(m)} />
                {t(`lists.mode.${m}`)}
              </label>
            ))}
          </fieldset>
        </div>
      }
    >
      <div className="why-table-wrap">
        <table className="why-lists" data-testid="user-topk.table">
          <caption className="visually-hidden">{t('lists.caption', { user: userInSentence(user), k })}</caption>
          <thead>
            <tr>
              <th scope="col" className="why-lists__slot">
                {t('lists.slot')}
              </th>
              {user.lists.map((l) => (
                <th scope="col" key={l.policyId} data-policy={l.policyId}>
                  <span className="swatch" style={{ background: policyColor(l.policyId) }} aria-hidden="true" />
                  {policyName(l.policyId)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: k }, (_, s) => (
              <tr key={s}>
                <th scope="row" className="why-lists__slot">
                  {s + 1}
                </th>
                {user.lists.map((l) => {
                  const idx = l.items[s];
                  if (idx === undefined) return <td key={l.policyId} />;
                  const c = cell(l.policyId, idx);
                  return (
                    <td key={l.policyId} data-policy={l.policyId} data-item={user.items[idx].itemId}>
                      <span className="why-lists__item">
                        {c.title}
                        {c.badge ? <span className="why-badge">{c.badge}</span> : null}
                      </span>
                      <span className="why-lists__detail">
                        <Parts text={c.detail} />
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="colgroup" colSpan={user.lists.length + 1} className="why-lists__foot-title">
                {t('lists.expected', { k })}
              </th>
            </tr>
            <tr>
              <td className="why-lists__slot" />
              {totals.map((x) => (
                <td key={x.id} data-policy={x.id} data-metric={w === 'video' ? 'adMinutes' : goal} data-value={w === 'video' ? x.ads : goal === 'gmv' ? x.gmv : x.purchases}>
                  <Parts text={totalsLine(t, w, x)} />
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="why-footnote">{t(`lists.${w}.definitions`, { esmm: policyName(recommended) })}</p>
    </ViewFrame>
  );
}
