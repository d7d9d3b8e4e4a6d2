/**
 * Lesson 3's two forms: the business goal (which opens its world), then the
 * objective to rank by, worded for that goal, and the reason for it. A choice made
 * with the pointer sends the focus on to Next (see `usePointerPick`).
 */
import { useLessonT } from './useLessonT';
import { BUSINESS_GOALS, GOAL_WORLD, OBJECTIVES, REASONS } from '../../lessons/objective';
import type { LessonProgress } from '../../lessons/types';
import { useLessonActions, useLessonPanel } from '../../store/lessonSelectors';
import { usePointerPick } from './lessonFocus';

export function GoalChoice({ lesson }: { lesson: LessonProgress }) {
  const { t } = useLessonT();
  const { chooseGoal } = useLessonActions();
  const { busy } = useLessonPanel();
  const { handlers, picked } = usePointerPick();
  return (
    <form className="lesson-form" data-testid="lesson.goal" onSubmit={(e) => e.preventDefault()} {...handlers}>
      <fieldset className="choice-group" disabled={busy}>
        <legend>{t('choose.goalQuestion')}</legend>
        {BUSINESS_GOALS.map((g) => (
          <label key={g} className="choice">
            <input type="radio" name="lesson-goal" value={g} checked={lesson.choices.goal === g} onChange={() => {
                chooseGoal(g);
                picked();
              }} data-testid={`choose.goal.${g}`} />
            <span className="choice__label">{t(`choose.goals.${g}.label`)}</span>
            <span className="choice__hint">{t(`choose.goals.${g}.hint`)}</span>
          </label>
        ))}
      </fieldset>
    </form>
  );
}

export function ObjectiveChoice({ lesson }: { lesson: LessonProgress }) {
  const { t } = useLessonT();
  const { chooseObjective } = useLessonActions();
  const goal = lesson.choices.goal;
  const { handlers, picked } = usePointerPick();
  if (!goal) return <p className="lesson-panel__blocked">{t('panel.blocked.chooseGoal')}</p>;
  return (
    <form className="lesson-form" data-testid="lesson.objective" onSubmit={(e) => e.preventDefault()} {...handlers}>
      <fieldset className="choice-group">
        <legend>{t('choose.objectiveQuestion')}</legend>
        {OBJECTIVES[GOAL_WORLD[goal]].map((p) => (
          <label key={p} className="choice">
            <input type="radio" name="lesson-objective" value={p} checked={lesson.choices.objective === p} onChange={() => {
                chooseObjective({ objective: p });
                picked();
              }} data-testid={`choose.objective.${p}`} />
            <span className="choice__label">{t(`choose.objectives.${goal}.${p}`)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="choice-group">
        <legend>{t('choose.reasonQuestion')}</legend>
        {REASONS.map((r) => (
          <label key={r} className="choice">
            <input type="radio" name="lesson-reason" value={r} checked={lesson.choices.reason === r} onChange={() => {
                chooseObjective({ reason: r });
                picked();
              }} data-testid={`choose.reason.${r}`} />
            <span className="choice__label">{t(`choose.reasons.${r}`)}</span>
          </label>
        ))}
      </fieldset>
    </form>
  );
}
