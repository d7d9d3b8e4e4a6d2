/**
 * The scenario the next run uses: the bundled one with the user's settings (edited
 * knobs, the shop's goal and ESMM switch) applied. Memoised on its inputs, so a selector that
 * returns it hands React the same object until something really changed.
 */
import { applyEdits } from '../core/scenario/knobs';
import type { Scenario } from '../core/scenario/parseScenario';
import { bundledScenarios, findScenario } from './scenarios';
import type { ScenarioSettings } from './types';

let memo: { base: Scenario; settings: ScenarioSettings; scenario: Scenario } | null = null;

/** `base` with `settings` applied; `base` itself when they change nothing. */
export function withSettings(base: Scenario, settings: ScenarioSettings): Scenario {
  if (memo && memo.base === base && memo.settings === settings) return memo.scenario;
  let scenario: Scenario = base;
  if (settings.edits && Object.keys(settings.edits).length > 0) {
    // The store only keeps edits that validated; should one not, the preset runs as it is.
    const edited = applyEdits(base, settings.edits);
    if (edited.ok) scenario = edited.scenario;
  }
  if (scenario.world === 'shop') {
    const goal = settings.goal ?? scenario.goal;
    const sharedEmbeddings = settings.sharedEmbeddings ?? scenario.model.sharedEmbeddings;
    if (goal !== scenario.goal || sharedEmbeddings !== scenario.model.sharedEmbeddings) {
      scenario = { ...scenario, goal, model: { ...scenario.model, sharedEmbeddings } };
    }
  }
  memo = { base, settings, scenario };
  return scenario;
}

/** The active scenario of a state (the first bundled one if the id is unknown). */
export function activeScenario(s: { scenarioId: string; settings: ScenarioSettings }): Scenario {
  return withSettings(findScenario(s.scenarioId) ?? bundledScenarios[0], s.settings);
}
