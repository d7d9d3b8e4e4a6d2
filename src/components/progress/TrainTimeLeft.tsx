/** The training's time left over all its models, for the training progress line (" · about 40 s left"). */
import { useTrainFraction } from '../../store/progressSelectors';
import { TimeLeftText } from './TimeLeftText';

/** @param ms the time left from `useTrainTimeLeft` (the bar also warns with it when it is long) */
export function TrainTimeLeft({ ms }: { ms: number | null }) {
  const { fraction, phase } = useTrainFraction();
  // While paused nothing counts down; the status line already says "Paused".
  if (fraction === null || phase !== 'training') return null;
  return (
    <>
      <TimeLeftText ms={ms} testId="train.time-left" />
      {' · '}
    </>
  );
}
