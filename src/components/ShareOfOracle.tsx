/**
 * Each policy's business goal as a share of the oracle's (the best any ranking
 * could earn in this world): one bar per policy on a 0–100 % scale. The goal is
 * ad minutes for the video case, purchases or GMV for the shop.
 */
import { useTranslation } from 'react-i18next';
import { i18n } from '../i18n';
import type { ReplayResult } from '../worker/protocol';
import { POLICY_COLORS, POLICY_HINTS, POLICY_LABELS, POLICY_SHORT_LABELS, type PolicyId } from './charts/palette';
import { orderedPolicies } from './charts/policies';
import { labelWidth } from './charts/WrappedTick';
import { formatPercent } from './format';
import { shareInsight } from './insights';
import { shopShareInsight } from './shopInsights';
import { Notice } from './Step';

/** The title, the unit line and the sentence of the result's case and goal, in the current language. */
function wording(result: ReplayResult): { title: string; unit: string; notice: string } {
  if (result.world === 'video') {
    return { title: i18n.t('charts:share.videoTitle'), unit: i18n.t('charts:share.videoUnit'), notice: shareInsight(result) };
  }
  return {
    title: i18n.t('charts:share.shopTitle', { goal: i18n.t(`charts:share.goalTitle.${result.goal}`) }),
    unit: i18n.t('charts:share.shopUnit', { goal: i18n.t(`charts:share.goalUnit.${result.goal}`) }),
    notice: shopShareInsight(result),
  };
}

/** The full name where it fits the meter's label column. */
const meterLabel = (id: PolicyId) => (labelWidth(POLICY_LABELS[id]) > 24 ? POLICY_SHORT_LABELS[id] : POLICY_LABELS[id]);

export function ShareOfOracle({ result }: { result: ReplayResult }) {
  useTranslation(); // re-renders on a language change
  const { title, unit, notice } = wording(result);
  return (
    <figure className="chart" data-testid="compare.share">
      <figcaption className="chart__caption">
        <span className="chart__title">{title}</span>
        <span className="chart__unit">{unit}</span>
      </figcaption>
      <ul className="meters">
        {orderedPolicies(result).map((p) => {
          const share = p.online.shareOfOracle;
          return (
            <li key={p.id} className="meter" data-policy={p.id} data-value={share}>
              <span className="meter__label" title={POLICY_HINTS[p.id]}>
                {meterLabel(p.id)}
              </span>
              <span className="meter__track">
                <span className="meter__fill" style={{ width: `${Math.min(100, Math.max(0, share * 100))}%`, background: POLICY_COLORS[p.id] }} />
              </span>
              <span className="meter__value">{formatPercent(share, 0)}</span>
            </li>
          );
        })}
      </ul>
      <Notice testId="compare.share.notice">{notice}</Notice>
    </figure>
  );
}
