/**
 * The end of a lesson: what it taught in three points, how the learner's
 * predictions did (or what their objective earned against the best), and the
 * way on: another lesson, or start over.
 */
import { useLessonT } from './useLessonT';
import { LESSONS } from '../../lessons';
import { judgeObjective } from '../../lessons/objective';
import { QUESTIONS } from '../../lessons/questions';
import { judgePrediction, type RevealOutcome } from '../../lessons/reveal';
import { LESSON_IDS, type LessonProgress, type LessonStep } from '../../lessons/types';
import { useStore } from '../../store';
import { useLessonActions, useLessonPanel } from '../../store/lessonSelectors';
import { useLessonFormat } from './lessonFormat';

/** Every reveal of the lesson, judged against the result on screen. */
function outcomes(lesson: LessonProgress, result: ReturnType<typeof useLessonPanel>['result']): RevealOutcome[] {
  if (!result) return [];
  return LESSONS[lesson.id].steps
    .filter((s) => s.kind === 'reveal' && s.question)
    .map((s) => judgePrediction(QUESTIONS[s.question!], lesson.predictions[s.question!] ?? {}, result))
    .filter((o): o is RevealOutcome => o !== undefined);
}

export function LessonSummary({ lesson, step }: { lesson: LessonProgress; step: LessonStep }) {
  const { t } = useLessonT();
  const fmt = useLessonFormat();
  const { result } = useLessonPanel();
  const { startLesson } = useLessonActions();
  const judged = outcomes(lesson, result);
  // A right winner counts when the learner named it and expected a gap; "about the same" counts when it was.
  const right = judged.filter((o) => o.verdict === 'spotOn' || o.verdict === 'rightWinner').length;
  const exact = judged.filter((o) => o.verdict === 'spotOn').length;
  const objective = lesson.id === 'objective' && result ? judgeObjective(lesson.choices, result) : undefined;
  const key = `${lesson.id}.steps.${step.id}`;
  return (
    <div className="lesson-summary" data-testid="lesson.summary">
      <p className="lesson-step__text">{t(`${key}.text`)}</p>
      <ul className="lesson-summary__points">
        <li>{t(`${key}.point1`)}</li>
        <li>{t(`${key}.point2`)}</li>
        <li>{t(`${key}.point3`)}</li>
      </ul>
      {judged.length ? (
        <p className="lesson-summary__score" data-testid="lesson.score" data-right={right} data-total={judged.length}>
          {t('summary.score', { right, total: judged.length, exact })}
        </p>
      ) : null}
      {objective ? (
        <p className="lesson-summary__score" data-testid="lesson.score">
          {t('summary.objectiveScore', { share: fmt.share(objective.bestValue > 0 ? objective.pickedValue / objective.bestValue : 1, 0) })}
        </p>
      ) : null}
      <h4 className="reveal__label">{t('panel.another')}</h4>
      <div className="lesson-summary__next">
        {LESSON_IDS.filter((id) => id !== lesson.id).map((id) => (
          <button key={id} type="button" className="button" data-testid={`lesson.summary.start.${id}`} onClick={() => startLesson(id, useStore.getState().lesson?.scenarioOverride)}>
            {t(`titles.${id}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
