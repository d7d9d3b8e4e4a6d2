/**
 * What the editor's boxes hold that the scenario does not use yet, and why. The
 * whole draft (the preset, the changes in use and every value still waiting) is
 * checked again whenever any box changes, so a refusal that depends on two fields
 * (a run too big for memory, a page larger than the catalogue) is never left on
 * a box after the combination became acceptable, and never sits on a box the
 * line does not name.
 */
import type { Problem } from '../core/messages/problem';
import { fromFieldSide, namedFields } from '../core/scenario/consistency';
import { applyEdits, findKnob, withoutNoOps, type Edits } from '../core/scenario/knobs';
import type { Scenario } from '../core/scenario/parseScenario';

/** The draft after a change: the edits the scenario uses, the values still waiting, and the problems by box. */
export interface SettledDraft {
  /** Knob path → value in use (only real changes to the preset). */
  edits: Record<string, unknown>;
  /** Knob path → value typed but not used, in the order typed; empty when the draft is valid. */
  pending: Record<string, unknown>;
  /** Knob path → the problems shown under its box, each said from that knob's side. */
  problems: Record<string, Problem[]>;
  /** The whole draft's problems, each once (empty when it is valid). */
  issues: Problem[];
}

/**
 * Uses every waiting value that fits: all of them when the whole draft is valid;
 * otherwise, one by one, each that is valid with the edits in use (again until none
 * moves, since one value used can make room for another). What is left stays
 * waiting, and the whole draft's problems are placed on the boxes they name.
 * @param applied the edits in use (valid on `base`)
 * @param pending values typed but not used yet, oldest first
 */
export function settleDraft(base: Scenario, applied: Edits, pending: Edits): SettledDraft {
  const whole = applyEdits(base, { ...applied, ...pending });
  if (whole.ok) return { edits: withoutNoOps(base, { ...applied, ...pending }), pending: {}, problems: {}, issues: [] };
  let edits: Record<string, unknown> = { ...applied };
  const rest: Record<string, unknown> = { ...pending };
  for (let moved = true; moved; ) {
    moved = false;
    for (const [path, value] of Object.entries(rest)) {
      const next = { ...edits, [path]: value };
      if (!applyEdits(base, next).ok) continue;
      edits = next;
      delete rest[path];
      moved = true;
    }
  }
  // Moving values between the two keeps the draft as it was: still refused, for the same reasons.
  return { edits: withoutNoOps(base, edits), pending: rest, problems: placeProblems(whole.issues, base.world, Object.keys(rest)), issues: whole.issues };
}

/**
 * Each problem under every box it names (the knobs to change), said from that box's
 * side; a problem naming no box of the editor goes under the value typed last.
 */
export function placeProblems(issues: readonly Problem[], world: Scenario['world'], pendingPaths: readonly string[]): Record<string, Problem[]> {
  const out: Record<string, Problem[]> = {};
  const last = pendingPaths[pendingPaths.length - 1];
  for (const p of issues) {
    const boxes = namedFields(p).filter((f) => findKnob(world, f) !== undefined);
    for (const box of boxes.length ? boxes : last ? [last] : []) (out[box] ??= []).push(fromFieldSide(p, box));
  }
  return out;
}

/** `record` without `key`, `key` then set to `value` (so it is the newest). */
export function withNewest(record: Edits, key: string, value: unknown): Record<string, unknown> {
  const rest: Record<string, unknown> = { ...record };
  delete rest[key];
  rest[key] = value;
  return rest;
}
