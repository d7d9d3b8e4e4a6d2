/**
 * Long generation work in chunks: each generator in core (world, logs, split,
 * summary) yields a `StageProgress` after every chunk of rows and returns its
 * result at the end. Draining one at once (`drain`) is the one-shot function the
 * command line uses; the worker instead drives it chunk by chunk, posts progress and
 * stops between two chunks when the user cancels.
 *
 * Why generators and not a callback: the worker must give its event loop a turn
 * between chunks (so a `cancel` message can arrive), which a synchronous callback
 * cannot do; and core stays free of clocks and async code. The chunking never
 * changes what is drawn: every loop runs over the same rows in the same order, so a
 * seed gives the same world bit for bit whatever the chunk size.
 */

/** The parts of generating a run, in the order they run. */
export const GENERATE_STAGES = ['users', 'items', 'exposure', 'labels', 'split', 'summary'] as const;
export type GenerateStage = (typeof GENERATE_STAGES)[number];

/** Where one stage is after a chunk. */
export interface StageProgress {
  stage: GenerateStage;
  /** Rows of this stage done so far (users, items or impressions), 1..total. */
  done: number;
  /** Rows of this stage in all, ≥ 1. */
  total: number;
}

/** A chunked computation: yields after each chunk, returns its result. */
export type Steps<T> = Generator<StageProgress, T, void>;

/**
 * Rows per chunk by default. About 10–30 ms of work per chunk for impressions in V8
 * (less for the world's users and items): small enough to cancel at once and to move
 * a progress bar smoothly, large enough that yielding costs nothing measurable.
 */
export const DEFAULT_CHUNK_ROWS = 32_768;

/** Runs chunked work to the end at once. */
export function drain<T>(steps: Steps<T>): T {
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

/**
 * Calls `body(start, end)` over [0, total) in chunks of `chunkRows`, yielding after each.
 * An empty range yields nothing.
 * @param chunkRows rows per chunk, ≥ 1 (a fraction or a non-positive number counts as 1)
 */
export function* chunked(stage: GenerateStage, total: number, chunkRows: number, body: (start: number, end: number) => void): Generator<StageProgress, void, void> {
  const size = Math.max(1, Math.floor(chunkRows));
  for (let start = 0; start < total; start += size) {
    const end = Math.min(total, start + size);
    body(start, end);
    yield { stage, done: end, total };
  }
}
