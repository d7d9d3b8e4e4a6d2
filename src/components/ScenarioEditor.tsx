/**
 * The editor: every knob of the active world, generated from the schema's meta
 * (label, unit, range, hint), plus "reset to preset", import and export of the
 * scenario as JSON. A change marks the numbers on screen stale and goes into the
 * link; a bad value or a bad file shows one line per problem and changes nothing.
 */
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../core/messages/problem';
import { getAt, KNOBS, parseKnobValue, type Knob } from '../core/scenario/knobs';
import { scenarioNotes, type ScenarioNote } from '../core/scenario/consistency';
import type { Scenario } from '../core/scenario/parseScenario';
import { currentLocale, i18n } from '../i18n';
import { useScenarioEditor } from '../store/selectors';
import { downloadText } from './download';
import { ProblemList } from './ProblemList';
import { noteText } from './problemText';
import { sentenceGap } from '../i18n/spacing';
import { knobText, scenarioTitle, sectionTitle } from './scenarioText';
import { useStore } from '../store';
import { activeScenario } from '../store/activeScenario';
import { findScenario } from '../store/scenarios';

/** The shop's goal and ESMM switch have their own controls above the editor. */
const OWN_CONTROLS = new Set(['goal', 'model.sharedEmbeddings']);

const fmt = (n: number | undefined) => (n === undefined ? '' : n.toLocaleString(currentLocale(), { maximumFractionDigits: 6 }));

function rangeText(knob: Knob): string {
  if (knob.min === undefined && knob.max === undefined) return '';
  const range = `${fmt(knob.min)}–${fmt(knob.max)}`;
  return knob.kind === 'numberList' ? i18n.t('app:editor.eachRange', { range }) : range;
}

interface KnobRowProps {
  world: Scenario['world'];
  knob: Knob;
  value: unknown;
  disabled: boolean;
  /** Set when this knob runs capped (the A/B test larger than the world). */
  note?: ScenarioNote;
  /** Why the draft is refused, when this knob is one the problems name (one to change); the box is marked. */
  problems?: Problem[];
  /** Set when the box holds a value the scenario does not use yet (the draft with it is refused). */
  waiting: boolean;
  /** The waiting value, shown when the box is drawn anew (e.g. back from another scenario). */
  draft?: unknown;
  onCommit: (raw: string) => void;
  /** The box shows the scenario's value again. */
  onClear: () => void;
}

function KnobRow({ world, knob, value, disabled, note, problems, waiting, draft, onCommit, onClear }: KnobRowProps) {
  const { t } = useTranslation();
  const text = knobText(world, knob);
  const asText = (v: unknown) => (Array.isArray(v) ? v.join(',') : String(v));
  const shown = asText(value);
  const input = useRef<HTMLInputElement>(null);
  const refused = problems !== undefined;
  // A new value in use (this knob's own, or from a reset or an import) replaces what was typed,
  // and so does dropping a waiting value; while one waits, the box keeps what was typed. The
  // same input stays, so the keyboard focus stays on it.
  useEffect(() => {
    if (input.current && !waiting) input.current.value = shown;
  }, [shown, waiting]);
  const commit = (raw: string) => (raw === shown ? onClear() : onCommit(raw));
  const id = `knob-${knob.path}`;
  const numeric = knob.kind === 'number' || knob.kind === 'integer';
  return (
    <div className={`knob${waiting && !refused ? ' knob--waiting' : ''}`} data-testid="editor.knob" data-path={knob.path}>
      <label htmlFor={id} className="knob__label">
        {text.label}
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
          defaultValue={waiting ? asText(draft) : shown}
          disabled={disabled}
          aria-invalid={refused}
          onBlur={(e) => commit(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit(e.currentTarget.value);
          }}
        />
        <span className="knob__unit">{text.unit}</span>
      </div>
      <p className="knob__help">
        {text.help}
        {rangeText(knob) ? (
          <>
            {sentenceGap()}
            <span className="knob__range">{t('editor.range', { range: rangeText(knob) })}</span>
          </>
        ) : null}
      </p>
      {/* A box marked refused says what is wrong there; a capped-run note beside it would speak of the values in use instead. */}
      {note && !refused ? (
        <p className="knob__note" data-testid="knob.note">
          {noteText(note)}
        </p>
      ) : null}
      {waiting && !refused ? (
        <p className="knob__waiting" role="status" data-testid="knob.waiting">
          {t('editor.waiting', { value: shown })}
        </p>
      ) : null}
      {problems?.length ? <ProblemList problems={problems} testId="knob.problems" /> : null}
    </div>
  );
}

/** The export's file name: a scenario's own id as it is, a preset's with `-custom` once changed. */
function exportName(scenario: Scenario, edited: boolean): string {
  return `${scenario.id}${edited && findScenario(scenario.id) ? '-custom' : ''}.json`;
}

/** What an import did, naming the preset it runs on. */
function importedText({ file, id, preset }: { file: string; id: string; preset: string }): string {
  const base = findScenario(preset);
  const title = base ? scenarioTitle(base) : preset;
  if (id === preset) return i18n.t('app:editor.imported', { file, preset: title });
  return i18n.t('app:editor.importedOwn', { file, id, preset: title, presetId: preset });
}

export function ScenarioEditor() {
  const { scenario, edited, resettable, drafts, draftProblems, disabled, setKnob, clearKnobDraft, resetToPreset, importScenario } = useScenarioEditor();
  const { t } = useTranslation();
  const [importProblems, setImportProblems] = useState<Problem[]>([]);
  // The file's name, its own id, and the preset it runs on (said, since an unknown id falls back to its world's default).
  const [imported, setImported] = useState<{ file: string; id: string; preset: string } | null>(null);
  // Open at start when the link brought changes; afterwards only the user opens or closes it.
  const [open, setOpen] = useState(edited);
  const knobs = KNOBS[scenario.world].filter((k) => !OWN_CONTROLS.has(k.path));
  const notes = scenarioNotes(scenario);
  const sections = [...new Set(knobs.map((k) => k.section))];

  const onImport = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const problems = importScenario(await file.text());
    setImportProblems(problems);
    if (problems.length) return setImported(null);
    const s = useStore.getState();
    setImported({ file: file.name, id: activeScenario(s).id, preset: s.scenarioId });
  };

  return (
    <details className="editor" data-testid="scenario.editor" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {t('editor.summary')}
        {edited ? (
          <span className="editor__badge" data-testid="editor.edited">
            {t('editor.changed')}
          </span>
        ) : null}
      </summary>
      <div className="editor__tools">
        <button type="button" className="button" data-testid="editor.reset" onClick={resetToPreset} disabled={disabled || !resettable}>
          {t('editor.reset')}
        </button>
        <label className={`button${disabled ? ' is-disabled' : ''}`}>
          {t('editor.import')}
          <input type="file" accept=".json,application/json" data-testid="editor.import" className="visually-hidden" disabled={disabled} onChange={onImport} />
        </label>
        <button
          type="button"
          className="button"
          data-testid="editor.export"
          onClick={() => downloadText(JSON.stringify(scenario, null, 2) + '\n', exportName(scenario, edited), 'application/json')}
        >
          {t('editor.export')}
        </button>
      </div>
      {importProblems.length ? (
        <div className="banner banner--error" role="alert" data-testid="import.banner">
          <div>
            <p>
              <strong>{t('editor.notImported')}</strong>
              {sentenceGap()}
              {t('editor.fixThese')}
            </p>
            <ProblemList problems={importProblems} testId="import.problems" />
          </div>
        </div>
      ) : null}
      {imported ? (
        <p className="editor__note" role="status" data-testid="import.done" data-preset={imported.preset} data-id={imported.id}>
          {importedText(imported)}
        </p>
      ) : null}
      <p className="editor__note">{t('editor.takesEffect')}</p>
      {sections.map((section) => (
        <fieldset key={section} className="editor__section" data-testid="editor.section">
          <legend>{sectionTitle(section)}</legend>
          {knobs
            .filter((k) => k.section === section)
            .map((k) => (
              <KnobRow
                key={k.path}
                world={scenario.world}
                knob={k}
                value={getAt(scenario, k.path)}
                disabled={disabled}
                note={notes.find((n) => n.path === k.path)}
                problems={draftProblems[k.path]}
                waiting={k.path in drafts}
                draft={drafts[k.path]}
                onCommit={(raw) => setKnob(k.path, parseKnobValue(k, raw))}
                onClear={() => clearKnobDraft(k.path)}
              />
            ))}
        </fieldset>
      ))}
    </details>
  );
}
