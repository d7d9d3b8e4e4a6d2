/** Chooses one of the bundled scenarios (grouped by case study), tells its story and, for the shop, offers its switches. */
import { useTranslation } from 'react-i18next';
import { scenarioNotes } from '../core/scenario/consistency';
import type { Scenario } from '../core/scenario/parseScenario';
import { noteText } from './problemText';
import { CASES } from '../store/scenarios';
import { useScenario, useScenarioPicker } from '../store/selectors';
import { formatCount } from './format';
import { ScenarioEditor } from './ScenarioEditor';
import { scenarioStory, scenarioTitle } from './scenarioText';
import { ShopSettings } from './shop/ShopSettings';

/** Settings that run capped, said where everyone sees them (the editor may be closed, or hidden in presenter mode). */
function ScenarioNotes({ scenario }: { scenario: Scenario }) {
  const notes = scenarioNotes(scenario);
  if (!notes.length) return null;
  return (
    <ul className="scenario__notes" data-testid="scenario.notes">
      {notes.map((n) => (
        <li key={n.path} data-testid="scenario.notes.line">
          {noteText(n)}
        </li>
      ))}
    </ul>
  );
}

export function ScenarioPicker() {
  const { scenarios, scenarioId, select, disabled } = useScenarioPicker();
  const scenario = useScenario();
  const { t } = useTranslation();
  const story = scenarioStory(scenario);
  return (
    <section className="scenario" aria-labelledby="scenario-title" data-testid="scenario" data-world={scenario.world}>
      <div className="scenario__pick">
        <label htmlFor="scenario-select" className="scenario__label">
          {t('scenario.label')}
        </label>
        <select id="scenario-select" data-testid="scenario.select" value={scenarioId} disabled={disabled} onChange={(e) => select(e.target.value)}>
          {CASES.map((c) => (
            <optgroup key={c.world} label={t(`scenarios:cases.${c.world}`)}>
              {scenarios
                .filter((s) => s.world === c.world)
                .map((s) => (
                  <option key={s.id} value={s.id}>
                    {scenarioTitle(s)}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
        <ShopSettings />
      </div>
      <div className="scenario__text">
        <h2 id="scenario-title" data-testid="scenario.title">
          {scenarioTitle(scenario)}
        </h2>
        {story ? (
          <p className="scenario__story" data-testid="scenario.story">
            {story}
          </p>
        ) : null}
        <p className="scenario__facts" data-testid="scenario.facts">
          {t('scenario.facts', {
            users: formatCount(scenario.users),
            usersWord: t(`world.${scenario.world}.users`),
            items: formatCount(scenario.items),
            itemsWord: t(`world.${scenario.world}.items`),
            impressions: formatCount(scenario.logging.impressions),
            epochs: scenario.model.epochs,
            seed: scenario.seed,
          })}
        </p>
        <ScenarioNotes scenario={scenario} />
      </div>
      <ScenarioEditor />
    </section>
  );
}
