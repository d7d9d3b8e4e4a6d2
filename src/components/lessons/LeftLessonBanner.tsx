/**
 * Says that a link left the lesson in progress (it opened another scenario), with
 * the way back to it; the page shows what the link asked for until then.
 */
import { useTranslation } from 'react-i18next';
import { LESSONS } from '../../lessons';
import { useLeftLesson, useLessonActions } from '../../store/lessonSelectors';

export function LeftLessonBanner() {
  const { t } = useTranslation('lessons');
  const { left, busy } = useLeftLesson();
  const { returnToLesson, dismissLeftLesson } = useLessonActions();
  if (!left) return null;
  return (
    <div className="banner banner--info lesson-left" role="status" data-testid="lesson.left" data-lesson={left.id}>
      <p>{t('left.text', { title: t(`titles.${left.id}`), n: Math.max(left.step, left.resumeStep ?? 0) + 1, total: LESSONS[left.id].steps.length })}</p>
      <div className="lesson-notice__actions">
        <button type="button" className="button button--primary" data-testid="lesson.left.back" onClick={returnToLesson} disabled={busy}>
          {t('left.back')}
        </button>
        <button type="button" className="button button--quiet" data-testid="lesson.left.dismiss" onClick={dismissLeftLesson}>
          {t('left.dismiss')}
        </button>
      </div>
    </div>
  );
}
