/**
 * Saved lesson progress comes back from localStorage: it is checked like any other
 * input, and whatever does not fit today's lessons is dropped rather than trusted.
 */
import { BUSINESS_GOALS, REASONS } from './objective';
import { RATIO_BUCKETS } from './ratio';
import { QUESTIONS } from './questions';
import type { LessonProgress, ObjectiveChoices, PolicyId, Prediction, QuestionId } from './types';
import { LESSON_IDS } from './types';

const POLICY_IDS: readonly PolicyId[] = ['random', 'ctr', 'watchTime', 'ctrXcvr', 'esmm', 'esmmNs', 'oracle'];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isQuestion = (v: unknown): v is QuestionId => typeof v === 'string' && Object.hasOwn(QUESTIONS, v);
const oneOf = <T extends string>(list: readonly T[], v: unknown): T | undefined => (list as readonly unknown[]).includes(v) ? (v as T) : undefined;

function checkPrediction(raw: unknown): Prediction | undefined {
  if (!isObject(raw)) return undefined;
  const p: Prediction = {};
  const winner = oneOf(POLICY_IDS, raw.winner);
  const ratio = oneOf(RATIO_BUCKETS.map((b) => b.id), raw.ratio);
  if (winner) p.winner = winner;
  if (ratio) p.ratio = ratio;
  return Object.keys(p).length ? p : undefined;
}

function checkChoices(raw: unknown): ObjectiveChoices {
  if (!isObject(raw)) return {};
  const c: ObjectiveChoices = {};
  const goal = oneOf(BUSINESS_GOALS, raw.goal);
  const objective = oneOf(POLICY_IDS, raw.objective);
  const reason = oneOf(REASONS, raw.reason);
  if (goal) c.goal = goal;
  if (objective) c.objective = objective;
  if (reason) c.reason = reason;
  return c;
}

/**
 * @param raw what was saved (any shape)
 * @returns the valid progress, or null when it names no lesson of today
 */
export function checkLessonProgress(raw: unknown): LessonProgress | null {
  if (!isObject(raw)) return null;
  const id = oneOf(LESSON_IDS, raw.id);
  if (!id) return null;
  const step = typeof raw.step === 'number' && Number.isInteger(raw.step) && raw.step >= 0 ? raw.step : 0;
  const predictions: LessonProgress['predictions'] = {};
  if (isObject(raw.predictions)) {
    for (const [q, p] of Object.entries(raw.predictions)) {
      const checked = checkPrediction(p);
      if (isQuestion(q) && checked) predictions[q] = checked;
    }
  }
  const revealed = Array.isArray(raw.revealed) ? [...new Set(raw.revealed.filter(isQuestion))] : [];
  const progress: LessonProgress = { id, step, predictions, revealed, choices: checkChoices(raw.choices) };
  if (typeof raw.scenarioOverride === 'string' && raw.scenarioOverride) progress.scenarioOverride = raw.scenarioOverride;
  if (typeof raw.resumeStep === 'number' && Number.isInteger(raw.resumeStep) && raw.resumeStep > step) progress.resumeStep = raw.resumeStep;
  return progress;
}
