/**
 * Tests' access to the scenario files in `scenarios/`, validated as the app
 * validates them. Test-only: it reads files with node:fs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expectWorld, parseScenarioText, type Scenario } from '../scenario/parseScenario';

/**
 * The bundled scenario `scenarios/<id>.json`, which must be of `world`.
 * @throws with the validation problems when the file does not validate
 */
export function loadBundledScenario<W extends Scenario['world']>(id: string, world: W): Extract<Scenario, { world: W }> {
  const text = readFileSync(new URL(`../../../scenarios/${id}.json`, import.meta.url), 'utf8');
  const result = expectWorld(parseScenarioText(text), world);
  if (!result.ok) throw new Error(`${id}: ${result.problems.join('\n')}`);
  return result.scenario;
}

/** A deep copy of `base` with `change` applied, for one-knob-at-a-time tests. */
export function withChanges<S>(base: S, change: (s: S) => void): S {
  const s = structuredClone(base);
  change(s);
  return s;
}

/** The presets in a folder as the reference lists them, sorted by file name. */
export function presetList(dir: URL): { file: string; title: string; world: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const json = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as { title: string; world: string };
      return { file, title: json.title, world: json.world };
    });
}
