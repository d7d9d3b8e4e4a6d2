/**
 * The lesson in the link: `?lesson=video|shop|objective` opens a lesson,
 * `&step=N` (1-based) a step of it, `&presenter=1` presenter mode. With
 * `&scenario=<preset>` the lesson runs on that preset for its world (a small world
 * for tests and slow machines). The address bar follows the lesson as it moves.
 */
import type { Problem } from '../core/messages/problem';
import { isLessonId, LESSONS } from '../lessons';
import type { LessonId } from '../lessons/types';
import { placeLesson } from './lessonSlice';
import type { AppState } from './types';

export interface LessonUrl {
  lesson?: LessonId;
  /** 0-based step index asked for. */
  step?: number;
  presenter?: boolean;
  /** One problem per lesson parameter that was not understood. */
  problems: Problem[];
}

/** @param search a query string such as `location.search` */
export function readLessonUrl(search: string): LessonUrl {
  const params = new URLSearchParams(search);
  const out: LessonUrl = { problems: [] };
  const lesson = params.get('lesson');
  if (lesson !== null) {
    if (isLessonId(lesson.toLowerCase())) out.lesson = lesson.toLowerCase() as LessonId;
    else out.problems.push({ path: 'lesson', reason: { code: 'oneOf', values: Object.keys(LESSONS) }, got: JSON.stringify(lesson) });
  }
  const step = params.get('step');
  if (step !== null && out.lesson) {
    const n = Number(step);
    if (Number.isInteger(n) && n >= 1) out.step = n - 1;
    else out.problems.push({ path: 'step', reason: Number.isInteger(n) ? { code: 'atLeast', limit: 1 } : { code: 'integer' }, got: JSON.stringify(step) });
  }
  const presenter = params.get('presenter');
  if (presenter !== null) {
    if (presenter === '1' || presenter === '0') out.presenter = presenter === '1';
    else out.problems.push({ path: 'presenter', reason: { code: 'oneOf', values: ['1', '0'] }, got: JSON.stringify(presenter) });
  }
  return out;
}

/** The query string with the lesson's parameters set to the state's (others untouched). */
export function lessonSearch(current: string, s: Pick<AppState, 'lesson' | 'presenter'>): string {
  const params = new URLSearchParams(current);
  if (s.lesson) {
    params.set('lesson', s.lesson.id);
    params.set('step', String(s.lesson.step + 1));
  } else {
    params.delete('lesson');
    params.delete('step');
  }
  if (s.presenter) params.set('presenter', '1');
  else params.delete('presenter');
  return `?${params.toString()}`;
}

function writeLessonUrl(s: AppState): void {
  if (typeof window === 'undefined') return;
  const search = lessonSearch(window.location.search, s);
  if (search === window.location.search) return;
  const url = new URL(window.location.href);
  url.search = search;
  window.history.replaceState(null, '', url);
}

interface Store {
  getState(): AppState;
  setState(patch: Partial<AppState>): void;
  subscribe(listener: (s: AppState, prev: AppState) => void): () => void;
}

/**
 * Opens the link's lesson (or resumes the saved one) after the saved work and the
 * link's scenario are in the store, and keeps the address bar in step.
 *
 * - A link that names a lesson opens it (a saved lesson of the same id keeps its answers).
 * - A link that names a scenario or knobs but no lesson leaves the saved lesson: the page
 *   shows what the link asked for, and the lesson is kept aside (`leftLesson`) for the
 *   learner to go back to.
 * - Otherwise the saved lesson resumes.
 *
 * A lesson stands on the step asked for (the link's, or the saved one), but never past
 * the first step whose checkpoint fails: after a reload nothing is generated, so it waits
 * at its Generate step with the step it had reached kept as `resumeStep`, which the panel
 * offers to rebuild.
 * @param linkScenarioId the preset the link named, if any
 * @param linkNamesExperiment true when the link replaces the saved experiment (it validly names a
 *   scenario or knobs; see `linkExperiment`): a link whose experiment is all refused keeps the lesson too
 */
export function initLessons(store: Store, search: string, linkScenarioId: string | undefined, linkNamesExperiment = linkScenarioId !== undefined): void {
  const link = readLessonUrl(search);
  if (link.problems.length) store.setState({ linkProblems: [...store.getState().linkProblems, ...link.problems] });
  if (link.presenter !== undefined) store.setState({ presenter: link.presenter });
  const saved = store.getState().lesson;
  if (link.lesson && saved?.id !== link.lesson) store.getState().startLesson(link.lesson, linkScenarioId);
  else if (link.lesson && saved && linkScenarioId) store.setState({ lesson: { ...saved, scenarioOverride: linkScenarioId } });
  else if (!link.lesson && saved && linkNamesExperiment) store.setState({ lesson: null, leftLesson: saved });
  const s = store.getState();
  if (s.lesson) {
    const placed = placeLesson(s, s.lesson, link.step ?? Math.max(s.lesson.step, s.lesson.resumeStep ?? 0));
    if (placed.step !== s.lesson.step || placed.resumeStep !== s.lesson.resumeStep) store.setState({ lesson: placed });
    // A step past the lesson's end opens where the lesson can stand: said, like any other bad parameter.
    const steps = LESSONS[placed.id].steps.length;
    if (link.lesson && link.step !== undefined && link.step >= steps) {
      const problem: Problem = { path: 'step', reason: { code: 'noSuchStep', asked: link.step + 1, steps, opened: placed.step + 1 } };
      store.setState({ linkProblems: [...store.getState().linkProblems, problem] });
    }
  }
  writeLessonUrl(store.getState());
  store.subscribe((s, prev) => {
    if (s.lesson !== prev.lesson || s.presenter !== prev.presenter) writeLessonUrl(s);
  });
}
