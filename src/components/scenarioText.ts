/**
 * A scenario's words in the current language: a bundled preset's title and story,
 * and each knob's label, unit and hint (`scenarios` namespace). A scenario whose
 * title or story was changed (an imported file, a link) keeps its own words, and a
 * knob without a translation keeps the schema's English.
 */
import type { Knob } from '../core/scenario/knobs';
import type { Scenario } from '../core/scenario/parseScenario';
import { i18n } from '../i18n';
import { bundledScenarios, findScenario } from '../store/scenarios';

/** The translation at `key`, or `own` when there is none. */
function orOwn(key: string, own: string): string {
  return i18n.exists(key) ? i18n.t(key) : own;
}

/**
 * The preset whose words `s` still has in `field`: its own preset, or (a scenario with
 * an id of its own, e.g. an imported file) the preset that has the same words.
 */
function presetWith(s: Pick<Scenario, 'id'> & Partial<Pick<Scenario, 'title' | 'story'>>, field: 'title' | 'story'): Scenario | undefined {
  const own = findScenario(s.id);
  if (own) return own[field] === s[field] ? own : undefined;
  return bundledScenarios.find((p) => p[field] === s[field]);
}

/** The preset's title in the current language, or the scenario's own when it is not a preset's. */
export function scenarioTitle(s: Pick<Scenario, 'id' | 'title'>): string {
  const preset = presetWith(s, 'title');
  return preset ? orOwn(`scenarios:presets.${preset.id}.title`, s.title) : s.title;
}

/** The preset's story in the current language, or the scenario's own when it is not a preset's. */
export function scenarioStory(s: Pick<Scenario, 'id' | 'story'>): string {
  const preset = presetWith(s, 'story');
  return preset ? orOwn(`scenarios:presets.${preset.id}.story`, s.story) : s.story;
}

/** A knob's label, unit and hint in the current language. */
export function knobText(world: Scenario['world'], knob: Knob): { label: string; unit: string; help: string } {
  const field = (name: 'label' | 'unit' | 'help') => {
    const own = `scenarios:knobs.${world}.${knob.path}.${name}`;
    return i18n.exists(own) ? i18n.t(own) : orOwn(`scenarios:knobs.common.${knob.path}.${name}`, knob[name]);
  };
  return { label: field('label'), unit: field('unit'), help: field('help') };
}

/** The editor's title of a section path ('' for the top, `video.click`, …). */
export function sectionTitle(section: string): string {
  const key = section === '' ? 'top' : section.replace(/\.(\w)/g, (_, c: string) => c.toUpperCase());
  return orOwn(`scenarios:sections.${key}`, section);
}
