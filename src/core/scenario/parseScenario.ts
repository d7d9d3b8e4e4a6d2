/**
 * Turns untrusted text (a file, a link, the command line) into a valid scenario,
 * or into one line per problem naming the field and the reason.
 */
import { z } from 'zod';
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

/** One readable line per zod issue, e.g. `video.clickbaitShare: must be at most 1 (got 1.5)`. */
function describeIssues(error: z.ZodError, input: unknown): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.length ? issue.path.join('.') : '(scenario)';
    let got: unknown = input;
    for (const key of issue.path) got = got && typeof got === 'object' ? (got as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined;
    // JSON.stringify writes Infinity (from e.g. 1e400) as "null": show such numbers as they are.
    const gotText = typeof got === 'number' && !Number.isFinite(got) ? String(got) : JSON.stringify(got)?.slice(0, 40);
    const shown = got === undefined ? '' : ` (got ${gotText})`;
    if (issue.code === 'unrecognized_keys') return `${path}: unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
    if (issue.code === 'invalid_type' && got === undefined) return `${path}: missing`;
    return `${path}: ${issue.message.replace(/^Invalid input: /, '')}${shown}`;
  });
}

/** Validates an already-parsed object. */
export function validateScenario(input: unknown): ParseResult {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return { ok: false, problems: ['(scenario): must be a JSON object'] };
  const world = (input as { world?: unknown }).world;
  if (world !== 'video' && world !== 'shop') return { ok: false, problems: [`world: unknown world ${JSON.stringify(world)} (expected "video" or "shop")`] };
  const result = SCHEMAS[world].safeParse(input);
  return result.success ? { ok: true, scenario: result.data } : { ok: false, problems: describeIssues(result.error, input) };
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
