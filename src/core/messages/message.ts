/**
 * Sentences for people that are made outside the page (in the worker, the models,
 * the core): each travels as a code with its parameters, so that the page can word
 * it in the reader's language, and has one English wording here for the command
 * line, logs and `Error.message`. The page's wordings live in
 * `src/i18n/locales/messages.ts`; a test checks its English matches this one.
 */

/** A backend's measured speed, examples/s. */
export interface MeasuredSpeed {
  backend: string;
  examplesPerSec: number;
}

/** One part of a run's memory (see `core/scale/estimateRunBytes.ts`), bytes, with what sizes it. */
export type MemoryCause =
  /** The A/B test: users served × candidates each (as it runs: at most every user and every item). */
  | { part: 'replay'; bytes: number; users: number; candidates: number }
  /** The logged impressions and what training builds from them. */
  | { part: 'logs'; bytes: number; impressions: number; bytesPerImpression: number }
  /** The users and items: their hidden traits and the models' embeddings. */
  | { part: 'entities'; bytes: number; users: number; items: number };

export type Message =
  /** `auto` measured the backends and kept the fastest. */
  | { code: 'autoPicked'; best: string; speeds: MeasuredSpeed[]; unavailable: string[] }
  /** `auto` skipped WebGL: software-rendered (`renderer`, e.g. SwiftShader). */
  | { code: 'webglSoftware'; renderer: string }
  /** The chosen backend did not start; `used` runs instead. */
  | { code: 'backendFallback'; asked: string; used: string }
  | { code: 'wasmPathsIgnored'; detail: string }
  | { code: 'noBackend' }
  /** A batch loss of NaN or ±Infinity stopped training. */
  | { code: 'nonFiniteLoss'; what: 'NaN' | 'infinite'; epoch: number; step: number }
  /** The run would need more memory than the app lets one run use; `causes`: the parts to shrink, largest first. */
  | { code: 'runTooBig'; bytes: number; limitBytes: number; causes: MemoryCause[] }
  /** One training step's tensors do not fit in this GPU's WebGL textures. */
  | { code: 'webglTextures'; capacity: number; maxTextureSize: number; batchSize: number; largestValues: number; maxBatchSize: number }
  | { code: 'generateFirst' }
  | { code: 'trainFirst' }
  | { code: 'noClickedImpressions' }
  /** The worker failed after it started; `detail` is the browser's words, if any. */
  | { code: 'workerFailed'; detail?: string }
  | { code: 'workerUnreadable' }
  /** Why the work runs on the main thread: the link asked (`worker=off`)… */
  | { code: 'workerOff' }
  /** …no worker could be created… */
  | { code: 'workerNotCreated'; detail: string }
  /** …it did not say it was ready in time… */
  | { code: 'workerTimeout' }
  /** …or its script failed to load (`detail`: the browser's words, if any). */
  | { code: 'workerScript'; detail?: string };

/** A number as the command line writes it: 1,234,567. */
const count = (n: number) => Math.round(n).toLocaleString('en');
const mib = (bytes: number) => `${count(bytes / 1024 ** 2)} MiB`;
/** "85k" or "950". */
export const shortRate = (perSec: number) => (perSec >= 1000 ? `${Math.round(perSec / 1000)}k` : `${Math.round(perSec)}`);
/** A backend as the notes name it. */
const backendWords = (b: string) => (b === 'webgl' ? 'WebGL' : b === 'wasm' ? 'WebAssembly (wasm)' : b === 'cpu' ? 'plain JavaScript (cpu)' : b);

/** What takes the memory and what to lower, one sentence. */
function causeEnglish(c: MemoryCause): string {
  switch (c.part) {
    case 'replay':
      return `The A/B test's ${count(c.users)} users × ${count(c.candidates)} candidates each take about ${mib(c.bytes)}: lower the users in the A/B test (evaluation.replayUsers) or the candidates per user (evaluation.candidatesPerUser).`;
    case 'logs':
      return `The ${count(c.impressions)} logged impressions (about ${c.bytesPerImpression} bytes each) take about ${mib(c.bytes)}: lower the logged impressions (logging.impressions).`;
    case 'entities':
      return `The ${count(c.users)} users and ${count(c.items)} items (their hidden traits and embeddings) take about ${mib(c.bytes)}: lower the users or the items (users, items).`;
  }
}

/** The English wording of a message. */
export function messageEnglish(m: Message): string {
  switch (m.code) {
    case 'autoPicked': {
      const speeds = m.speeds.map((s) => `${s.backend} ${shortRate(s.examplesPerSec)}`).join(', ');
      const skipped = m.unavailable.length ? `; not available here: ${m.unavailable.join(', ')}` : '';
      return `Picked ${m.best}, the fastest measured (${speeds} examples/s${skipped}).`;
    }
    case 'webglSoftware':
      return `WebGL was not tried: it is software-rendered here (${m.renderer}), far slower than wasm; choose WebGL to force it.`;
    case 'backendFallback':
      return `${backendWords(m.asked)} could not start here, so training uses ${backendWords(m.used)} instead.`;
    case 'wasmPathsIgnored':
      return `The wasm file locations were not applied (${m.detail}).`;
    case 'noBackend':
      return 'No TensorFlow.js backend could start.';
    case 'nonFiniteLoss':
      return `Training stopped: the loss became ${m.what} at epoch ${m.epoch}, step ${m.step}. Try a smaller learning rate.`;
    case 'runTooBig':
      return [`This world needs about ${mib(m.bytes)} of memory, more than the ${mib(m.limitBytes)} the app lets one run use (what a browser tab can safely hold).`, ...m.causes.map(causeEnglish)].join(' ');
    case 'webglTextures':
      return (
        `This GPU's WebGL textures hold at most ${count(m.capacity)} values (${m.maxTextureSize} × ${m.maxTextureSize}), ` +
        `but a training step of ${count(m.batchSize)} rows needs ${count(m.largestValues)}. ` +
        `Use a batch size of ${count(m.maxBatchSize)} or less, or the wasm backend.`
      );
    case 'generateFirst':
      return 'Generate the platform first: there are no logs to train on yet.';
    case 'trainFirst':
      return 'Train the models first: there is nothing to compare yet.';
    case 'noClickedImpressions':
      return 'The conversion model learns from clicked impressions, and the training set has none.';
    case 'workerFailed':
      return `The training worker failed: ${m.detail ?? 'the worker script could not load'}`;
    case 'workerUnreadable':
      return 'A message from the training worker could not be read.';
    case 'workerOff':
      return 'worker=off';
    case 'workerNotCreated':
      return `this browser could not start a worker (${m.detail})`;
    case 'workerTimeout':
      return 'the worker did not start in time';
    case 'workerScript':
      return m.detail ?? 'the worker script could not load';
    default: {
      const unknown: never = m;
      return String(unknown);
    }
  }
}

/** Several messages as one English paragraph. */
export function messagesEnglish(ms: readonly Message[]): string {
  return ms.map(messageEnglish).join(' ');
}

/**
 * An error meant for people: `message` is the English wording, `said` the message
 * itself, which crosses the worker boundary so the page can word it in its language.
 */
export class MessageError extends Error {
  constructor(readonly said: Message) {
    super(messageEnglish(said));
    this.name = 'MessageError';
  }
}
