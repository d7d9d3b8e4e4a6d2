/**
 * The shop's two switches: the business goal the rankings and the oracle serve
 * (purchases or GMV), and whether ESMM shares its embeddings between its CTR and
 * CVR towers (off gives the paper's ESMM-NS). Shown on shop scenarios only.
 */
import { useTranslation } from 'react-i18next';
import type { ShopGoal } from '../../core/scenario/shopScenario';
import { useShopSettings } from '../../store/selectors';

const GOALS: readonly ShopGoal[] = ['purchases', 'gmv'];

export function ShopSettings() {
  const settings = useShopSettings();
  const { t } = useTranslation();
  if (!settings) return null;
  const { goal, sharedEmbeddings, setGoal, setSharedEmbeddings, disabled } = settings;
  return (
    <div className="shop-settings" data-testid="shop.settings">
      <label className="shop-settings__goal">
        <span className="scenario__label">{t('scenario.goal')}</span>
        <select data-testid="goal.select" value={goal} disabled={disabled} onChange={(e) => setGoal(e.target.value as ShopGoal)} title={t('scenario.goalTitle')}>
          {GOALS.map((g) => (
            <option key={g} value={g}>
              {t(`scenario.goals.${g}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="shop-settings__check">
        <input
          type="checkbox"
          data-testid="esmm.shared"
          checked={sharedEmbeddings}
          disabled={disabled}
          onChange={(e) => setSharedEmbeddings(e.target.checked)}
        />
        <span>{t('scenario.esmmShared')}</span>
      </label>
    </div>
  );
}
