/**
 * Gives the event loop one turn, so that messages waiting for the worker (a
 * `cancel`, say) are handled before the next chunk of work.
 *
 * A MessageChannel message is a task, like a `postMessage` from the main thread,
 * and unlike `setTimeout(…, 0)` it is not clamped to 4 ms after a few nested calls:
 * a generation of a few hundred chunks loses no time to its yields.
 */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
