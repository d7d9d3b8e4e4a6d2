/**
 * The "what to notice" of Offline vs online, from the one verdict Steps 3 and 4
 * share (`core/insights/offlineOnline.ts`): agreement, a disagreement that would
 * ship the wrong model, a small one, or a gap too small to call on either side; each
 * says the paired difference it was read from, and what its interval does not cover.
 */
import type { OfflineOnline } from '../../core/insights/offlineOnline';
import { formatAmount, formatDecimal, formatPercent } from '../format';
import { differenceFacts } from '../differenceText';
import { compareAmounts, joinSentences } from '../insightText';
import { policyName } from './names';

/** The `why` namespace's translate function (with Chinese spacing, as `useWhyT` gives it). */
type Translate = (key: string, params?: Record<string, unknown>) => string;

export function offlineNotice(o: OfflineOnline, t: Translate): string {
  const v = o.verdict;
  const text = verdictSentence(o, t);
  return v.kind === 'none' ? text : joinSentences(text, t('offline.scope'));
}

function verdictSentence(o: OfflineOnline, t: Translate): string {
  const v = o.verdict;
  const business = t(`offline.business.${o.business}`);
  if (v.kind === 'none') return t('offline.notice.none', { business });
  const facts = {
    offline: policyName(v.offline),
    other: policyName(v.other),
    metric: t(`offline.metric.${v.metric}`),
    aucA: formatDecimal(v.auc.offline, 3),
    aucB: formatDecimal(v.auc.other, 3),
    x: formatAmount(v.business.offline),
    y: formatAmount(v.business.other),
    business,
    ...differenceFacts(v.difference),
  };
  if (v.kind === 'inversion') {
    const c = compareAmounts(v.business.other, v.business.offline);
    const earns = c.kind === 'times' ? t('offline.earns.times', { amount: c.amount, business }) : t('offline.earns.more', { amount: c.amount, business });
    return t('offline.notice.inversion', { ...facts, earns });
  }
  if (v.kind === 'smallInversion') {
    const more = v.business.offline > 0 ? formatPercent(v.business.other / v.business.offline - 1, 0) : '';
    return t('offline.notice.smallInversion', { ...facts, more });
  }
  return t(`offline.notice.${v.kind}`, facts);
}
