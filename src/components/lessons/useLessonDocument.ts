/**
 * Marks the document for the lesson's styles, so no page component needs to know
 * about lessons: `html.has-lesson` (the panel's column), `html.presenter` (large
 * type, advanced controls hidden) and `html[data-lesson-target]`, the button the
 * current step asks for until it is done (outlined by `lessons.css`).
 * On a new step it also scrolls the part of the page the step is about into view.
 */
import { useEffect } from 'react';
import { LESSONS } from '../../lessons';
import { useLessonPanel } from '../../store/lessonSelectors';

/** The section of the page each target names (the steps' `data-testid`). */
const SECTIONS = { scenario: 'scenario', generate: 'step.generate', train: 'step.train', compare: 'step.compare', results: 'results-ready' } as const;

export function useLessonDocument(): void {
  const { lesson, presenter, stepDone, lessonWorld } = useLessonPanel();
  const step = lesson ? LESSONS[lesson.id].steps[lesson.step] : undefined;
  // On another world than the lesson's, the page's button would build the wrong one: nothing is outlined.
  const outlined = step && !stepDone && !lessonWorld && (step.kind === 'generate' || step.kind === 'train' || step.kind === 'compare') ? step.kind : null;

  useEffect(() => {
    const root = document.documentElement;
    root.classList.toggle('has-lesson', lesson !== null);
    root.classList.toggle('presenter', presenter);
    if (outlined) root.dataset.lessonTarget = outlined;
    else delete root.dataset.lessonTarget;
  }, [lesson, presenter, outlined]);

  const target = step?.target;
  const stepKey = lesson ? `${lesson.id}.${lesson.step}` : null;
  useEffect(() => {
    if (!stepKey || !target) return;
    // Side by side only: where the panel sits above the page, scrolling would hide it.
    if (!window.matchMedia('(min-width: 900px)').matches) return;
    document.querySelector(`[data-testid="${SECTIONS[target]}"]`)?.scrollIntoView({ block: 'start' });
  }, [stepKey, target]);
}
