/**
 * A problem with a scenario, a link or saved work, in a structured form: the field
 * (as written in the file or link), why it is wrong (a reason code with its numbers)
 * and the value given. The page words it in the reader's language
 * (`src/components/problemText.ts`); the command line and `problems` lines use
 * `problemEnglish`, e.g. `video.clickbaitShare: must be at most 1 (got 1.5)`.
 */
import { messageEnglish, type Message } from './message';

export type ProblemReason =
  /** A number's limit: `atMost` ≤, `below` <, `atLeast` ≥, `above` >. */
  | { code: 'atMost' | 'below' | 'atLeast' | 'above'; limit: number }
  /** A list's or a text's length limit. */
  | { code: 'maxEntries' | 'minEntries' | 'maxChars' | 'minChars'; limit: number }
  | {
      code:
        | 'notEmpty'
        | 'integer'
        | 'finite'
        | 'number'
        | 'boolean'
        | 'text'
        | 'list'
        | 'object'
        | 'missing'
        | 'unknownField'
        | 'fixed'
        | 'jsonObject'
        | 'sharedOrSeparate'
        | 'busy'
        | 'busyImport'
        | 'linkNotRun'
        | 'unknownParameter'
        | 'worldMissing';
    }
  /** A link's shop setting (`value`, as written) on a video scenario: ignored. */
  | { code: 'shopOnly'; value: string }
  /** A lesson link's `step` past the lesson's end: `asked` and `opened` 1-based, `steps` the lesson's count. */
  | { code: 'noSuchStep'; asked: number; steps: number; opened: number }
  /** Another type than those above, by zod's name for it. */
  | { code: 'type'; expected: string }
  /** One of `values`, each as it should be written (quoted or not). */
  | { code: 'oneOf'; values: string[] }
  | { code: 'unknownFields'; fields: string[] }
  /** A limit set by another field (`field`, its path) of the same scenario: ≤ (`notAboveField`) or ≥ (`notBelowField`) its value `limit`. */
  | { code: 'notAboveField' | 'notBelowField'; field: string; limit: number }
  | { code: 'worldMismatch'; expected: string; actual: string }
  /** `world` as written (JSON). */
  | { code: 'unknownWorld'; world: string }
  /** The JSON parser's own words. */
  | { code: 'notJson'; detail: string }
  /**
   * `lesson`: the link opens a lesson, which shows its own preset instead of the default;
   * `saved`: the page shows the saved experiment instead.
   */
  | { code: 'unknownPreset'; id: string; lesson?: boolean; saved?: boolean }
  /** The link's knobs were not applied; `saved`: the page shows the saved experiment, else the preset as it is. */
  | { code: 'linkNotApplied'; saved?: boolean }
  | { code: 'savedPresetGone'; id: string }
  /** A sentence of its own, e.g. a run too big for a browser tab. */
  | { code: 'message'; message: Message }
  /** What zod said, for issues this module has no words for (English). */
  | { code: 'other'; text: string };

export interface Problem {
  /** The field's path as written, e.g. `video.clickbaitShare`; `(scenario)`, `(file)` or `(link)` for the whole. */
  path: string;
  reason: ProblemReason;
  /** The value given, as written (JSON; NaN and Infinity as such). */
  got?: string;
  /** Set when the problem is one entry of a list (`path` names the list): its position, 1-based. */
  entry?: number;
  /** Set when a saved change was dropped because of this problem. */
  savedDropped?: boolean;
}

/** The English reason, without the field or the value. */
export function reasonEnglish(r: ProblemReason): string {
  switch (r.code) {
    case 'atMost':
      return `must be at most ${r.limit}`;
    case 'below':
      return `must be below ${r.limit}`;
    case 'atLeast':
      return `must be at least ${r.limit}`;
    case 'above':
      return `must be above ${r.limit}`;
    case 'maxEntries':
      return `must have at most ${r.limit} entries`;
    case 'minEntries':
      return `must have at least ${r.limit} entr${r.limit === 1 ? 'y' : 'ies'}`;
    case 'maxChars':
      return `must be at most ${r.limit} characters long`;
    case 'minChars':
      return `must be at least ${r.limit} characters long`;
    case 'notEmpty':
      return 'must not be empty';
    case 'integer':
      return 'must be a whole number (an integer)';
    case 'finite':
      return 'must be a finite number';
    case 'number':
      return 'must be a number';
    case 'boolean':
      return 'must be true or false';
    case 'text':
      return 'must be text';
    case 'list':
      return 'must be a list';
    case 'object':
      return 'must be an object';
    case 'missing':
      return 'missing';
    case 'unknownField':
      return 'unknown field';
    case 'fixed':
      return 'cannot be changed (it names the world of the preset)';
    case 'jsonObject':
      return 'must be a JSON object';
    case 'sharedOrSeparate':
      return 'must be shared or separate';
    case 'busy':
      return 'wait until the current step has finished';
    case 'busyImport':
      return 'wait until the current step has finished, then import again';
    case 'linkNotApplied':
      return `its changes to the scenario were not applied; showing ${r.saved ? 'your saved experiment' : 'the preset as it is'}`;
    case 'linkNotRun':
      return 'not run at once because of these problems; press Generate when ready';
    case 'unknownParameter':
      return 'unknown link parameter (ignored)';
    case 'worldMissing':
      return 'missing (a scenario names its world: "video" or "shop")';
    case 'shopOnly':
      return `${r.value} applies only to the online shop; this scenario is a video platform, so it was ignored`;
    case 'noSuchStep':
      return `this lesson has no step ${r.asked} (it has ${r.steps} steps); opened step ${r.opened}`;
    case 'type':
      return `must be ${r.expected}`;
    case 'oneOf':
      return `must be one of ${r.values.join(', ')}`;
    case 'unknownFields':
      return `unknown field${r.fields.length > 1 ? 's' : ''} ${r.fields.join(', ')}`;
    case 'notAboveField':
      return `must be at most ${r.field} (${r.limit})`;
    case 'notBelowField':
      return `must be at least ${r.field} (${r.limit})`;
    case 'worldMismatch':
      return `expected "${r.expected}", got "${r.actual}"`;
    case 'unknownWorld':
      return `unknown world ${r.world} (expected "video" or "shop")`;
    case 'notJson':
      return `not valid JSON: ${r.detail}`;
    case 'unknownPreset':
      return `unknown preset ${JSON.stringify(r.id)} (showing ${r.lesson ? "the lesson's own scenario" : r.saved ? 'your saved experiment' : 'the default'})`;
    case 'savedPresetGone':
      return `the saved preset ${JSON.stringify(r.id)} no longer exists; showing the default`;
    case 'message':
      return messageEnglish(r.message);
    case 'other':
      return r.text;
    default: {
      const unknown: never = r;
      return String(unknown);
    }
  }
}

/** What an entry of the list at `path` is called: the hidden widths are layers. */
export function entryKind(path: string): 'layer' | 'entry' {
  return path === 'model.hiddenUnits' ? 'layer' : 'entry';
}

/** One English line: `field: reason (got value)`; an entry of a list as `field (layer 2): …`. */
export function problemEnglish(p: Problem): string {
  const got = p.got === undefined ? '' : ` (got ${p.got})`;
  const entry = p.entry === undefined ? '' : ` (${entryKind(p.path)} ${p.entry})`;
  return `${p.path}${entry}: ${reasonEnglish(p.reason)}${got}${p.savedDropped ? ' (saved change dropped)' : ''}`;
}

/** A failed parse: the structured problems and their English lines, which never drift apart. */
export function failed(issues: Problem[]): { ok: false; problems: string[]; issues: Problem[] } {
  return { ok: false, problems: issues.map(problemEnglish), issues };
}
