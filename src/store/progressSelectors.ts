/**
 * Hooks of the progress views (generation bar, cancel, time left): apart from
 * `selectors.ts` so that the progress feature stays in its own files.
 */
import { useShallow } from 'zustand/react/shallow';
import { activeScenario } from './activeScenario';
import { useStore } from './index';
import { trainFraction, trainWork } from './trainWork';

/** The generation in progress and the controls around it. */
export const useGeneration = () =>
  useStore(
    useShallow((s) => ({
      generating: s.phase === 'generating',
      generation: s.generation,
      cancelled: s.generateCancelled && s.phase !== 'generating',
      cancel: s.cancel,
    })),
  );

/** How far the training in progress is over all its models (share of the expected work), and whether it runs or is paused. */
export const useTrainFraction = () =>
  useStore(
    useShallow((s) => {
      const running = s.phase === 'training' || s.phase === 'paused';
      const summary = s.summary;
      const fraction = running && summary ? trainFraction(s.progress, s.trainingModels, trainWork(s.trainingModels, summary, activeScenario(s))) : null;
      return { fraction, phase: s.phase };
    }),
  );
