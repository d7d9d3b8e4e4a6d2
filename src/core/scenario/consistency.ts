/**
 * What the fields of a scenario must say together, which no single field's range can:
 *
 * - a page cannot hold more items than it is filled from: the A/B test's slots
 *   (`evaluation.topK`) at most the candidates each user has, and a logged page
 *   (`logging.slateSize`) at most the catalogue. These are refused, naming both fields.
 * - a sample cannot be larger than what it samples from: the A/B test serves at most
 *   every user and offers at most every item. These run capped, with a note that
 *   says so (refusing them would make lowering `users` or `items` in the editor trip
 *   over the A/B test's defaults).
 *
 * The same rules hold for a file, a link, the editor and the command line, because
 * `validateScenario` applies them.
 */
import type { Problem } from '../messages/problem';
import { MEMORY_FIELDS } from '../scale/estimateRunBytes';
import type { Scenario } from './parseScenario';

/** A setting that runs, but not as written: the A/B test serves fewer users or items than asked. */
export interface ScenarioNote {
  /** The field as written, e.g. `evaluation.replayUsers`. */
  path: 'evaluation.replayUsers' | 'evaluation.candidatesPerUser';
  /** `allUsers`: every user of the world is served; `allItems`: every item is a candidate. */
  code: 'allUsers' | 'allItems';
  /** The value written. */
  asked: number;
  /** The value the run uses. */
  used: number;
  /** The world, whose words the note uses (users or shoppers, videos or products). */
  world: Scenario['world'];
}

/** One problem per field that contradicts another (empty when they agree). */
export function crossFieldProblems(s: Scenario): Problem[] {
  const problems: Problem[] = [];
  const { topK, candidatesPerUser } = s.evaluation;
  if (topK > candidatesPerUser) {
    problems.push({ path: 'evaluation.topK', reason: { code: 'notAboveField', field: 'evaluation.candidatesPerUser', limit: candidatesPerUser }, got: String(topK) });
  } else if (topK > s.items) {
    problems.push({ path: 'evaluation.topK', reason: { code: 'notAboveField', field: 'items', limit: s.items }, got: String(topK) });
  }
  if (s.logging.slateSize > s.items) {
    problems.push({ path: 'logging.slateSize', reason: { code: 'notAboveField', field: 'items', limit: s.items }, got: String(s.logging.slateSize) });
  }
  return problems;
}

/** The settings of `s` that run capped, one note each (empty when none). */
export function scenarioNotes(s: Scenario): ScenarioNote[] {
  const notes: ScenarioNote[] = [];
  const { replayUsers, candidatesPerUser } = s.evaluation;
  if (replayUsers > s.users) notes.push({ path: 'evaluation.replayUsers', code: 'allUsers', asked: replayUsers, used: s.users, world: s.world });
  if (candidatesPerUser > s.items) notes.push({ path: 'evaluation.candidatesPerUser', code: 'allItems', asked: candidatesPerUser, used: s.items, world: s.world });
  return notes;
}

const count = (n: number) => n.toLocaleString('en');
const WORDS = { video: { users: 'users', items: 'videos' }, shop: { users: 'shoppers', items: 'products' } } as const;

/** A note in English, as the command line prints it. */
export function noteEnglish(n: ScenarioNote): string {
  const w = WORDS[n.world];
  return n.code === 'allUsers'
    ? `${n.path}: ${count(n.asked)} asked, but the world has ${count(n.used)} ${w.users}: the A/B test serves all ${count(n.used)}.`
    : `${n.path}: ${count(n.asked)} asked, but the catalogue has ${count(n.used)} ${w.items}: each of the A/B test's ${w.users} chooses from all ${count(n.used)}.`;
}

/**
 * The fields a problem names, its own first: both fields of a cross-field rule, and
 * every field that sizes a part of a run too big for memory (the knobs to lower).
 * The editor marks each of them, so the red box is always one the line names.
 */
export function namedFields(p: Problem): string[] {
  const r = p.reason;
  const fields = [p.path];
  if (r.code === 'notAboveField' || r.code === 'notBelowField') fields.push(r.field);
  if (r.code === 'message' && r.message.code === 'runTooBig') for (const c of r.message.causes) fields.push(...MEMORY_FIELDS[c.part]);
  return [...new Set(fields)];
}

/**
 * A problem said from the side of one of the fields it names, so that it reads
 * right under that field's control:
 * - a cross-field rule whose other field is `field` names `field`
 *   (`evaluation.candidatesPerUser: must be at least evaluation.topK (10) (got 5)`);
 * - a run too big for memory names `field` when `field` sizes a part to shrink.
 * Any other problem stays as it is.
 */
export function fromFieldSide(p: Problem, field: string): Problem {
  const r = p.reason;
  if (p.path === field) return p;
  if (r.code === 'notAboveField' && r.field === field) {
    return { path: field, reason: { code: 'notBelowField', field: p.path, limit: Number(p.got) }, got: String(r.limit) };
  }
  if (r.code === 'notBelowField' && r.field === field) {
    return { path: field, reason: { code: 'notAboveField', field: p.path, limit: Number(p.got) }, got: String(r.limit) };
  }
  if (r.code === 'message' && r.message.code === 'runTooBig' && r.message.causes.some((c) => MEMORY_FIELDS[c.part].includes(field))) {
    return { ...p, path: field };
  }
  return p;
}
