/**
 * The hooks components read the store through. Each returns either one value or
 * an object built with `useShallow`, so a component re-renders only when what it
 * shows changed (a progress snapshot does not re-render the header).
 */
import { useShallow } from 'zustand/react/shallow';
import type { ShopGoal } from '../core/scenario/shopScenario';
import { activeScenario } from './activeScenario';
import { useStore } from './index';
import { modelsOf } from './models';
import { canCompare, canTrain } from './runSlice';
import { hasKnobDrafts, isBusy } from './scenarioSlice';
import type { ModelId, TrainStats } from '../models/types';
import type { AppState } from './types';

/** The shop's business goal of a state; null on a video scenario. */
function shopGoal(s: AppState): ShopGoal | null {
  const scenario = activeScenario(s);
  return scenario.world === 'shop' ? scenario.goal : null;
}

/** The active scenario with the user's settings (a stable object until they change). */
export const useScenario = () => useStore(activeScenario);

/** The shop's business goal and ESMM switch; null on a video scenario. */
export const useShopSettings = () =>
  useStore(
    useShallow((s) => {
      const scenario = activeScenario(s);
      if (scenario.world !== 'shop') return null;
      return {
        goal: scenario.goal,
        sharedEmbeddings: scenario.model.sharedEmbeddings,
        setGoal: s.setGoal,
        setSharedEmbeddings: s.setSharedEmbeddings,
        disabled: isBusy(s.phase),
      };
    }),
  );

export const useScenarioPicker = () =>
  useStore(useShallow((s) => ({ scenarios: s.scenarios, scenarioId: s.scenarioId, select: s.pickScenario, disabled: isBusy(s.phase) })));

export const useBackend = () =>
  useStore(
    useShallow((s) => ({
      choice: s.backendChoice,
      active: s.activeBackend,
      note: s.backendNote,
      notes: s.backendNotes,
      setChoice: s.setBackendChoice,
      locked: s.phase === 'training' || s.phase === 'paused',
    })),
  );

/** True while a training runs or is paused: the scenario menu is locked until it ends. */
export const useScenarioLocked = () => useStore((s) => s.phase === 'training' || s.phase === 'paused');

export const useRuntime = () => useStore((s) => s.runtime);

export const useError = () => useStore(useShallow((s) => ({ error: s.error, dismiss: s.dismissError })));

const NO_PATHS: readonly string[] = [];
const pathsCache = new WeakMap<AppState['draftProblems'], readonly string[]>();

/** The knobs marked refused (those the problems name), the same array for the same problems (a stable selector value). */
function draftPaths(s: AppState): readonly string[] {
  if (!hasKnobDrafts(s)) return NO_PATHS;
  let paths = pathsCache.get(s.draftProblems);
  if (!paths) {
    paths = Object.keys(s.draftProblems);
    pathsCache.set(s.draftProblems, paths);
  }
  return paths;
}

export const useGenerateStep = () =>
  useStore(
    useShallow((s) => ({
      phase: s.phase,
      summary: s.summary,
      generateMs: s.generateMs,
      stale: s.stale,
      canGenerate: !isBusy(s.phase) && !hasKnobDrafts(s),
      /** Knobs marked refused in the editor, the ones to change (Generate waits for them). */
      draftPaths: draftPaths(s),
      generate: s.generate,
    })),
  );

export const useTrainControls = () =>
  useStore(
    useShallow((s) => ({
      phase: s.phase,
      cancelled: s.cancelled,
      modelsStale: s.modelsStale,
      /** Curves on screen from before a change of scenario or settings (steps 1 and 3 say so too). */
      curvesStale: s.stale && (s.trainStats !== null || s.aucByEpoch.length > 0 || Object.keys(s.lossCurves).length > 0),
      canTrain: canTrain(s),
      train: s.train,
      pause: s.pause,
      resume: s.resume,
      cancel: s.cancel,
    })),
  );

/** Fast-changing: only the progress bar reads this. */
export const useTrainProgress = () =>
  useStore(
    useShallow((s) => ({
      progress: s.progress,
      percent: s.progressPercent,
      phase: s.phase,
      stats: s.trainStats,
      world: s.trainingWorld ?? activeScenario(s).world,
      /** `auto` is timing each backend before training starts (until the worker names the one it picked). */
      measuring: s.calibrating,
    })),
  );

/**
 * The training curves and the models they belong to: those of the training shown,
 * or before any training, those the active scenario will train.
 */
export const useTrainCharts = () =>
  useStore(
    useShallow((s) => {
      const scenario = activeScenario(s);
      const trained = s.trainingModels.length > 0;
      return {
        lossCurves: s.lossCurves,
        aucByEpoch: s.aucByEpoch,
        models: trained ? s.trainingModels : modelsOf(scenario),
        world: (trained ? s.trainingWorld : null) ?? scenario.world,
        epochs: scenario.model.epochs,
        /** Clicked training impressions the shop's CVR model learned from, once trained. */
        cvrTrainRows: s.trainStats?.find((t) => t.modelId === 'cvr')?.trainRows,
        /** Mean loss of each epoch per model, once trained: the numbers the sentence and the status line quote. */
        lossHistories: lossHistories(s.trainStats),
      };
    }),
  );

const NO_HISTORIES: Partial<Record<ModelId, readonly number[]>> = {};
const historiesCache = new WeakMap<TrainStats[], Partial<Record<ModelId, readonly number[]>>>();

/** Per-model epoch losses of a finished training, the same object for the same stats (a stable selector value). */
function lossHistories(stats: TrainStats[] | null): Partial<Record<ModelId, readonly number[]>> {
  if (!stats) return NO_HISTORIES;
  let h = historiesCache.get(stats);
  if (!h) {
    h = Object.fromEntries(stats.map((t) => [t.modelId, t.lossHistory]));
    historiesCache.set(stats, h);
  }
  return h;
}

export const useCompareStep = () =>
  useStore(
    useShallow((s) => ({
      phase: s.phase,
      result: s.result,
      report: s.report,
      savedReport: s.savedReport,
      compareMs: s.compareMs,
      stale: s.stale,
      modelsStale: s.modelsStale,
      canCompare: canCompare(s),
      compare: s.compare,
      /** The goal the next comparison ranks for (shop only). */
      goal: shopGoal(s),
    })),
  );

/** What a link asked for that could not be done. */
export const useLinkProblems = () => useStore(useShallow((s) => ({ problems: s.linkProblems, dismiss: s.dismissLinkProblems })));

/** The editor's view: the preset, the scenario as it will run, and the actions that change it. */
export const useScenarioEditor = () =>
  useStore(
    useShallow((s) => ({
      scenario: activeScenario(s),
      edited: Object.keys(s.settings).length > 0,
      /** Something to reset: a change, or a refused value still typed in a box. */
      resettable: Object.keys(s.settings).length > 0 || hasKnobDrafts(s),
      /** Values typed but not used yet, by knob. */
      drafts: s.knobDrafts,
      /** Why, by the knob each problem goes under. */
      draftProblems: s.draftProblems,
      disabled: isBusy(s.phase),
      setKnob: s.setKnob,
      clearKnobDraft: s.clearKnobDraft,
      resetToPreset: s.resetToPreset,
      importScenario: s.importScenario,
    })),
  );
