/**
 * How far training is: one bar over all the models (an accessible progressbar),
 * which model is training, its epoch and speed; when done, how long each took.
 */
import { Trans, useTranslation } from 'react-i18next';
import { modelLabel } from '../store/models';
import { useTrainProgress } from '../store/selectors';
import { TrainTimeLeft } from './progress/TrainTimeLeft';
import { formatAmount, formatCount, formatDuration, formatRate } from './format';

export function TrainProgressBar() {
  const { progress, percent, phase, stats, world, measuring } = useTrainProgress();
  const { t } = useTranslation();
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

  return (
    <div className="progress" data-testid="train.progress-panel">
      <div className="progress__status">
        <span data-testid="train.status">{status}</span>
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
          <TrainTimeLeft />
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
