/**
 * Turns untrusted text (a file, a link, the command line) into a valid scenario,
 * or into one line per problem naming the field and the reason.
 */
import { z } from 'zod';
import { checkRunFits } from '../scale/estimateRunBytes';
import { shopScenarioSchema, type ShopScenario } from './shopScenario';
import { videoScenarioSchema, type VideoScenario } from './videoScenario';

/** A scenario of either world; `world` tells which. */
export type Scenario = VideoScenario | ShopScenario;

const SCHEMAS = { video: videoScenarioSchema, shop: shopScenarioSchema } as const;

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; problems: string[] };

/** A parse result narrowed to one world: a scenario of another world is a problem on `world`. */
export function expectWorld<W extends Scenario['world']>(result: ParseResult, world: W): { ok: true; scenario: Extract<Scenario, { world: W }> } | { ok: false; problems: string[] } {
  if (!result.ok) return result;
  if (result.scenario.world !== world) return { ok: false, problems: [`world: expected "${world}", got "${result.scenario.world}"`] };
  return { ok: true, scenario: result.scenario as Extract<Scenario, { world: W }> };
}

/** A number as people write it; NaN and ±Infinity as such (JSON would write them as null). */
function shownValue(got: unknown): string {
  return typeof got === 'number' && !Number.isFinite(got) ? String(got) : (JSON.stringify(got)?.slice(0, 40) ?? String(got));
}

/** The reason of one zod issue in plain words, without the field or the value. */
function plainReason(issue: z.core.$ZodIssue, got: unknown): string {
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'array') return `must have at most ${issue.maximum} entries`;
      if (issue.origin === 'string') return `must be at most ${issue.maximum} characters long`;
      return `must be ${issue.inclusive === false ? 'below' : 'at most'} ${issue.maximum}`;
    case 'too_small':
      if (issue.origin === 'array') return `must have at least ${issue.minimum} entr${issue.minimum === 1 ? 'y' : 'ies'}`;
      if (issue.origin === 'string') return issue.minimum === 1 ? 'must not be empty' : `must be at least ${issue.minimum} characters long`;
      return `must be ${issue.inclusive === false ? 'above' : 'at least'} ${issue.minimum}`;
    case 'invalid_type':
      if (issue.expected === 'int') return 'must be a whole number (an integer)';
      if (issue.expected === 'number') return typeof got === 'number' ? 'must be a finite number' : 'must be a number';
      if (issue.expected === 'boolean') return 'must be true or false';
      if (issue.expected === 'string') return 'must be text';
      if (issue.expected === 'array') return 'must be a list';
      if (issue.expected === 'object') return 'must be an object';
      return `must be ${issue.expected}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return issue.message.replace(/^Invalid input: /, '');
  }
}

/** One readable line per zod issue, e.g. `video.clickbaitShare: must be at most 1 (got 1.5)`. */
export function describeIssues(error: z.ZodError, input: unknown): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.length ? issue.path.join('.') : '(scenario)';
    let got: unknown = input;
    for (const key of issue.path) got = got && typeof got === 'object' ? (got as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined;
    if (issue.code === 'unrecognized_keys') return `${path}: unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
    if (issue.code === 'invalid_type' && got === undefined) return `${path}: missing`;
    const shown = got === undefined ? '' : ` (got ${shownValue(got)})`;
    return `${path}: ${plainReason(issue, got)}${shown}`;
  });
}

/** Validates an already-parsed object. */
export function validateScenario(input: unknown): ParseResult {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return { ok: false, problems: ['(scenario): must be a JSON object'] };
  const world = (input as { world?: unknown }).world;
  if (world !== 'video' && world !== 'shop') return { ok: false, problems: [`world: unknown world ${JSON.stringify(world)} (expected "video" or "shop")`] };
  const result = SCHEMAS[world].safeParse(input);
  if (!result.success) return { ok: false, problems: describeIssues(result.error, input) };
  // Every knob may be in range and the whole still too big for a browser tab: refuse
  // it here, so a file, a link or an edit fails before anything is generated.
  const fit = checkRunFits(result.data);
  if (!fit.ok) return { ok: false, problems: [`logging.impressions: ${fit.reason}`] };
  return { ok: true, scenario: result.data };
}

/** Parses JSON text; NaN and Infinity are not JSON, so they fail here with a clear line. */
export function parseScenarioText(text: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [`(file): not valid JSON: ${(e as Error).message}`] };
  }
  return validateScenario(value);
}
