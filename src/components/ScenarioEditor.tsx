/**
 * The editor: every knob of the active world, generated from the schema's meta
 * (label, unit, range, hint), plus "reset to preset", import and export of the
 * scenario as JSON. A change marks the numbers on screen stale and goes into the
 * link; a bad value or a bad file shows one line per problem and changes nothing.
 */
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { getAt, KNOBS, parseKnobValue, type Knob } from '../core/scenario/knobs';
import { useScenarioEditor } from '../store/selectors';
import { downloadText } from './download';
import { ProblemList } from './ProblemList';

/** Section titles in plain words; the shop's goal and ESMM switch have their own controls above. */
const SECTIONS: Record<string, string> = {
  '': 'Size and seed',
  video: 'Videos',
  'video.click': 'Clicks',
  'video.watch': 'Watching',
  'video.ads': 'Ads',
  shop: 'Products',
  'shop.click': 'Clicks',
  'shop.buy': 'Purchases',
  logging: 'Logged data',
  model: 'Models',
  evaluation: 'Simulated A/B test',
};
const OWN_CONTROLS = new Set(['goal', 'model.sharedEmbeddings']);

const fmt = (n: number | undefined) => (n === undefined ? '' : n.toLocaleString('en-US', { maximumFractionDigits: 6 }));

function rangeText(knob: Knob): string {
  if (knob.min === undefined && knob.max === undefined) return '';
  const range = `${fmt(knob.min)}–${fmt(knob.max)}`;
  return knob.kind === 'numberList' ? `each ${range}` : range;
}

function KnobRow({ knob, value, disabled, onCommit }: { knob: Knob; value: unknown; disabled: boolean; onCommit: (raw: string) => string[] }) {
  const [problems, setProblems] = useState<string[]>([]);
  const shown = Array.isArray(value) ? value.join(',') : String(value);
  const input = useRef<HTMLInputElement>(null);
  // A new value (this knob's own, or from a reset or an import) replaces what was typed;
  // the same input stays, so the keyboard focus stays on it.
  useEffect(() => {
    if (input.current) input.current.value = shown;
  }, [shown]);
  const commit = (raw: string) => {
    if (raw === shown) return setProblems([]);
    setProblems(onCommit(raw));
  };
  const id = `knob-${knob.path}`;
  const numeric = knob.kind === 'number' || knob.kind === 'integer';
  return (
    <div className="knob" data-testid="editor.knob" data-path={knob.path}>
      <label htmlFor={id} className="knob__label">
        {knob.label}
      </label>
      <div className="knob__control">
        <input
          ref={input}
          id={id}
          data-testid={`knob.${knob.path}`}
          type={numeric ? 'number' : 'text'}
          inputMode={numeric ? 'decimal' : 'text'}
          min={numeric ? knob.min : undefined}
          max={numeric ? knob.max : undefined}
          step={knob.kind === 'integer' ? 1 : 'any'}
          defaultValue={shown}
          disabled={disabled}
          aria-invalid={problems.length > 0}
          onBlur={(e) => commit(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit(e.currentTarget.value);
          }}
        />
        <span className="knob__unit">{knob.unit}</span>
      </div>
      <p className="knob__help">
        {knob.help} {rangeText(knob) ? <span className="knob__range">Range {rangeText(knob)}.</span> : null}
      </p>
      {problems.length ? <ProblemList problems={problems} testId="knob.problems" /> : null}
    </div>
  );
}

export function ScenarioEditor() {
  const { scenario, edited, disabled, setKnob, resetToPreset, importScenario } = useScenarioEditor();
  const [importProblems, setImportProblems] = useState<string[]>([]);
  const [imported, setImported] = useState<string | null>(null);
  // Open at start when the link brought changes; afterwards only the user opens or closes it.
  const [open, setOpen] = useState(edited);
  const knobs = KNOBS[scenario.world].filter((k) => !OWN_CONTROLS.has(k.path));
  const sections = [...new Set(knobs.map((k) => k.section))];

  const onImport = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const problems = importScenario(await file.text());
    setImportProblems(problems);
    setImported(problems.length ? null : file.name);
  };

  return (
    <details className="editor" data-testid="scenario.editor" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Edit this scenario{edited ? <span className="editor__badge" data-testid="editor.edited"> (changed from the preset)</span> : null}
      </summary>
      <div className="editor__tools">
        <button type="button" className="button" data-testid="editor.reset" onClick={resetToPreset} disabled={disabled || !edited}>
          Reset to preset
        </button>
        <label className={`button${disabled ? ' is-disabled' : ''}`}>
          Import scenario (JSON)
          <input type="file" accept=".json,application/json" data-testid="editor.import" className="visually-hidden" disabled={disabled} onChange={onImport} />
        </label>
        <button
          type="button"
          className="button"
          data-testid="editor.export"
          onClick={() => downloadText(JSON.stringify(scenario, null, 2) + '\n', `${scenario.id}${edited ? '-custom' : ''}.json`, 'application/json')}
        >
          Export scenario (JSON)
        </button>
      </div>
      {importProblems.length ? (
        <div className="banner banner--error" role="alert" data-testid="import.banner">
          <div>
            <p>
              <strong>The file was not imported.</strong> Nothing changed. Fix these and import it again:
            </p>
            <ProblemList problems={importProblems} testId="import.problems" />
          </div>
        </div>
      ) : null}
      {imported ? (
        <p className="editor__note" role="status" data-testid="import.done">
          Imported {imported}.
        </p>
      ) : null}
      <p className="editor__note">A change takes effect at the next Generate; the numbers on screen are marked out of date until then.</p>
      {sections.map((section) => (
        <fieldset key={section} className="editor__section" data-testid="editor.section">
          <legend>{SECTIONS[section] ?? section}</legend>
          {knobs
            .filter((k) => k.section === section)
            .map((k) => (
              <KnobRow
                key={k.path}
                knob={k}
                value={getAt(scenario, k.path)}
                disabled={disabled}
                onCommit={(raw) => setKnob(k.path, parseKnobValue(k, raw))}
              />
            ))}
        </fieldset>
      ))}
    </details>
  );
}
