/**
 * The scenario the next run uses: the bundled one with the user's settings (the
 * shop's goal and ESMM switch) applied. Memoised on its inputs, so a selector that
 * returns it hands React the same object until something really changed.
 */
import type { Scenario } from '../core/scenario/parseScenario';
import { bundledScenarios, findScenario } from './scenarios';
import type { ScenarioSettings } from './types';

let memo: { base: Scenario; settings: ScenarioSettings; scenario: Scenario } | null = null;

/** `base` with `settings` applied; `base` itself when they change nothing. */
export function withSettings(base: Scenario, settings: ScenarioSettings): Scenario {
  if (memo && memo.base === base && memo.settings === settings) return memo.scenario;
  let scenario: Scenario = base;
  if (base.world === 'shop') {
    const goal = settings.goal ?? base.goal;
    const sharedEmbeddings = settings.sharedEmbeddings ?? base.model.sharedEmbeddings;
    if (goal !== base.goal || sharedEmbeddings !== base.model.sharedEmbeddings) {
      scenario = { ...base, goal, model: { ...base.model, sharedEmbeddings } };
    }
  }
  memo = { base, settings, scenario };
  return scenario;
}

/** The active scenario of a state (the first bundled one if the id is unknown). */
export function activeScenario(s: { scenarioId: string; settings: ScenarioSettings }): Scenario {
  return withSettings(findScenario(s.scenarioId) ?? bundledScenarios[0], s.settings);
}
