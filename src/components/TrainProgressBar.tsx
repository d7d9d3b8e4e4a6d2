/**
 * How far training is: one bar over all the models (an accessible progressbar),
 * which model is training, its epoch and speed, the time left (and a warning when it
 * is very long); while `auto` times the backends, for how long; when done, how long
 * each model took.
 */
import { useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { modelLabel } from '../store/models';
import { useTrainProgress } from '../store/selectors';
import { LongRunWarning } from './progress/LongRunWarning';
import { TrainTimeLeft } from './progress/TrainTimeLeft';
import { useTrainTimeLeft } from './progress/useTimeLeft';
import { formatAmount, formatCount, formatDuration, formatRate } from './format';

/** Seconds since this mounted, counting up once a second. */
function useSecondsSinceMount(): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const start = performance.now();
    const timer = setInterval(() => setSeconds(Math.floor((performance.now() - start) / 1000)), 1000);
    return () => clearInterval(timer);
  }, []);
  return seconds;
}

/** The status while `auto` times the backends: after a few seconds, for how long and why. */
function MeasuringStatus() {
  const { t } = useTranslation();
  const seconds = useSecondsSinceMount();
  return <>{seconds < 3 ? t('train.status.measuring') : t('train.status.measuringFor', { seconds })}</>;
}

export function TrainProgressBar() {
  const { progress, percent, phase, stats, world, measuring } = useTrainProgress();
  const { t } = useTranslation();
  const timeLeftMs = useTrainTimeLeft();
  const shown = Math.round(percent);
  const running = phase === 'training' || phase === 'paused';
  let status = t('train.status.notTrained');
  if (progress && running) {
    const where = { model: modelLabel(progress.modelId, world), epoch: progress.epoch, epochs: progress.epochs };
    status = phase === 'paused' ? t('train.status.pausedEpoch', where) : t('train.status.epoch', where);
  } else if (running) status = measuring ? t('train.status.measuring') : t('train.status.starting');
  else if (stats && (phase === 'trained' || phase === 'comparing' || phase === 'compared')) {
    status = stats.length === 2 ? t('train.status.bothTrained') : t('train.status.allTrained', { n: stats.length });
  } else if (stats) status = t('train.status.previous');
  else if (progress) status = t('train.status.stopped');
  const measuringNow = running && !progress && measuring;

  return (
    <div className="progress" data-testid="train.progress-panel">
      <div className="progress__status">
        <span data-testid="train.status">{measuringNow ? <MeasuringStatus /> : status}</span>
        <span className="progress__numbers">
          {/* While paused the speed would be stale: nothing is being learned. */}
          {progress && phase === 'training' ? (
            <>
              <span data-testid="train.speed" data-value={progress.examplesPerSec}>
                {t('train.speed', { rate: formatRate(progress.examplesPerSec) })}
              </span>
              {' · '}
            </>
          ) : null}
          <TrainTimeLeft ms={timeLeftMs} />
          <span>{t('train.done', { percent: shown })}</span>
        </span>
      </div>
      <div
        className={`progress__track${phase === 'paused' ? ' progress__track--paused' : ''}`}
        role="progressbar"
        aria-label={t('train.progressLabel')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={shown}
        aria-valuetext={t('train.progressValue', { percent: shown, status })}
        data-testid="train.progress"
      >
        <div className="progress__fill" style={{ width: `${percent}%` }} />
      </div>
      {phase === 'training' ? <LongRunWarning ms={timeLeftMs} kind="train" /> : null}
      {stats && !running ? (
        <ul className="progress__stats" data-testid="train.stats">
          {stats.map((s) => (
            <li key={s.modelId} data-model={s.modelId}>
              <Trans
                t={t}
                i18nKey="train.stat"
                values={{
                  model: modelLabel(s.modelId, world),
                  epochs: s.epochs,
                  rows: formatCount(s.trainRows),
                  examples: formatCount(s.examples),
                  duration: formatDuration(s.ms),
                  backend: s.backend,
                  rate: formatRate(s.examplesPerSec),
                  loss: formatAmount(s.finalLoss),
                }}
                components={{ name: <strong /> }}
              />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
