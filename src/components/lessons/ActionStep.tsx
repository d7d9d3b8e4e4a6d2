/**
 * A step that asks for one of the app's actions (Generate, Train, Compare): the
 * panel's own button for it (outlined, like the page's button it mirrors), what is
 * happening now, and once done, what to look at.
 */
import { useTranslation } from 'react-i18next';
import type { LessonProgress, LessonStep } from '../../lessons/types';
import { useLessonActions, useLessonPanel, useTrainPercent } from '../../store/lessonSelectors';

function TrainPercent() {
  const { t } = useTranslation('lessons');
  const percent = useTrainPercent();
  return <span className="lesson-action__percent">{t('panel.training', { percent: `${Math.floor(percent)} %` })}</span>;
}

export function ActionStep({ lesson, step, kind }: { lesson: LessonProgress; step: LessonStep; kind: 'generate' | 'train' | 'compare' }) {
  const { t, i18n } = useTranslation('lessons');
  const { stepDone, busy, phase, generateRefused, lessonWorld } = useLessonPanel();
  const refused = kind === 'generate' && generateRefused;
  const { runStepAction } = useLessonActions();
  const doneKey = `${lesson.id}.steps.${step.id}.done`;
  const training = phase === 'training' || phase === 'paused';
  return (
    <div className="lesson-action" data-done={stepDone}>
      <button
        type="button"
        className={`button ${stepDone ? '' : 'button--primary lesson-target'}`}
        data-testid="lesson.action"
        data-action={kind}
        onClick={runStepAction}
        disabled={busy || refused}
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
        <p className="lesson-step__done" data-testid="lesson.done">
          {t(doneKey)}
        </p>
      ) : !stepDone && !lessonWorld ? (
        <p className="lesson-panel__note">{t('panel.inPage')}</p>
      ) : null}
    </div>
  );
}
