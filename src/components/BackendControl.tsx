/**
 * Which TensorFlow.js backend trains the models: the one in use (always visible,
 * so a room knows whether the GPU path is running), the user's choice, and the
 * note when the choice was not honoured or `auto` measured the candidates.
 */
import type { BackendChoice, BackendName } from '../models/types';
import { useBackend } from '../store/selectors';

const CHOICES: { value: BackendChoice; label: string }[] = [
  { value: 'auto', label: 'Auto (fastest here)' },
  { value: 'webgl', label: 'WebGL (graphics card)' },
  { value: 'wasm', label: 'WebAssembly (wasm)' },
  { value: 'cpu', label: 'Plain JavaScript (cpu)' },
];

const ACTIVE_LABELS: Record<BackendName, string> = { webgl: 'WebGL', wasm: 'wasm', cpu: 'cpu' };

export function BackendControl() {
  const { choice, active, note, setChoice, locked } = useBackend();
  return (
    <div className="backend">
      <div className="backend__row">
        <span className="backend__label">Computing on</span>
        <strong className="backend__active" data-testid="backend.active" data-backend={active ?? ''}>
          {active ? ACTIVE_LABELS[active] : 'not started yet'}
        </strong>
        <label className="backend__chooser">
          <span className="visually-hidden">Backend for the next training</span>
          <select
            data-testid="backend.select"
            value={choice}
            disabled={locked}
            onChange={(e) => setChoice(e.target.value as BackendChoice)}
            title="TensorFlow.js backend used for the next training"
          >
            {CHOICES.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {note ? (
        <p className="backend__note" data-testid="backend.note">
          {note}
        </p>
      ) : null}
    </div>
  );
}
