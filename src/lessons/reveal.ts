/**
 * The reveal: the learner's prediction (which policy earns more, and roughly how
 * many times more) set against what the replay measured.
 */
import type { ReplayResult } from '../worker/protocol';
import { bucketIndex, bucketOf, comparePair, type PairResult } from './ratio';
import type { Prediction, Question, RatioBucket } from './types';

/**
 * - `spotOn`: the right winner and the right size (or "about the same" when it was);
 * - `rightWinner`: the right winner, the size off;
 * - `wrongWinner`: the other policy earned more;
 * - `missedGap`: the learner expected about the same, but one policy earned clearly more;
 * - `tooClose`: the learner expected a gap, but the two earned about the same.
 */
export type Verdict = 'spotOn' | 'rightWinner' | 'wrongWinner' | 'missedGap' | 'tooClose';

export interface RevealOutcome {
  question: Question;
  prediction: Prediction;
  /** The measured comparison of the question's two policies. */
  pair: PairResult;
  actualBucket: RatioBucket;
  /** Null when the two earned about the same: there is no winner to get right. */
  winnerRight: boolean | null;
  sizeRight: boolean;
  /**
   * Predicted size minus measured size, in answers (−3 to 3): below 0 the gap was
   * bigger than predicted, above 0 smaller. 0 when no size was predicted.
   */
  sizeOff: number;
  verdict: Verdict;
  /** The question's further comparisons, as measured (missing ones left out). */
  also: PairResult[];
}

/**
 * Judges a prediction against a result.
 * @returns undefined when the result does not hold the question's policies (another world)
 */
export function judgePrediction(question: Question, prediction: Prediction, result: ReplayResult): RevealOutcome | undefined {
  if (result.world !== question.world) return undefined;
  const pair = comparePair(result, question.metric, question.policies);
  if (!pair) return undefined;
  const actualBucket = bucketOf(pair.ratio);
  const sizeOff = prediction.ratio ? bucketIndex(prediction.ratio) - bucketIndex(actualBucket) : 0;
  const sizeRight = prediction.ratio === actualBucket;
  const close = actualBucket === 'same';
  const winnerRight = close ? null : prediction.winner === pair.winner;
  let verdict: Verdict;
  if (close) verdict = sizeRight ? 'spotOn' : 'tooClose';
  else if (prediction.ratio === 'same') verdict = 'missedGap';
  else if (!winnerRight) verdict = 'wrongWinner';
  else verdict = sizeRight ? 'spotOn' : 'rightWinner';
  const also = question.also.map((a) => comparePair(result, a.metric, a.policies)).filter((p): p is PairResult => p !== undefined);
  return { question, prediction, pair, actualBucket, winnerRight, sizeRight, sizeOff, verdict, also };
}

/** True when a prediction answers both parts of its question. */
export function isComplete(prediction: Prediction | undefined): boolean {
  return prediction?.winner !== undefined && prediction.ratio !== undefined;
}
