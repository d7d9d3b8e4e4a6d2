/**
 * Step 2: train the case's models on the same logs (video: the click and the
 * watch-time model; shop: CTR, CVR and ESMM), with live loss curves and held-out
 * AUC per epoch.
 */
import { useScenario, useTrainControls } from '../store/selectors';
import { AucChart } from './charts/AucChart';
import { LossChart } from './charts/LossChart';
import { Step } from './Step';
import { TrainProgressBar } from './TrainProgressBar';
import { WORLD_TEXT } from './worldText';

export function TrainStep() {
  const { phase, cancelled, canTrain, train, pause, resume, cancel } = useTrainControls();
  const running = phase === 'training' || phase === 'paused';
  const waiting = !running && !canTrain && phase !== 'comparing';
  const { world } = useScenario();
  return (
    <Step
      number={2}
      testId="step.train"
      title={WORLD_TEXT[world].trainTitle}
      lead={WORLD_TEXT[world].trainLead}
      waiting={waiting}
      actions={
        <>
          <button type="button" className="button button--primary" data-testid="train.start" onClick={train} disabled={!canTrain}>
            {phase === 'trained' || phase === 'compared' ? 'Train again' : 'Train'}
          </button>
          <button
            type="button"
            className="button"
            data-testid="train.pause"
            onClick={phase === 'paused' ? resume : pause}
            disabled={!running}
            aria-pressed={phase === 'paused'}
          >
            {phase === 'paused' ? 'Resume' : 'Pause'}
          </button>
          <button type="button" className="button" data-testid="train.cancel" onClick={cancel} disabled={!running}>
            Cancel
          </button>
        </>
      }
    >
      <TrainProgressBar />
      {cancelled ? (
        <p className="placeholder" role="status" data-testid="train.cancelled">
          Training was cancelled. Press Train to start again.
        </p>
      ) : null}
      {/* Three loss curves need more room than two. */}
      <div className={`chart-grid ${world === 'shop' ? 'chart-grid--lead' : 'chart-grid--two'}`}>
        <LossChart />
        <AucChart />
      </div>
    </Step>
  );
}
