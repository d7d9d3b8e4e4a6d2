/**
 * The prediction before a reveal: which of two policies earns more of the metric
 * (radio buttons named by the policies), and roughly how many times more (four
 * answers, each named by the range of ratios it covers). Each answer is recorded at
 * once; the form locks once the result has been shown. An answer picked with the
 * pointer sends the focus on to Next (see `usePointerPick`), so a presenter's →
 * cannot change it.
 */
import { useRef } from 'react';
import { useLessonT } from './useLessonT';
import { QUESTIONS } from '../../lessons/questions';
import { RATIO_BUCKETS } from '../../lessons/ratio';
import type { LessonProgress, QuestionId } from '../../lessons/types';
import { useLessonActions } from '../../store/lessonSelectors';
import { usePointerPick } from './lessonFocus';

export function PredictionForm({ lesson, question }: { lesson: LessonProgress; question: QuestionId }) {
  const { t } = useLessonT();
  const { predict } = useLessonActions();
  const q = QUESTIONS[question];
  const answer = lesson.predictions[question] ?? {};
  const locked = lesson.revealed.includes(question);
  const sizeGroup = useRef<HTMLFieldSetElement>(null);
  const { handlers, picked } = usePointerPick();
  // In a short panel the second question may be out of view: bring it in once the first is answered.
  const chooseWinner = (winner: (typeof q.policies)[number]) => {
    predict(question, { winner });
    picked();
    sizeGroup.current?.scrollIntoView({ block: 'nearest' });
  };
  const chooseRatio = (ratio: (typeof RATIO_BUCKETS)[number]['id']) => {
    predict(question, { ratio });
    picked();
  };
  return (
    <form className="lesson-form" data-testid="lesson.predict" data-question={question} onSubmit={(e) => e.preventDefault()} {...handlers}>
      <fieldset className="choice-group" disabled={locked}>
        <legend>{t('predict.winner', { metric: t(`metric.${q.metric}.name`) })}</legend>
        {q.policies.map((p) => (
          <label key={p} className="choice">
            <input type="radio" name={`${question}-winner`} value={p} checked={answer.winner === p} onChange={() => chooseWinner(p)} data-testid={`predict.winner.${p}`} />
            <span className="choice__label">{t(`policyLong.${p}`)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset ref={sizeGroup} className="choice-group" disabled={locked}>
        <legend>{t('predict.ratio')}</legend>
        {RATIO_BUCKETS.map((b) => (
          <label key={b.id} className="choice">
            <input type="radio" name={`${question}-ratio`} value={b.id} checked={answer.ratio === b.id} onChange={() => chooseRatio(b.id)} data-testid={`predict.ratio.${b.id}`} />
            <span className="choice__label">{t(`predict.ratioLabels.${b.id}`)}</span>
          </label>
        ))}
      </fieldset>
      {locked ? <p className="lesson-panel__note">{t('predict.locked')}</p> : null}
    </form>
  );
}
