/**
 * Says so when the heavy work runs on the main thread instead of a Web Worker
 * (see `worker/client.ts` for when that happens): the page still works, but can
 * stutter while it trains.
 */
import { useTranslation } from 'react-i18next';
import { useRuntime } from '../store/selectors';
import { sentenceGap } from '../i18n/spacing';
import { messageText } from './messageText';

export function RuntimeNotice() {
  const runtime = useRuntime();
  const { t } = useTranslation();
  if (runtime.mode !== 'main-thread') return null;
  return (
    <p className="banner banner--info" role="status" data-testid="runtime.fallback">
      {runtime.reason?.code === 'workerOff' ? (
        <strong>{t('runtime.requested')}</strong>
      ) : (
        <>
          <strong>{t('runtime.fallback')}</strong>
          {runtime.reason ? (
            <>
              {sentenceGap()}
              <span>{t('runtime.why', { reason: messageText(runtime.reason) })}</span>
            </>
          ) : null}
        </>
      )}
    </p>
  );
}
