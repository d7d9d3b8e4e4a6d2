/**
 * Lesson 3's reveal: whether the learner's objective earned the most of their
 * goal, what each objective earned (best first), a word on their reason, and the
 * lesson's explanation, with a note when this run went against it.
 */
import { useLessonT } from './useLessonT';
import { judgeObjective } from '../../lessons/objective';
import type { LessonProgress } from '../../lessons/types';
import { useLessonPanel } from '../../store/lessonSelectors';
import { POLICY_COLORS } from '../charts/palette';
import { useLessonFormat } from './lessonFormat';
import { cap } from './text';

export function VerdictCard({ lesson }: { lesson: LessonProgress }) {
  const { t } = useLessonT();
  const fmt = useLessonFormat();
  const { result } = useLessonPanel();
  const o = result ? judgeObjective(lesson.choices, result) : undefined;
  if (!o) return <p className="lesson-panel__blocked">{t('panel.blocked.result')}</p>;
  const name = (p: string) => t(`choose.short.${o.goal}.${p}`);
  const unit = t(`metric.${o.metric}.unit`);
  const max = o.ranking[0]?.value || 1;
  return (
    <div className="reveal" data-testid="lesson.verdict" data-picked={o.picked} data-best={o.best} data-ratio={o.ratio} data-goal={o.goal}>
      <p className={`reveal__verdict ${o.pickedWasBest ? 'reveal__verdict--good' : 'reveal__verdict--miss'}`} data-testid="verdict.result">
        {o.pickedWasBest
          ? t('choose.verdict.best', { picked: name(o.picked), metric: t(`metric.${o.metric}.name`), value: fmt.amount(o.pickedValue), unit })
          : t('choose.verdict.notBest', { picked: name(o.picked), value: fmt.amount(o.pickedValue), unit, best: name(o.best), ratio: fmt.times(o.ratio), bestValue: fmt.amount(o.bestValue) })}
      </p>
      <h4 className="reveal__label">{t('choose.verdict.ranking')}</h4>
      <ol className="reveal-bars" data-testid="verdict.ranking">
        {o.ranking.map((r) => (
          <li key={r.policy} className={`reveal-bars__row${r.policy === o.picked ? ' is-picked' : ''}`} data-policy={r.policy} data-value={r.value}>
            <span className="reveal-bars__name">{cap(name(r.policy))}</span>
            <span className="reveal-bars__track" aria-hidden="true">
              <span className="reveal-bars__fill" style={{ width: `${(r.value / max) * 100}%`, background: POLICY_COLORS[r.policy] }} />
            </span>
            <span className="reveal-bars__value">
              {fmt.amount(r.value)}
              <span className="visually-hidden"> {unit}</span>
            </span>
          </li>
        ))}
      </ol>
      <p className="lesson-panel__note">{unit}</p>
      <p className="reveal__text" data-testid="verdict.reason">
        {t(`choose.feedback.${lesson.choices.reason}`)}
      </p>
      <h4 className="reveal__label">{t('reveal.why')}</h4>
      <p className="reveal__text">{t(`choose.verdict.explain.${o.goal}`)}</p>
      {o.matchingWon ? null : <p className="reveal__text">{t('choose.verdict.surprise', { best: name(o.best) })}</p>}
    </div>
  );
}
