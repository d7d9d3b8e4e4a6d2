/**
 * Shows what went wrong in a step, in the words of the error itself (e.g.
 * "Training stopped: the loss became NaN at epoch 2, step 7. Try a smaller
 * learning rate."). It stays until dismissed or the next step starts.
 */
import { useError } from '../store/selectors';

const STAGE: Record<'generate' | 'train' | 'compare', string> = {
  generate: 'Generating the platform failed',
  train: 'Training failed',
  compare: 'Comparing failed',
};

export function ErrorBanner() {
  const { error, dismiss } = useError();
  if (!error) return null;
  return (
    <div className="banner banner--error" role="alert" data-testid="status.error" data-during={error.during}>
      <p>
        <strong>{STAGE[error.during]}.</strong> <span data-testid="status.error.message">{error.message}</span>
      </p>
      <button type="button" className="button button--quiet" onClick={dismiss} data-testid="status.error.dismiss">
        Dismiss
      </button>
    </div>
  );
}
