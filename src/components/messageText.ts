/**
 * A message from the worker, the models or the core (see `core/messages/message.ts`)
 * in the current language. Call at render time.
 */
import { shortRate, type MemoryCause, type Message } from '../core/messages/message';
import { currentLanguage, i18n } from '../i18n';
import { spaceZh } from '../i18n/spacing';
import { formatCount, formatRate } from './format';

/** A backend in a sentence ("WebAssembly (wasm)"), or the name as given when unknown. */
const backendWords = (b: string) => (b === 'webgl' || b === 'wasm' || b === 'cpu' ? i18n.t(`messages:backend.${b}`) : b);
/** Examples/s as the note writes it: "85k" in English (as the command line), "8.5万" in Chinese. */
const rate = (perSec: number) => (currentLanguage() === 'zh' ? formatRate(perSec) : shortRate(perSec));

const mib = (bytes: number) => formatCount(bytes / 1024 ** 2);

/** What takes a run's memory and what to lower (see `MemoryCause`). */
function causeWords(c: MemoryCause): string {
  const t = (key: string, params: Record<string, unknown>) => i18n.t(`messages:message.memory.${key}`, params);
  switch (c.part) {
    case 'replay':
      return t('replay', { users: formatCount(c.users), candidates: formatCount(c.candidates), bytes: mib(c.bytes) });
    case 'logs':
      return t('logs', { impressions: formatCount(c.impressions), perImpression: c.bytesPerImpression, bytes: mib(c.bytes) });
    case 'entities':
      return t('entities', { users: formatCount(c.users), items: formatCount(c.items), bytes: mib(c.bytes) });
  }
}

function words(m: Message): string {
  const t = (key: string, params?: Record<string, unknown>) => i18n.t(`messages:message.${key}`, params ?? {});
  switch (m.code) {
    case 'autoPicked': {
      const speeds = m.speeds.map((s) => t('speed', { backend: s.backend, rate: rate(s.examplesPerSec) })).join(i18n.t('messages:problem.listSeparator'));
      const skipped = m.unavailable.length ? t('unavailable', { list: m.unavailable.join(i18n.t('messages:problem.listSeparator')) }) : '';
      return t('autoPicked', { best: m.best, speeds, skipped });
    }
    case 'webglSoftware':
      return t('webglSoftware', { renderer: m.renderer });
    case 'backendFallback':
      return t('backendFallback', { asked: backendWords(m.asked), used: backendWords(m.used) });
    case 'wasmPathsIgnored':
      return t('wasmPathsIgnored', { detail: m.detail });
    case 'nonFiniteLoss':
      return t('nonFiniteLoss', { what: t(`what.${m.what}`), epoch: m.epoch, step: m.step });
    case 'runTooBig':
      return [t('runTooBig', { bytes: mib(m.bytes), limit: mib(m.limitBytes) }), ...m.causes.map(causeWords)].join(currentLanguage() === 'zh' ? '' : ' ');
    case 'webglTextures':
      return t('webglTextures', {
        capacity: formatCount(m.capacity),
        size: m.maxTextureSize,
        batch: formatCount(m.batchSize),
        largest: formatCount(m.largestValues),
        maxBatch: formatCount(m.maxBatchSize),
      });
    case 'workerFailed':
      return t('workerFailed', { detail: m.detail ?? t('workerScript') });
    case 'workerNotCreated':
      return t('workerNotCreated', { detail: m.detail });
    case 'workerScript':
      return m.detail ?? t('workerScript');
    case 'noBackend':
    case 'generateFirst':
    case 'trainFirst':
    case 'noClickedImpressions':
    case 'workerUnreadable':
    case 'workerOff':
    case 'workerTimeout':
      return t(m.code);
    default: {
      const unknown: never = m;
      return String(unknown);
    }
  }
}

/** One message in the current language. */
export function messageText(m: Message): string {
  const text = words(m);
  return currentLanguage() === 'zh' ? spaceZh(text) : text;
}

/** Several messages as one paragraph. */
export function messagesText(ms: readonly Message[]): string {
  return ms.map(messageText).join(currentLanguage() === 'zh' ? '' : ' ');
}
