/**
 * The knobs of a scenario, read from its zod schema: one list that the editor,
 * the links and the reference table in `scenarios/README.md` share. A knob is a
 * leaf of the scenario object, named by its path (`video.click.base`).
 */
import { failed, type Problem } from '../messages/problem';
import type { KnobMeta } from './common';
import { validateScenario, type ParseResult, type Scenario } from './parseScenario';
import { shopScenarioSchema } from './shopScenario';
import { videoScenarioSchema } from './videoScenario';

/** What a knob holds, which decides its control and how a link writes it. */
export type KnobKind = 'number' | 'integer' | 'boolean' | 'choice' | 'numberList';

export interface Knob extends KnobMeta {
  /** The field's path, e.g. `video.clickbaitShare`. */
  path: string;
  kind: KnobKind;
  /** Inclusive range of a number (of each entry for a list). */
  min?: number;
  max?: number;
  /** The allowed values of a choice. */
  options?: readonly string[];
  /** The section the editor groups the knob under (`video.click`, `logging`, …); '' at the top. */
  section: string;
}

/** Top-level fields that describe the scenario rather than tune it: no editor control. */
const NOT_KNOBS = new Set(['id', 'title', 'story', 'world']);
/** Fields an edit may never change: the world of the preset it starts from. */
const FIXED = new Set(['world']);
/**
 * Text fields an edit may change: an imported scenario keeps its own id, title and
 * story (the preset it runs on is kept apart, as the store's `scenarioId`).
 */
export const TEXT_FIELDS = ['id', 'title', 'story'] as const;

/** The zod internals this module reads (zod 4 exposes them on every schema). */
interface SchemaLike {
  def: { type: string; element?: SchemaLike; innerType?: SchemaLike };
  shape?: Record<string, SchemaLike>;
  minValue?: number | null;
  maxValue?: number | null;
  isInt?: boolean;
  options?: readonly string[];
  meta(): Record<string, unknown> | undefined;
}

function metaOf(schema: SchemaLike, path: string): KnobMeta {
  const meta = schema.meta() as Partial<KnobMeta> | undefined;
  return { label: meta?.label ?? path, unit: meta?.unit ?? '', help: meta?.help ?? '' };
}

function collect(schema: SchemaLike, path: string[], out: Knob[]): void {
  const key = path.join('.');
  const section = path.slice(0, -1).join('.');
  const type = schema.def.type;
  if (type === 'object' && schema.shape) {
    for (const [name, child] of Object.entries(schema.shape)) {
      if (path.length === 0 && NOT_KNOBS.has(name)) continue;
      collect(child, [...path, name], out);
    }
  } else if (type === 'number') {
    out.push({ path: key, section, kind: schema.isInt ? 'integer' : 'number', min: schema.minValue ?? undefined, max: schema.maxValue ?? undefined, ...metaOf(schema, key) });
  } else if (type === 'boolean') {
    out.push({ path: key, section, kind: 'boolean', ...metaOf(schema, key) });
  } else if (type === 'enum') {
    out.push({ path: key, section, kind: 'choice', options: schema.options, ...metaOf(schema, key) });
  } else if (type === 'array' && schema.def.element) {
    const el = schema.def.element;
    out.push({ path: key, section, kind: 'numberList', min: el.minValue ?? undefined, max: el.maxValue ?? undefined, ...metaOf(schema, key) });
  }
}

function knobsOf(schema: unknown): readonly Knob[] {
  const out: Knob[] = [];
  collect(schema as SchemaLike, [], out);
  return out;
}

/** Every knob of each world, in the schema's order. */
export const KNOBS: Record<Scenario['world'], readonly Knob[]> = {
  video: knobsOf(videoScenarioSchema),
  shop: knobsOf(shopScenarioSchema),
};

/** The knob at `path` of a world, if any. */
export function findKnob(world: Scenario['world'], path: string): Knob | undefined {
  return KNOBS[world].find((k) => k.path === path);
}

/** The value at a dotted path of an object; undefined when a step is missing. */
export function getAt(obj: unknown, path: string): unknown {
  let v: unknown = obj;
  for (const key of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
  return v;
}

/** Sets a dotted path in place, creating no sections: returns false when a section is missing. */
function setAt(obj: Record<string, unknown>, path: string, value: unknown): boolean {
  const keys = path.split('.');
  let target: unknown = obj;
  for (const key of keys.slice(0, -1)) {
    target = target && typeof target === 'object' ? (target as Record<string, unknown>)[key] : undefined;
    if (!target || typeof target !== 'object' || Array.isArray(target)) return false;
  }
  (target as Record<string, unknown>)[keys[keys.length - 1]] = value;
  return true;
}

/** Changes to a preset: knob path → new value. */
export type Edits = Readonly<Record<string, unknown>>;

/**
 * `base` with `edits` applied, validated by the schema: one problem line per bad
 * edit, naming the field (an unknown path is an unknown field).
 */
export function applyEdits(base: Scenario, edits: Edits): ParseResult {
  const copy = structuredClone(base) as unknown as Record<string, unknown>;
  const problems: Problem[] = [];
  for (const [path, value] of Object.entries(edits)) {
    if (FIXED.has(path)) problems.push({ path, reason: { code: 'fixed' } });
    else if (!setAt(copy, path, value)) problems.push({ path, reason: { code: 'unknownField' } });
  }
  if (problems.length) return failed(problems);
  return validateScenario(copy);
}

/** The knobs (and title and story) on which `scenario` differs from `base`, as edits; lists compare by value. */
export function diffEdits(base: Scenario, scenario: Scenario): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const path of [...TEXT_FIELDS, ...KNOBS[base.world].map((k) => k.path)]) {
    const a = getAt(base, path);
    const b = getAt(scenario, path);
    if (JSON.stringify(a) !== JSON.stringify(b)) out[path] = b;
  }
  return out;
}

/**
 * `edits` without those that set a field to the value `base` already has: a link
 * always names the seed, and the preset's own seed is not a change.
 */
export function withoutNoOps(base: Scenario, edits: Edits): Record<string, unknown> {
  return Object.fromEntries(Object.entries(edits).filter(([path, value]) => JSON.stringify(getAt(base, path)) !== JSON.stringify(value)));
}

/** How a link writes a knob's value: numbers as they are, lists comma-separated. */
export function formatKnobValue(value: unknown): string {
  return Array.isArray(value) ? value.join(',') : String(value);
}

/**
 * Reads a knob's value from a link. Text that is not a value of the knob's kind
 * is kept as text, so validation reports it (`must be a number (got "abc")`).
 */
export function parseKnobValue(knob: Knob | undefined, raw: string): unknown {
  const asNumber = (t: string): unknown => {
    const trimmed = t.trim();
    if (trimmed === '') return t;
    const n = Number(trimmed);
    return Number.isNaN(n) && trimmed !== 'NaN' ? t : n;
  };
  if (!knob) return asNumber(raw);
  switch (knob.kind) {
    case 'number':
    case 'integer':
      return asNumber(raw);
    case 'boolean':
      return raw === 'true' ? true : raw === 'false' ? false : raw;
    case 'numberList':
      return raw.split(',').map(asNumber);
    case 'choice':
      return raw;
  }
}

