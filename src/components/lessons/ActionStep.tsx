/**
 * A step that asks for one of the app's actions (Generate, Train, Compare): the
 * panel's own button for it (outlined, like the page's button it mirrors), what is
 * happening now, and once done, what to look at.
 *
 * While the work runs the button stays focusable (aria-disabled, not disabled), so
 * the page's own buttons do not take the focus; when work started here ends, the
 * focus goes to Next. Work started with the page's own (outlined) button hands the
 * focus to Next as well, if it is still on that part of the page. So a presenter's
 * Space or → goes on instead of pressing the page's "Train again".
 */
import { useEffect, useRef, type MouseEvent } from 'react';
import { useLessonT } from './useLessonT';
import type { LessonProgress, LessonStep } from '../../lessons/types';
import { useLessonActions, useLessonPanel, useTrainPercent } from '../../store/lessonSelectors';
import { useLessonFocus } from './lessonFocus';

function TrainPercent() {
  const { t } = useLessonT();
  const percent = useTrainPercent();
  return <span className="lesson-action__percent">{t('panel.training', { percent: `${Math.floor(percent)} %` })}</span>;
}

export function ActionStep({ lesson, step, kind }: { lesson: LessonProgress; step: LessonStep; kind: 'generate' | 'train' | 'compare' }) {
  const { t, i18n } = useLessonT();
  const { stepDone, busy, phase, generateRefused, lessonWorld } = useLessonPanel();
  const refused = kind === 'generate' && generateRefused;
  const { runStepAction } = useLessonActions();
  const doneKey = `${lesson.id}.steps.${step.id}.done`;
  const training = phase === 'training' || phase === 'paused';
  const { focusNext } = useLessonFocus();
  const button = useRef<HTMLButtonElement>(null);
  const done = useRef<HTMLParagraphElement>(null);
  const startedHere = useRef(false);
  const startedOnPage = useRef(false);
  const run = (e: MouseEvent<HTMLButtonElement>) => {
    if (busy || refused) return;
    // Safari does not focus a clicked button: the focus must be here for the page not to take it.
    e.currentTarget.focus();
    startedHere.current = true;
    runStepAction();
  };
  // Work that starts while the focus is in the page's own section for this step was started with the page's button.
  useEffect(() => {
    if (busy && !startedHere.current) startedOnPage.current = document.activeElement?.closest(`[data-testid="step.${kind}"]`) != null;
  }, [busy, kind]);
  // The work started here (or with the page's button) has ended: on to Next (if it
  // opened), unless the focus went somewhere on purpose.
  useEffect(() => {
    if (busy || !(startedHere.current || startedOnPage.current)) return;
    const mine = startedHere.current ? button.current : document.querySelector(`[data-testid="step.${kind}"]`);
    startedHere.current = startedOnPage.current = false;
    const active = document.activeElement;
    if (!active || active === document.body || (mine && mine.contains(active))) focusNext(false);
  }, [busy, kind, focusNext]);
  // What to look at now comes at the end of the step: in a short panel, scroll the step to its end (past the fade).
  useEffect(() => {
    const step = stepDone ? done.current?.closest<HTMLElement>('.lesson-step') : null;
    if (step) step.scrollTop = step.scrollHeight;
  }, [stepDone]);
  return (
    <div className="lesson-action" data-done={stepDone}>
      <button
        ref={button}
        type="button"
        className={`button ${stepDone ? '' : 'button--primary lesson-target'}`}
        data-testid="lesson.action"
        data-action={kind}
        onClick={run}
        aria-disabled={busy}
        disabled={refused}
      >
        {t(`actions.${kind}`)}
      </button>
      <p className="lesson-action__status" role="status" data-testid="lesson.action.status">
        {busy ? t('panel.working') : stepDone ? `✓ ${t('panel.done')}` : ''}
      </p>
      {training ? <TrainPercent /> : null}
      {refused ? (
        <p className="lesson-panel__blocked" data-testid="lesson.action.refused">
          {t('panel.refusedKnobs')}
        </p>
      ) : null}
      {stepDone && i18n.exists(`lessons:${doneKey}`) ? (
        <p ref={done} className="lesson-step__done" data-testid="lesson.done">
          {t(doneKey)}
        </p>
      ) : !stepDone && !lessonWorld ? (
        <p className="lesson-panel__note">{t('panel.inPage')}</p>
      ) : null}
    </div>
  );
}
