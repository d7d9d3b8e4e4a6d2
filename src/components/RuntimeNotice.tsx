/**
 * Says so when the heavy work runs on the main thread instead of a Web Worker
 * (see `worker/client.ts` for when that happens): the page still works, but can
 * stutter while it trains.
 */
import { useRuntime } from '../store/selectors';
import { MAIN_THREAD_REQUESTED } from '../worker/client';

export function RuntimeNotice() {
  const runtime = useRuntime();
  if (runtime.mode !== 'main-thread') return null;
  return (
    <p className="banner banner--info" role="status" data-testid="runtime.fallback">
      {runtime.reason === MAIN_THREAD_REQUESTED ? (
        <strong>Running on the main thread, as the link asked (worker=off): the page may be less responsive while it trains.</strong>
      ) : (
        <>
          <strong>Running on the main thread: the page may be less responsive.</strong>{' '}
          {runtime.reason ? <span>A background worker could not be used ({runtime.reason}).</span> : null}
        </>
      )}
    </p>
  );
}
