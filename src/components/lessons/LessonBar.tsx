/**
 * The lessons menu above the page: a button per guided lesson and the presenter
 * mode switch. It also puts the lesson's marks on the document (see
 * `useLessonDocument`), so the page can outline the button a step asks for.
 */
import { useLessonT } from './useLessonT';
import { LESSON_IDS } from '../../lessons/types';
import { useLessonActions, useLessonMenu } from '../../store/lessonSelectors';
import { useStore } from '../../store';
import { LeftLessonBanner } from './LeftLessonBanner';
import { useLessonDocument } from './useLessonDocument';

export function LessonBar() {
  const { t } = useLessonT();
  const { active, presenter, busy } = useLessonMenu();
  const { startLesson, setPresenter } = useLessonActions();
  useLessonDocument();
  // A facilitator on a small world (the link's ?scenario=) keeps it when switching lessons.
  const start = (id: (typeof LESSON_IDS)[number]) => startLesson(id, useStore.getState().lesson?.scenarioOverride);
  return (
    <>
      <nav className="lesson-bar" aria-label={t('menu.label')} data-testid="lessons.menu">
        <span className="lesson-bar__label">{t('menu.label')}</span>
        <ul className="lesson-bar__list">
          {LESSON_IDS.map((id) => (
            <li key={id}>
              <button
                type="button"
                className={`button lesson-bar__lesson${active === id ? ' is-active' : ''}`}
                aria-current={active === id ? 'true' : undefined}
                data-testid={`lessons.start.${id}`}
                disabled={busy}
                onClick={() => start(id)}
              >
                {t(`titles.${id}`)}
              </button>
            </li>
          ))}
        </ul>
        <button type="button" className="button lesson-bar__presenter" aria-pressed={presenter} data-testid="presenter.toggle" onClick={() => setPresenter(!presenter)}>
          {t('menu.presenter')}
        </button>
        {busy ? <span className="lesson-bar__hint">{t('menu.busy')}</span> : null}
      </nav>
      <LeftLessonBanner />
    </>
  );
}
