/** The training's time left over all its models, for the training progress line (" · about 40 s left"). */
import { useTrainFraction } from '../../store/progressSelectors';
import { TimeLeftText } from './TimeLeftText';
import { useTrainTimeLeft } from './useTimeLeft';

export function TrainTimeLeft() {
  const { fraction, phase } = useTrainFraction();
  const ms = useTrainTimeLeft();
  // While paused nothing counts down; the status line already says "Paused".
  if (fraction === null || phase !== 'training') return null;
  return (
    <>
      <TimeLeftText ms={ms} testId="train.time-left" />
      {' · '}
    </>
  );
}
