/**
 * The guided lessons and the rules of moving through them: a step can be left
 * forwards only when its checkpoint passes, so the furthest step a learner may
 * stand on is the first one whose checkpoint fails.
 */
import { objectiveLesson } from './objectiveLesson';
import { shopLesson } from './shopLesson';
import type { Lesson, LessonContext, LessonId } from './types';
import { LESSON_IDS } from './types';
import { videoLesson } from './videoLesson';

export const LESSONS: Record<LessonId, Lesson> = { video: videoLesson, shop: shopLesson, objective: objectiveLesson };

export function isLessonId(value: unknown): value is LessonId {
  return typeof value === 'string' && (LESSON_IDS as readonly string[]).includes(value);
}

/** True when the learner may go from the current step to the next one. */
export function canAdvance(lesson: Lesson, ctx: LessonContext): boolean {
  const step = lesson.steps[ctx.progress.step];
  return step !== undefined && ctx.progress.step < lesson.steps.length - 1 && step.checkpoint(ctx);
}

/**
 * The step a learner may stand on when asking for `wanted` (a link, saved progress):
 * `wanted` itself if every step before it is done, else the first step not done.
 * @param wanted 0-based index; clamped to the lesson
 */
export function reachableStep(lesson: Lesson, ctx: LessonContext, wanted: number): number {
  const target = Math.max(0, Math.min(lesson.steps.length - 1, Math.floor(Number.isFinite(wanted) ? wanted : 0)));
  for (let i = 0; i < target; i++) {
    if (!lesson.steps[i].checkpoint({ ...ctx, progress: { ...ctx.progress, step: i } })) return i;
  }
  return target;
}

export { LESSON_IDS };
export type * from './types';
