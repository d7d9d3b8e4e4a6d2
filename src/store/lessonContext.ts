/**
 * What the lessons read from the store: a plain snapshot for the checkpoints, and
 * which preset a lesson runs on in each world.
 */
import type { LessonContext, LessonProgress } from '../lessons/types';
import { activeScenario } from './activeScenario';
import type { World } from './models';
import { bundledScenarios, findScenario } from './scenarios';
import type { AppState } from './types';

/** Presets for tests and slow machines: a lesson that starts on one stays small in the other world too. */
const SMALL_SUFFIX = '-e2e-small';

/**
 * The preset a lesson uses in `world`: the one the link asked for when it is of that
 * world; the other world's small preset when the link asked for a small one; else
 * the world's default (the first bundled preset of the world).
 * @param override a preset id from the link (`?scenario=`), if any
 */
export function lessonScenarioId(world: World, override?: string): string {
  const asked = override ? findScenario(override) : undefined;
  if (asked?.world === world) return asked.id;
  const pool = bundledScenarios.filter((s) => s.world === world);
  if (asked?.id.endsWith(SMALL_SUFFIX)) {
    const small = pool.find((s) => s.id.endsWith(SMALL_SUFFIX));
    if (small) return small.id;
  }
  return pool[0].id;
}

/**
 * The state the checkpoints read.
 * @param progress the lesson progress to judge (the store's by default)
 * @returns null outside a lesson
 */
export function lessonContext(s: AppState, progress: LessonProgress | null = s.lesson): LessonContext | null {
  if (!progress) return null;
  const scenario = activeScenario(s);
  return {
    phase: s.phase,
    stale: s.stale,
    modelsStale: s.modelsStale,
    world: scenario.world,
    shopGoal: scenario.world === 'shop' ? scenario.goal : null,
    generated: s.summary !== null,
    trained: s.trainStats !== null,
    result: s.result,
    progress,
  };
}
