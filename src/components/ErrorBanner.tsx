/**
 * Shows what went wrong in a step, in the words of the error itself (e.g.
 * "Training stopped: the loss became NaN at epoch 2, step 7. Try a smaller
 * learning rate."), in the current language when the error was meant for people.
 * It stays until dismissed or the next step starts.
 */
import { useTranslation } from 'react-i18next';
import { useError } from '../store/selectors';
import { sentenceGap } from '../i18n/spacing';
import { messageText } from './messageText';

export function ErrorBanner() {
  const { error, dismiss } = useError();
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <div className="banner banner--error" role="alert" data-testid="status.error" data-during={error.during}>
      <p>
        <strong>{t(`banner.stage.${error.during}`)}</strong>
        {sentenceGap()}
        <span data-testid="status.error.message">{error.said ? messageText(error.said) : error.message}</span>
      </p>
      <button type="button" className="button button--quiet" onClick={dismiss} data-testid="status.error.dismiss">
        {t('banner.dismiss')}
      </button>
    </div>
  );
}
