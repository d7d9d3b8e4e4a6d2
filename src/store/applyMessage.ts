/**
 * How each reply of the worker changes the state: one exhaustive switch, so a new
 * message type cannot be forgotten.
 */
import type { FromWorker } from '../worker/protocol';
import { activeScenario } from './activeScenario';
import { applyPace, applyProgress } from './trainingSlice';
import { trainWork } from './trainWork';
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
    case 'generateProgress':
      // A late report after a cancel or an error must not bring the bar back.
      if (get().phase === 'generating') set({ generation: { progress: msg.progress, elapsedMs: msg.elapsedMs } });
      return;
    case 'generateCancelled':
      if (get().phase === 'generating') set({ ...(get().generateUndo ?? { phase: 'idle' }), generation: null, generateUndo: null, generateCancelled: true });
      return;
    case 'generated':
      set({
        phase: 'generated',
        generation: null,
        generateUndo: null,
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
      set({ activeBackend: msg.backend, backendNote: msg.note ?? null, backendNotes: msg.notes ?? [], calibrating: false });
      return;
    case 'progress': {
      const phase = get().phase;
      // A late snapshot after a cancel or an error must not revive the bar.
      if (phase !== 'training' && phase !== 'paused') return;
      const s = get();
      set(applyProgress(s, msg.progress, s.summary ? trainWork(s.trainingModels, s.summary, activeScenario(s)) : undefined));
      return;
    }
    case 'trainPace': {
      const phase = get().phase;
      if (phase !== 'training' && phase !== 'paused') return;
      const s = get();
      set(applyPace(s, msg.pace, s.summary ? trainWork(s.trainingModels, s.summary, activeScenario(s)) : undefined));
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
      set({ phase: AFTER_ERROR[msg.during], error: { during: msg.during, message: msg.message, ...(msg.said ? { said: msg.said } : {}) } });
      if (msg.during === 'generate') set({ summary: null, resultsScenarioId: null, generation: null, generateUndo: null });
      return;
    default: {
      const unknown: never = msg;
      throw new Error(`Unknown worker message ${JSON.stringify(unknown)}`);
    }
  }
}
