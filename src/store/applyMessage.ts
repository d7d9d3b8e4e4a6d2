/**
 * How each reply of the worker changes the state: one exhaustive switch, so a new
 * message type cannot be forgotten.
 */
import type { FromWorker } from '../worker/protocol';
import { applyProgress } from './trainingSlice';
import type { AppState, Phase } from './types';

type Set = (patch: Partial<AppState>) => void;

/** The phase to return to when a stage fails. */
const AFTER_ERROR: Record<Extract<FromWorker, { type: 'error' }>['during'], Phase> = {
  generate: 'idle',
  train: 'generated',
  compare: 'trained',
};

export function applyMessage(msg: FromWorker, get: () => AppState, set: Set): void {
  switch (msg.type) {
    case 'ready':
      return; // handled by the client
    case 'generated':
      set({
        phase: 'generated',
        summary: msg.summary,
        generateMs: msg.ms,
        result: null,
        insights: null,
        report: null,
        compareMs: null,
        resultsScenarioId: get().scenarioId,
        stale: false,
        modelsStale: false,
      });
      return;
    case 'backend':
      set({ activeBackend: msg.backend, backendNote: msg.note ?? null });
      return;
    case 'progress': {
      const phase = get().phase;
      // A late snapshot after a cancel or an error must not revive the bar.
      if (phase === 'training' || phase === 'paused') set(applyProgress(get(), msg.progress));
      return;
    }
    case 'trained':
      set({ phase: 'trained', trainStats: msg.stats, progressPercent: 100 });
      return;
    case 'compared':
      set({ phase: 'compared', result: msg.result, insights: msg.insights ?? null, report: msg.report, compareMs: msg.ms, savedReport: msg.report });
      return;
    case 'cancelled':
      set({ phase: 'generated', cancelled: true });
      return;
    case 'error':
      set({ phase: AFTER_ERROR[msg.during], error: { during: msg.during, message: msg.message } });
      if (msg.during === 'generate') set({ summary: null, resultsScenarioId: null });
      return;
    default: {
      const unknown: never = msg;
      throw new Error(`Unknown worker message ${JSON.stringify(unknown)}`);
    }
  }
}
