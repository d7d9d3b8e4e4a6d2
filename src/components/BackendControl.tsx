/**
 * Which TensorFlow.js backend trains the models: the one in use (always visible,
 * so a room knows whether the GPU path is running), the user's choice, and the
 * note when the choice was not honoured or `auto` measured the candidates.
 */
import { useTranslation } from 'react-i18next';
import type { BackendChoice, BackendName } from '../models/types';
import { useBackend } from '../store/selectors';
import { messagesText } from './messageText';

const CHOICES: readonly BackendChoice[] = ['auto', 'webgl', 'wasm', 'cpu'];

/** Technical names, the same in every language. */
const ACTIVE_LABELS: Record<BackendName, string> = { webgl: 'WebGL', wasm: 'wasm', cpu: 'cpu' };

export function BackendControl() {
  const { choice, active, note, notes, setChoice, locked } = useBackend();
  const { t } = useTranslation();
  return (
    <div className="backend">
      <div className="backend__row">
        <span className="backend__label">{t('backend.computingOn')}</span>
        <strong className="backend__active" data-testid="backend.active" data-backend={active ?? ''}>
          {active ? ACTIVE_LABELS[active] : t('backend.notStarted')}
        </strong>
        <label className="backend__chooser">
          <span className="visually-hidden">{t('backend.chooserLabel')}</span>
          <select
            data-testid="backend.select"
            value={choice}
            disabled={locked}
            onChange={(e) => setChoice(e.target.value as BackendChoice)}
            title={t('backend.chooserTitle')}
          >
            {CHOICES.map((c) => (
              <option key={c} value={c}>
                {t(`backend.choices.${c}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {note ? (
        <p className="backend__note" data-testid="backend.note">
          {notes.length ? messagesText(notes) : note}
        </p>
      ) : null}
    </div>
  );
}
