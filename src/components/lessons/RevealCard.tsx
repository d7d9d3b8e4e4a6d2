/**
 * The reveal: the learner's prediction beside what the A/B test measured, in words
 * and numbers (the two values, their ratio, and where the ratio falls on the
 * learner's scale), a verdict, the further comparison (clicks), and why.
 * The bars repeat the two numbers for the room; the sentences carry them for a screen reader.
 */
import { useLessonT } from './useLessonT';
import type { TFunction } from 'i18next';
import { sentenceGap } from '../../i18n/spacing';
import { unclickedCvr, type UnclickedCvr } from '../../lessons/bias';
import { QUESTIONS } from '../../lessons/questions';
import { judgePrediction, type RevealOutcome } from '../../lessons/reveal';
import type { LessonProgress, LessonStep } from '../../lessons/types';
import { useLessonPanel } from '../../store/lessonSelectors';
import { POLICY_COLORS } from '../charts/palette';
import { useLessonFormat, type LessonFormat } from './lessonFormat';
import { cap, policyName } from './text';

function verdictKey(o: RevealOutcome): string {
  if (o.verdict === 'rightWinner') return o.sizeOff < 0 ? 'reveal.verdict.bigger' : 'reveal.verdict.smaller';
  return `reveal.verdict.${o.verdict}`;
}

/**
 * The second reveal's evidence, as measured: which conversion estimate orders the
 * would-be buyers better over every impression, then each one's level where nobody
 * clicked (both may miss it; ESMM's level is never supervised).
 */
function biasText(t: TFunction<'lessons'>, bias: UnclickedCvr, fmt: LessonFormat): string {
  const esmm = policyName(t, bias.esmmId);
  const auc = (v: number) => fmt.decimal(v, 3);
  const order = bias.order ? t(`reveal.biasOrder.${bias.order.verdict}`, { esmm, esmmAuc: auc(bias.order.esmm), baseAuc: auc(bias.order.base) }) : '';
  const verdict =
    bias.baseSide === bias.esmmSide
      ? t(`reveal.levelVerdict.both.${bias.baseSide}`)
      : t('reveal.levelVerdict.each', { esmm, base: t(`reveal.levelVerdict.one.${bias.baseSide}`), ours: t(`reveal.levelVerdict.one.${bias.esmmSide}`) });
  const level = t('reveal.biasLevel', { esmm, baseShare: fmt.share(bias.base), esmmShare: fmt.share(bias.esmm), truthShare: fmt.share(bias.truth), verdict });
  return [order, level].filter(Boolean).join(sentenceGap());
}

export function RevealCard({ lesson, step }: { lesson: LessonProgress; step: LessonStep }) {
  const { t } = useLessonT();
  const fmt = useLessonFormat();
  const { result } = useLessonPanel();
  const question = QUESTIONS[step.question!];
  const prediction = lesson.predictions[question.id] ?? {};
  const o = result ? judgePrediction(question, prediction, result) : undefined;
  if (!o) return <p className="lesson-panel__blocked">{t('panel.blocked.result')}</p>;
  const { pair } = o;
  const unit = t(`metric.${pair.metric}.unit`);
  const numbers = { winnerValue: fmt.amount(pair.winnerValue), loserValue: fmt.amount(pair.loserValue), unit, ratio: fmt.times(pair.ratio), metric: t(`metric.${pair.metric}.name`) };
  const yours =
    prediction.ratio === 'same'
      ? // The winner picked beside "about the same" is shown too: the summary counts it.
        prediction.winner
        ? t('reveal.yoursSameLean', { winner: policyName(t, prediction.winner) })
        : t('reveal.yoursSame')
      : cap(t('reveal.yoursText', { winner: prediction.winner ? policyName(t, prediction.winner) : '–', size: prediction.ratio ? t(`predict.ratioInline.${prediction.ratio}`) : '–' }));
  const measured =
    o.actualBucket === 'same'
      ? t('reveal.sameText', numbers)
      : t('reveal.winnerText', { ...numbers, winner: policyName(t, pair.winner), loser: policyName(t, pair.loser) });
  const good = o.verdict === 'spotOn' || o.verdict === 'rightWinner';
  const bias = question.id === 'shopBase' && result ? unclickedCvr(result) : undefined;
  const bars = [
    { policy: pair.winner, value: pair.winnerValue },
    { policy: pair.loser, value: pair.loserValue },
  ];
  const max = Math.max(pair.winnerValue, pair.loserValue) || 1;
  return (
    <div className="reveal" data-testid="lesson.reveal" data-verdict={o.verdict} data-winner={pair.winner} data-ratio={pair.ratio}>
      <p className={`reveal__verdict ${good ? 'reveal__verdict--good' : 'reveal__verdict--miss'}`} data-testid="reveal.verdict">
        {cap(t(verdictKey(o), { winner: policyName(t, pair.winner) }))}
      </p>
      <div className="reveal__block">
        <h4 className="reveal__label">{t('reveal.yours')}</h4>
        <p className="reveal__text" data-testid="reveal.prediction">
          {yours}
        </p>
      </div>
      <div className="reveal__block">
        <h4 className="reveal__label">{t('reveal.measured')}</h4>
        <ul className="reveal-bars" aria-hidden="true">
          {bars.map((bar) => (
            <li key={bar.policy} className="reveal-bars__row">
              <span className="reveal-bars__name">{cap(policyName(t, bar.policy))}</span>
              <span className="reveal-bars__track">
                <span className="reveal-bars__fill" style={{ width: `${(bar.value / max) * 100}%`, background: POLICY_COLORS[bar.policy] }} />
              </span>
              <span className="reveal-bars__value">{fmt.amount(bar.value)}</span>
            </li>
          ))}
        </ul>
        <p className="lesson-panel__note" aria-hidden="true">
          {unit}
        </p>
        <p className="reveal__text" data-testid="reveal.result">
          {measured} {t('reveal.sizeMeasured', { bucket: t(`predict.ratioLabels.${o.actualBucket}`) })}
        </p>
      </div>
      {o.also.map((a) => (
        <p key={a.metric} className="reveal__text" data-testid="reveal.also">
          {t('reveal.also', {
            winner: policyName(t, a.winner),
            loser: policyName(t, a.loser),
            ratio: fmt.times(a.ratio),
            metric: t(`metric.${a.metric}.name`),
            winnerValue: fmt.amount(a.winnerValue),
            loserValue: fmt.amount(a.loserValue),
            unit: t(`metric.${a.metric}.unit`),
          })}
        </p>
      ))}
      {bias ? (
        <p className="reveal__text" data-testid="reveal.bias">
          {biasText(t, bias, fmt)}
        </p>
      ) : null}
      <h4 className="reveal__label">{t('reveal.why')}</h4>
      <p className="reveal__text">{t(`${lesson.id}.steps.${step.id}.text`)}</p>
    </div>
  );
}
