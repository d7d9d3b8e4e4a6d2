/**
 * Turns untrusted text (a file, a link, the command line) into a valid scenario,
 * or into one problem per field naming the field and the reason (structured, and
 * as English lines for the command line).
 */
import { z } from 'zod';
import { failed, type Problem, type ProblemReason } from '../messages/problem';
import { checkRunFits, MEMORY_FIELDS } from '../scale/estimateRunBytes';
import { crossFieldProblems } from './consistency';
import { shopScenarioSchema, type ShopScenario } from './shopScenario';
import { videoScenarioSchema, type VideoScenario } from './videoScenario';

/** A scenario of either world; `world` tells which. */
export type Scenario = VideoScenario | ShopScenario;

const SCHEMAS = { video: videoScenarioSchema, shop: shopScenarioSchema } as const;

/**
 * A valid scenario, or the problems: `issues` structured (for the page, which words
 * them in the reader's language) and `problems`, the same as English lines.
 */
export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; problems: string[]; issues: Problem[] };
type Failed = Extract<ParseResult, { ok: false }>;

/** A parse result narrowed to one world: a scenario of another world is a problem on `world`. */
export function expectWorld<W extends Scenario['world']>(result: ParseResult, world: W): { ok: true; scenario: Extract<Scenario, { world: W }> } | Failed {
  if (!result.ok) return result;
  if (result.scenario.world !== world) return failed([{ path: 'world', reason: { code: 'worldMismatch', expected: world, actual: result.scenario.world } }]);
  return { ok: true, scenario: result.scenario as Extract<Scenario, { world: W }> };
}

/** A number as people write it; NaN and ±Infinity as such (JSON would write them as null). */
function shownValue(got: unknown): string {
  return typeof got === 'number' && !Number.isFinite(got) ? String(got) : (JSON.stringify(got)?.slice(0, 40) ?? String(got));
}

/** The reason of one zod issue, without the field or the value. */
function reasonOf(issue: z.core.$ZodIssue, got: unknown): ProblemReason {
  switch (issue.code) {
    case 'too_big': {
      const limit = Number(issue.maximum);
      if (issue.origin === 'array') return { code: 'maxEntries', limit };
      if (issue.origin === 'string') return { code: 'maxChars', limit };
      return { code: issue.inclusive === false ? 'below' : 'atMost', limit };
    }
    case 'too_small': {
      const limit = Number(issue.minimum);
      if (issue.origin === 'array') return { code: 'minEntries', limit };
      if (issue.origin === 'string') return limit === 1 ? { code: 'notEmpty' } : { code: 'minChars', limit };
      return { code: issue.inclusive === false ? 'above' : 'atLeast', limit };
    }
    case 'invalid_type':
      if (issue.expected === 'int') return { code: 'integer' };
      if (issue.expected === 'number') return { code: typeof got === 'number' ? 'finite' : 'number' };
      if (issue.expected === 'boolean') return { code: 'boolean' };
      if (issue.expected === 'string') return { code: 'text' };
      if (issue.expected === 'array') return { code: 'list' };
      if (issue.expected === 'object') return { code: 'object' };
      return { code: 'type', expected: issue.expected };
    case 'invalid_value':
      return { code: 'oneOf', values: issue.values.map((v) => JSON.stringify(v)) };
    default:
      return { code: 'other', text: issue.message.replace(/^Invalid input: /, '') };
  }
}

/**
 * One problem per zod issue, e.g. `video.clickbaitShare: must be at most 1 (got 1.5)`;
 * an entry of a list is named by its list and its position (`model.hiddenUnits`, entry 2).
 */
export function describeIssues(error: z.ZodError, input: unknown): Problem[] {
  return tightestLimits(
    error.issues.map((issue): Problem => {
      const last = issue.path[issue.path.length - 1];
      const inList = issue.path.length > 1 && typeof last === 'number';
      const fieldPath = inList ? issue.path.slice(0, -1) : issue.path;
      const path = fieldPath.length ? fieldPath.join('.') : '(scenario)';
      const entry = inList ? { entry: last + 1 } : {};
      let got: unknown = input;
      for (const key of issue.path) got = got && typeof got === 'object' ? (got as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined;
      if (issue.code === 'unrecognized_keys') return { path, reason: { code: 'unknownFields', fields: issue.keys }, ...entry };
      if (issue.code === 'invalid_type' && got === undefined) return { path, reason: { code: 'missing' }, ...entry };
      return { path, reason: reasonOf(issue, got), ...(got === undefined ? {} : { got: shownValue(got) }), ...entry };
    }),
  );
}

const UPPER = new Set(['atMost', 'below']);
const LOWER = new Set(['atLeast', 'above']);

/**
 * One limit per field and side: a whole number checks both its own range and the
 * range JavaScript counts exactly in, and a value past both would otherwise get two
 * contradicting lines (`at most 9007199254740991`, `at most 2147483647`). The
 * tighter limit is the real one.
 */
function tightestLimits(problems: Problem[]): Problem[] {
  const side = (p: Problem) => (UPPER.has(p.reason.code) ? 'upper' : LOWER.has(p.reason.code) ? 'lower' : null);
  const limitOf = (p: Problem) => ('limit' in p.reason ? p.reason.limit : NaN);
  return problems.filter((p) => {
    const s = side(p);
    if (!s) return true;
    return !problems.some((q) => q !== p && q.path === p.path && q.entry === p.entry && side(q) === s && (s === 'upper' ? limitOf(q) < limitOf(p) : limitOf(q) > limitOf(p)));
  });
}

/** Validates an already-parsed object. */
export function validateScenario(input: unknown): ParseResult {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return failed([{ path: '(scenario)', reason: { code: 'jsonObject' } }]);
  const world = (input as { world?: unknown }).world;
  if (world === undefined) return failed([{ path: 'world', reason: { code: 'worldMissing' } }]);
  if (world !== 'video' && world !== 'shop') return failed([{ path: 'world', reason: { code: 'unknownWorld', world: String(JSON.stringify(world)) } }]);
  const result = SCHEMAS[world].safeParse(input);
  if (!result.success) return failed(describeIssues(result.error, input));
  // Every knob may be in range and the whole still contradict itself, or be too big
  // for a browser tab: refuse it here, so a file, a link, an edit or the command line
  // fails before anything is generated. The memory line names the field that sizes
  // the largest part (the A/B test, the logs, or the users and items).
  const problems = crossFieldProblems(result.data);
  const fit = checkRunFits(result.data);
  if (!fit.ok) problems.push({ path: MEMORY_FIELDS[fit.said.causes[0].part][0], reason: { code: 'message', message: fit.said } });
  if (problems.length) return failed(problems);
  return { ok: true, scenario: result.data };
}

/** Parses JSON text; NaN and Infinity are not JSON, so they fail here with a clear line. */
export function parseScenarioText(text: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return failed([{ path: '(file)', reason: { code: 'notJson', detail: (e as Error).message } }]);
  }
  return validateScenario(value);
}
