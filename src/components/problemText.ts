/**
 * A scenario, link or saved-work problem (see `core/messages/problem.ts`) as one
 * line in the current language: the field as written in the file or link (a field
 * path is code and stays as it is), the reason in words, the value given.
 */
import { entryKind, type Problem, type ProblemReason } from '../core/messages/problem';
import type { ScenarioNote } from '../core/scenario/consistency';
import { formatCount } from './format';
import { i18n } from '../i18n';
import { messageText } from './messageText';

const PSEUDO_PATHS: Record<string, string> = { '(scenario)': 'scenario', '(file)': 'file', '(link)': 'link' };

/** A limit as the schema writes it (like the field path, it is what to type in a file or a link). */
const limit = (n: number) => String(n);

function reasonText(r: ProblemReason): string {
  const t = (key: string, params?: Record<string, unknown>) => i18n.t(`messages:problem.reason.${key}`, params ?? {});
  const list = (items: string[]) => items.join(i18n.t('messages:problem.listSeparator'));
  switch (r.code) {
    case 'atMost':
    case 'below':
    case 'atLeast':
    case 'above':
    case 'maxEntries':
    case 'maxChars':
    case 'minChars':
      return t(r.code, { limit: limit(r.limit) });
    case 'minEntries':
      return t(r.limit === 1 ? 'minEntriesOne' : 'minEntries', { limit: limit(r.limit) });
    case 'type':
      return t('type', { expected: r.expected });
    case 'oneOf':
      return t('oneOf', { values: list(r.values) });
    case 'unknownFields':
      return t(r.fields.length > 1 ? 'unknownFields' : 'unknownFieldsOne', { fields: list(r.fields) });
    case 'notAboveField':
    case 'notBelowField':
      return t(r.code, { field: r.field, limit: limit(r.limit) });
    case 'worldMismatch':
      return t('worldMismatch', { expected: r.expected, actual: r.actual });
    case 'unknownWorld':
      return t('unknownWorld', { world: r.world });
    case 'shopOnly':
      return t('shopOnly', { value: r.value });
    case 'noSuchStep':
      return t('noSuchStep', { asked: r.asked, steps: r.steps, opened: r.opened });
    case 'notJson':
      return t('notJson', { detail: r.detail });
    case 'unknownPreset':
      return t(r.lesson ? 'unknownPresetLesson' : r.saved ? 'unknownPresetSaved' : 'unknownPreset', { id: JSON.stringify(r.id) });
    case 'linkNotApplied':
      return t(r.saved ? 'linkNotAppliedSaved' : 'linkNotApplied');
    case 'savedPresetGone':
      return t(r.code, { id: JSON.stringify(r.id) });
    case 'message':
      return messageText(r.message);
    case 'other':
      return r.text;
    default:
      return t(r.code);
  }
}

/** The problem as one line, e.g. "video.clickbaitShare: must be at most 1 (got 1.5)" or "video.clickbaitShare：不能大于 1（实际为 1.5）". */
export function problemText(p: Problem): string {
  const pseudo = PSEUDO_PATHS[p.path];
  const entry = p.entry === undefined ? '' : i18n.t(`messages:problem.entry.${entryKind(p.path)}`, { n: p.entry });
  const path = (pseudo ? i18n.t(`messages:problem.paths.${pseudo}`) : p.path) + entry;
  const line = i18n.t('messages:problem.line', { path, reason: reasonText(p.reason) });
  const got = p.got === undefined ? '' : i18n.t('messages:problem.got', { got: p.got });
  const dropped = p.savedDropped ? i18n.t('messages:problem.dropped') : '';
  return `${line}${got}${dropped}`;
}

/** A setting that runs capped, as one line: "evaluation.replayUsers: 20,000 asked, but the world has 10 users: the A/B test serves all 10." */
export function noteText(n: ScenarioNote): string {
  return i18n.t(`messages:note.${n.code}.${n.world}`, { path: n.path, asked: formatCount(n.asked), used: formatCount(n.used) });
}
