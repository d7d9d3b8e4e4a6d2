/**
 * The shop's two switches: the business goal the rankings and the oracle serve
 * (purchases or GMV), and whether ESMM shares its embeddings between its CTR and
 * CVR towers (off gives the paper's ESMM-NS). Shown on shop scenarios only.
 */
import type { ShopGoal } from '../../core/scenario/shopScenario';
import { useShopSettings } from '../../store/selectors';

const GOALS: { value: ShopGoal; label: string }[] = [
  { value: 'purchases', label: 'Purchases (number of orders)' },
  { value: 'gmv', label: 'GMV (yuan paid)' },
];

export function ShopSettings() {
  const settings = useShopSettings();
  if (!settings) return null;
  const { goal, sharedEmbeddings, setGoal, setSharedEmbeddings, disabled } = settings;
  return (
    <div className="shop-settings" data-testid="shop.settings">
      <label className="shop-settings__goal">
        <span className="scenario__label">Business goal</span>
        <select
          data-testid="goal.select"
          value={goal}
          disabled={disabled}
          onChange={(e) => setGoal(e.target.value as ShopGoal)}
          title="What the shop wants more of; the learned rankings (except ranking by clicks) and the oracle serve it"
        >
          {GOALS.map((g) => (
            <option key={g.value} value={g.value}>
              {g.label}
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
        <span>ESMM shares embeddings between its CTR and CVR towers (off: ESMM-NS)</span>
      </label>
    </div>
  );
}
