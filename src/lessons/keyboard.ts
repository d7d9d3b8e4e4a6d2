/**
 * Presenter mode's keys: ArrowRight and Space go to the next step, ArrowLeft back.
 * Keys typed into a field, or pressed on a control that uses them itself (Space
 * presses a focused button, arrows move between radio buttons and in a select),
 * keep their usual meaning; so do keys with a modifier (browser shortcuts).
 */

/** The parts of a keyboard event this rule reads. */
export interface KeyLike {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  repeat?: boolean;
  /** What has the focus: its tag name (any case), input type, role and whether it is editable. */
  target: { tagName?: string; type?: string; role?: string | null; isContentEditable?: boolean } | null;
}

const TYPING_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
/** Controls that act on Space or Enter themselves. */
const PRESSABLE_TAGS = new Set(['BUTTON', 'A', 'SUMMARY']);
const PRESSABLE_ROLES = new Set(['button', 'link', 'checkbox', 'radio', 'switch', 'menuitem', 'tab', 'option']);

/** What a key does in presenter mode: `next`, `back`, or null (leave it to the page). */
export function presenterKeyAction(e: KeyLike): 'next' | 'back' | null {
  if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || e.repeat) return null;
  const t = e.target;
  const tag = (t?.tagName ?? '').toUpperCase();
  if (TYPING_TAGS.has(tag) || t?.isContentEditable) return null;
  if (e.key === 'ArrowRight') return 'next';
  if (e.key === 'ArrowLeft') return 'back';
  if (e.key === ' ' || e.key === 'Spacebar') {
    if (PRESSABLE_TAGS.has(tag) || (t?.role && PRESSABLE_ROLES.has(t.role))) return null;
    return 'next';
  }
  return null;
}
