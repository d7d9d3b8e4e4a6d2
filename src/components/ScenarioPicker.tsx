/** Chooses one of the bundled scenarios (grouped by case study), tells its story and, for the shop, offers its switches. */
import { CASES } from '../store/scenarios';
import { useScenario, useScenarioPicker } from '../store/selectors';
import { ScenarioEditor } from './ScenarioEditor';
import { ShopSettings } from './shop/ShopSettings';
import { WORLD_TEXT } from './worldText';

export function ScenarioPicker() {
  const { scenarios, scenarioId, select, disabled } = useScenarioPicker();
  const scenario = useScenario();
  const text = WORLD_TEXT[scenario.world];
  return (
    <section className="scenario" aria-labelledby="scenario-title" data-testid="scenario" data-world={scenario.world}>
      <div className="scenario__pick">
        <label htmlFor="scenario-select" className="scenario__label">
          Scenario
        </label>
        <select id="scenario-select" data-testid="scenario.select" value={scenarioId} disabled={disabled} onChange={(e) => select(e.target.value)}>
          {CASES.map((c) => (
            <optgroup key={c.world} label={c.label}>
              {scenarios
                .filter((s) => s.world === c.world)
                .map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
        <ShopSettings />
      </div>
      <div className="scenario__text">
        <h2 id="scenario-title" data-testid="scenario.title">
          {scenario.title}
        </h2>
        {scenario.story ? (
          <p className="scenario__story" data-testid="scenario.story">
            {scenario.story}
          </p>
        ) : null}
        <p className="scenario__facts">
          {scenario.users.toLocaleString('en-US')} {text.users} · {scenario.items.toLocaleString('en-US')} {text.items} ·{' '}
          {scenario.logging.impressions.toLocaleString('en-US')} logged impressions · {scenario.model.epochs} training passes (epochs) · seed{' '}
          {scenario.seed}
        </p>
      </div>
      <ScenarioEditor />
    </section>
  );
}
