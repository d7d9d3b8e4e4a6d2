/**
 * Presenter mode's keys. A presenter's clicker sends PageDown / PageUp (some send
 * the arrows), so those must never change the room's answers or restart work:
 *
 * - PageDown / PageUp always step (next / back), except while typing in a text
 *   field; on a select or a slider they step instead of changing its value.
 * - ArrowRight / ArrowLeft step when the focus is on no control, or on one of the
 *   lesson panel's own buttons (Next, Back…). Controls that use the arrows (radio
 *   buttons, tabs, selects, sliders, text fields) keep them, and so does any
 *   control of the page: an arrow on the page's "Train again" does nothing.
 * - Space steps only when the focus is on no control: on a button it presses it.
 * - ArrowDown / ArrowUp scroll the lesson's step (when it is longer than the panel)
 *   unless a control uses them.
 *
 * Keys with a modifier (browser shortcuts) and held keys keep their usual meaning.
 */

/** The parts of a keyboard event this rule reads. */
export interface KeyLike {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  repeat?: boolean;
  /**
   * What has the focus: its tag name (any case), input type, role, whether it is
   * editable, and whether it is inside the lesson panel.
   */
  target: { tagName?: string; type?: string; role?: string | null; isContentEditable?: boolean; inPanel?: boolean } | null;
}

/** What a key does: step, scroll the lesson's step, or nothing (null: leave it to the page). */
export type PresenterKeyAction = 'next' | 'back' | 'scrollDown' | 'scrollUp';

/** Inputs that are not typed into: they take clicks, Space and (some) arrows, never text. */
const UNTYPED_INPUTS = new Set(['radio', 'checkbox', 'range', 'button', 'submit', 'reset', 'file', 'color', 'image']);
/** Elements that are controls: the keyboard acts on them. */
const CONTROL_TAGS = new Set(['BUTTON', 'A', 'SUMMARY', 'INPUT', 'SELECT', 'TEXTAREA']);
const CONTROL_ROLES = new Set(['button', 'link', 'checkbox', 'radio', 'switch', 'menuitem', 'tab', 'option', 'slider', 'spinbutton', 'combobox', 'listbox', 'textbox']);
/** Roles and inputs that use the arrow keys themselves. */
const ARROW_ROLES = new Set(['radio', 'tab', 'slider', 'spinbutton', 'combobox', 'listbox', 'option', 'menuitem', 'textbox']);
const ARROW_INPUTS = new Set(['radio', 'range']);

type Target = NonNullable<KeyLike['target']>;

/** Typing into a text field (any input but a radio, checkbox, slider or button; a textarea; editable content). */
function isTyping(t: Target, tag: string): boolean {
  if (t.isContentEditable || tag === 'TEXTAREA') return true;
  return tag === 'INPUT' && !UNTYPED_INPUTS.has((t.type ?? 'text').toLowerCase());
}

function isControl(t: Target, tag: string): boolean {
  return CONTROL_TAGS.has(tag) || (!!t.role && CONTROL_ROLES.has(t.role));
}

/** A control that moves its own value or selection with the arrows. */
function usesArrows(t: Target, tag: string): boolean {
  if (tag === 'SELECT' || isTyping(t, tag)) return true;
  if (tag === 'INPUT' && ARROW_INPUTS.has((t.type ?? '').toLowerCase())) return true;
  return !!t.role && ARROW_ROLES.has(t.role);
}

/** What a key does in presenter mode (see the module's comment). */
export function presenterKeyAction(e: KeyLike): PresenterKeyAction | null {
  if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || e.repeat) return null;
  const t: Target = e.target ?? {};
  const tag = (t.tagName ?? '').toUpperCase();
  switch (e.key) {
    case 'PageDown':
      return isTyping(t, tag) ? null : 'next';
    case 'PageUp':
      return isTyping(t, tag) ? null : 'back';
    case 'ArrowRight':
    case 'ArrowLeft': {
      if (usesArrows(t, tag)) return null;
      if (isControl(t, tag) && !t.inPanel) return null;
      return e.key === 'ArrowRight' ? 'next' : 'back';
    }
    case 'ArrowDown':
    case 'ArrowUp':
      if (usesArrows(t, tag)) return null;
      return e.key === 'ArrowDown' ? 'scrollDown' : 'scrollUp';
    case ' ':
    case 'Spacebar':
      return isControl(t, tag) || isTyping(t, tag) ? null : 'next';
    default:
      return null;
  }
}
