/**
 * The "See why" section's view of the store: the insights of the comparison on
 * screen, and whether they still belong to the scenario as it is now.
 */
import { useShallow } from 'zustand/react/shallow';
import { activeScenario } from './activeScenario';
import { useStore } from './index';

export const useWhyStep = () =>
  useStore(
    useShallow((s) => {
      const scenario = activeScenario(s);
      // As in Step 3: a shop result ranked for another goal than the one chosen now is out of date.
      const goalStale = scenario.world === 'shop' && s.result?.world === 'shop' && s.result.goal !== scenario.goal;
      return {
        insights: s.insights,
        result: s.result,
        report: s.report,
        scenarioId: s.scenarioId,
        seed: scenario.seed,
        comparing: s.phase === 'comparing',
        outdated: s.stale || s.modelsStale || goalStale,
      };
    }),
  );

/** The report of the comparison on screen and its scenario (for the business summary's exports). */
export const useBusinessExport = () => useStore(useShallow((s) => ({ result: s.result, report: s.report, scenarioId: s.scenarioId })));
