/**
 * Step 2: train the case's models on the same logs (video: the click and the
 * watch-time model; shop: CTR, CVR and ESMM), with live loss curves and held-out
 * AUC per epoch.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useScenario, useTrainControls } from '../store/selectors';
import { AucChart } from './charts/AucChart';
import { LossChart } from './charts/LossChart';
import { Step } from './Step';
import { TrainProgressBar } from './TrainProgressBar';

export function TrainStep() {
  const { phase, cancelled, modelsStale, curvesStale, canTrain, train, pause, resume, cancel } = useTrainControls();
  const running = phase === 'training' || phase === 'paused';
  const waiting = !running && !canTrain && phase !== 'comparing';
  const { world } = useScenario();
  const { t } = useTranslation();
  const trainButton = useRef<HTMLButtonElement>(null);
  const pauseButton = useRef<HTMLButtonElement>(null);
  const wasRunning = useRef(running);
  // Train (or Pause and Cancel) become disabled under the keyboard focus, which would
  // drop it to <body>: move it to the control that now makes sense.
  useEffect(() => {
    if (wasRunning.current === running) return;
    wasRunning.current = running;
    const active = document.activeElement;
    const lost = !active || active === document.body;
    if (running && (lost || active === trainButton.current)) pauseButton.current?.focus();
    else if (!running && (lost || (active instanceof HTMLButtonElement && active.disabled))) trainButton.current?.focus();
  }, [running]);
  return (
    <Step
      number={2}
      testId="step.train"
      title={t(`world.${world}.trainTitle`)}
      lead={t(`world.${world}.trainLead`)}
      waiting={waiting}
      actions={
        <>
          <button ref={trainButton} type="button" className="button button--primary" data-testid="train.start" onClick={train} disabled={!canTrain}>
            {phase === 'trained' || phase === 'compared' ? t('train.trainAgain') : t('train.train')}
          </button>
          <button
            ref={pauseButton}
            type="button"
            className="button"
            data-testid="train.pause"
            onClick={phase === 'paused' ? resume : pause}
            disabled={!running}
            aria-pressed={phase === 'paused'}
          >
            {phase === 'paused' ? t('train.resume') : t('train.pause')}
          </button>
          <button type="button" className="button" data-testid="train.cancel" onClick={cancel} disabled={!running}>
            {t('train.cancel')}
          </button>
        </>
      }
    >
      <TrainProgressBar />
      {cancelled ? (
        <p className="placeholder" role="status" data-testid="train.cancelled">
          {t('train.cancelled')}
        </p>
      ) : null}
      {modelsStale ? (
        <p className="stale-note" role="status" data-testid="train.models-stale">
          {t('train.modelsStale')}
        </p>
      ) : null}
      {curvesStale && !running ? (
        <p className="stale-note" role="status" data-testid="train.stale">
          {t('train.stale')}
        </p>
      ) : null}
      {/* Three loss curves need more room than two. */}
      <div className={`chart-grid ${world === 'shop' ? 'chart-grid--lead' : 'chart-grid--two'} ${modelsStale || (curvesStale && !running) ? 'is-stale' : ''}`} data-testid="train.charts">
        <LossChart />
        <AucChart />
      </div>
    </Step>
  );
}
