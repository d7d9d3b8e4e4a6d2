/**
 * The lesson panel: which lesson, step n of m, the step's text and its one action,
 * Back and Next (Next opens when the step's checkpoint passes, and says why not
 * otherwise), Reset room (asked twice) and leaving the lesson. Beside the page on a
 * wide screen, above it on a narrow one. A step longer than the panel fades at the
 * bottom with a "More below" button, and ↓ / ↑ scroll it in presenter mode, where
 * the arrows, PageDown / PageUp and Space step (see `lessons/keyboard.ts`).
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useLessonT } from './useLessonT';
import { LESSONS } from '../../lessons';
import type { LessonStep } from '../../lessons/types';
import { useLessonActions, useLessonPanel } from '../../store/lessonSelectors';
import { LessonFocusContext, type LessonFocus } from './lessonFocus';
import { ResetButton } from './ResetButton';
import { ResumeOffer, WorldNotice } from './LessonNotices';
import { StepBody } from './StepBody';
import { usePresenterKeys } from './usePresenterKeys';
import { useStepOverflow } from './useStepOverflow';
import './lessons.css';

/** Why Next is closed, in the words of the step. */
function blockedKey(step: LessonStep, busy: boolean, otherWorld: boolean): string {
  // An action step says "Working on it…" beside its button already: here, what Next waits for.
  if (busy) return step.kind === 'generate' || step.kind === 'train' || step.kind === 'compare' ? 'panel.blocked.busy' : 'panel.working';
  if (otherWorld && (step.kind === 'generate' || step.kind === 'train' || step.kind === 'compare')) return 'panel.blocked.world';
  switch (step.kind) {
    case 'generate':
    case 'train':
    case 'compare':
    case 'predict':
    case 'chooseGoal':
    case 'chooseObjective':
      return `panel.blocked.${step.kind}`;
    default:
      return 'panel.blocked.result';
  }
}

export function LessonPanel() {
  const { t } = useLessonT();
  const { lesson, presenter, canNext, busy, lessonWorld } = useLessonPanel();
  const { nextStep, previousStep, resetRoom, exitLesson } = useLessonActions();
  const title = useRef<HTMLHeadingElement>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  const stepKey = lesson ? `${lesson.id}.${lesson.step}` : null;
  const shown = useRef(stepKey);
  const overflow = useStepOverflow(stepKey);
  usePresenterKeys(presenter && lesson !== null, nextStep, previousStep, overflow.scrollBy);
  const focusNext = useCallback((orStep: boolean) => {
    const next = nextButton.current;
    if (next && !next.disabled) next.focus();
    else if (orStep) overflow.section.current?.focus({ preventScroll: true });
  }, [overflow.section]);
  const focus: LessonFocus = useMemo(() => ({ focusNext }), [focusNext]);

  // A new step takes the focus to its title, so a screen reader reads it and Tab starts there (not on page load).
  useEffect(() => {
    if (shown.current === stepKey) return;
    shown.current = stepKey;
    title.current?.focus({ preventScroll: true });
  }, [stepKey]);

  if (!lesson) return null;
  const def = LESSONS[lesson.id];
  const step = def.steps[lesson.step];
  const total = def.steps.length;
  const last = lesson.step === total - 1;
  return (
    <aside className="lesson-panel" aria-labelledby="lesson-panel-title" data-testid="lesson.panel" data-lesson={lesson.id}>
      <header className="lesson-panel__head">
        <h2 id="lesson-panel-title" className="lesson-panel__lesson">
          <span className="lesson-panel__kicker">{t('panel.region')}</span> {t(`titles.${lesson.id}`)}
        </h2>
        <p className="lesson-panel__progress" data-testid="lesson.progress" data-step={lesson.step + 1} data-total={total}>
          {t('panel.progress', { n: lesson.step + 1, total })}
        </p>
        <ol className="lesson-dots" aria-hidden="true">
          {def.steps.map((s, i) => (
            <li key={s.id} className={i < lesson.step ? 'is-done' : i === lesson.step ? 'is-current' : undefined} />
          ))}
        </ol>
      </header>
      <WorldNotice />
      <ResumeOffer lesson={lesson} />
      {/* Scrolls on its own when long, so Back and Next stay in view; focusable so the keyboard can scroll it. */}
      <section
        key={stepKey}
        ref={overflow.section}
        id="lesson-step"
        className={`lesson-step${overflow.moreBelow ? ' has-more' : ''}${overflow.moreAbove ? ' has-more-above' : ''}`}
        tabIndex={0}
        data-testid="lesson-step"
        data-step={step.id}
        data-kind={step.kind}
        data-more-below={overflow.moreBelow ? '1' : '0'}
        aria-labelledby="lesson-step-title"
      >
        <div ref={overflow.content} className="lesson-step__content">
          <h3 id="lesson-step-title" ref={title} tabIndex={-1} className="lesson-step__title">
            {t(`${lesson.id}.steps.${step.id}.title`)}
          </h3>
          <LessonFocusContext.Provider value={focus}>
            <StepBody lesson={lesson} step={step} />
          </LessonFocusContext.Provider>
        </div>
      </section>
      {overflow.moreBelow ? (
        <button type="button" className="lesson-more" data-testid="lesson.more" aria-controls="lesson-step" onClick={() => overflow.scrollBy(1)}>
          {t('panel.moreBelow')} <span aria-hidden="true">↓</span>
        </button>
      ) : null}
      <footer className="lesson-panel__foot">
        {!canNext && !last ? (
          <p id="lesson-blocked" className="lesson-panel__blocked" data-testid="lesson.blocked">
            {t(blockedKey(step, busy, lessonWorld !== null))}
          </p>
        ) : null}
        <div className="lesson-panel__nav">
          <button type="button" className="button" data-testid="lesson.back" onClick={previousStep} disabled={lesson.step === 0}>
            ← {t('panel.back')}
          </button>
          {last ? null : (
            <button
              ref={nextButton}
              type="button"
              className={`button button--primary${canNext ? ' lesson-next--open' : ''}`}
              data-testid="lesson.next"
              onClick={nextStep}
              disabled={!canNext}
              aria-describedby={canNext ? undefined : 'lesson-blocked'}
            >
              {t('panel.next')} →
            </button>
          )}
        </div>
        <div className="lesson-panel__tools">
          <ResetButton presenter={presenter} onReset={resetRoom} />
          <button type="button" className="button button--quiet" data-testid="lesson.exit" onClick={exitLesson}>
            {t('panel.exit')}
          </button>
        </div>
        <p id="lesson-reset-hint" className="visually-hidden">
          {t('panel.resetHint')}
        </p>
        {presenter ? (
          <p className="lesson-panel__note" data-testid="lesson.keys">
            {t('panel.keys')}
          </p>
        ) : null}
      </footer>
    </aside>
  );
}
