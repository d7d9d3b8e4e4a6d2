/**
 * How far training is: one bar over all the models (an accessible progressbar),
 * which model is training, its epoch and speed; when done, how long each took.
 */
import { modelLabel } from '../store/models';
import { useTrainProgress } from '../store/selectors';
import { formatAmount, formatDuration, formatRate } from './format';
import { TrainTimeLeft } from './progress/TrainTimeLeft';

export function TrainProgressBar() {
  const { progress, percent, phase, stats, world, measuring } = useTrainProgress();
  const shown = Math.round(percent);
  const running = phase === 'training' || phase === 'paused';
  let status = 'Not trained yet.';
  if (progress && running) {
    status = `${phase === 'paused' ? 'Paused: ' : ''}${modelLabel(progress.modelId, world)}, epoch ${progress.epoch} of ${progress.epochs}`;
  } else if (running) status = measuring ? 'Measuring which backend is fastest on this machine…' : 'Starting the backend…';
  else if (stats && (phase === 'trained' || phase === 'comparing' || phase === 'compared')) {
    status = stats.length === 2 ? 'Both models are trained.' : `All ${stats.length} models are trained.`;
  } else if (stats) status = 'Not trained for this scenario or these settings yet: the numbers below are from the previous training.';
  else if (progress) status = 'Stopped.';

  return (
    <div className="progress" data-testid="train.progress-panel">
      <div className="progress__status">
        <span data-testid="train.status">{status}</span>
        <span className="progress__numbers">
          {/* While paused the speed would be stale: nothing is being learned. */}
          {progress && phase === 'training' ? (
            <>
              <span data-testid="train.speed" data-value={progress.examplesPerSec}>
                {formatRate(progress.examplesPerSec)} examples/s
              </span>
              {' · '}
            </>
          ) : null}
          <TrainTimeLeft />
          <span>{shown} % done</span>
        </span>
      </div>
      <div
        className={`progress__track${phase === 'paused' ? ' progress__track--paused' : ''}`}
        role="progressbar"
        aria-label="Training progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={shown}
        aria-valuetext={`${shown} percent: ${status}`}
        data-testid="train.progress"
      >
        <div className="progress__fill" style={{ width: `${percent}%` }} />
      </div>
      {stats && !running ? (
        <ul className="progress__stats" data-testid="train.stats">
          {stats.map((s) => (
            <li key={s.modelId} data-model={s.modelId}>
              <strong>{modelLabel(s.modelId, world)}</strong>: {s.epochs} epochs over {s.examples.toLocaleString('en-US')} examples in{' '}
              {formatDuration(s.ms)} on {s.backend} ({formatRate(s.examplesPerSec)} examples/s), final loss {formatAmount(s.finalLoss)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
