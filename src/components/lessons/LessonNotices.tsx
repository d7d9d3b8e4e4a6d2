/**
 * What the lesson panel says when the page does not hold the lesson's run: another
 * world was picked (with the way back, or out), or a reload lost the trained models
 * (with the one click that rebuilds them and goes back to the step reached).
 */
import { useTranslation } from 'react-i18next';
import type { LessonProgress } from '../../lessons/types';
import { useLessonActions, useLessonPanel } from '../../store/lessonSelectors';

/** The page shows another world than the lesson's. */
export function WorldNotice() {
  const { t } = useTranslation('lessons');
  const { lessonWorld, pageWorld, busy } = useLessonPanel();
  const { lessonToWorld, exitLesson } = useLessonActions();
  if (!lessonWorld) return null;
  return (
    <div className="lesson-notice" role="status" data-testid="lesson.world" data-world={lessonWorld}>
      <p>{t('panel.world.text', { world: t(`panel.world.names.${lessonWorld}`), shown: t(`panel.world.names.${pageWorld}`) })}</p>
      <div className="lesson-notice__actions">
        <button type="button" className="button button--primary" data-testid="lesson.world.back" onClick={lessonToWorld} disabled={busy}>
          {t('panel.world.back')}
        </button>
        <button type="button" className="button" data-testid="lesson.world.leave" onClick={exitLesson}>
          {t('panel.exit')}
        </button>
      </div>
    </div>
  );
}

/** A reload lost the run behind the step the learner had reached. */
export function ResumeOffer({ lesson }: { lesson: LessonProgress }) {
  const { t } = useTranslation('lessons');
  const { busy, generateRefused } = useLessonPanel();
  const { rebuildLessonRun } = useLessonActions();
  if (lesson.resumeStep === undefined || lesson.resumeStep <= lesson.step) return null;
  const n = lesson.resumeStep + 1;
  return (
    <div className="lesson-notice" data-testid="lesson.resume" data-step={n}>
      <p>{t('panel.resume.text', { n })}</p>
      <div className="lesson-notice__actions">
        <button type="button" className="button button--primary" data-testid="lesson.resume.rebuild" onClick={rebuildLessonRun} disabled={busy || generateRefused}>
          {t('panel.resume.button', { n })}
        </button>
      </div>
      <p className="lesson-action__status" role="status" data-testid="lesson.resume.status">
        {busy ? t('panel.resume.working') : ''}
      </p>
    </div>
  );
}
