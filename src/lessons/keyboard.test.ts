import { describe, expect, it } from 'vitest';
import { presenterKeyAction } from './keyboard';

const on = (tagName: string, extra: Record<string, unknown> = {}) => ({ tagName, ...extra });
const panel = (tagName: string, extra: Record<string, unknown> = {}) => on(tagName, { inPanel: true, ...extra });

describe('presenterKeyAction', () => {
  it('steps with the arrows and Space where no control has the focus', () => {
    expect(presenterKeyAction({ key: 'ArrowRight', target: on('BODY') })).toBe('next');
    expect(presenterKeyAction({ key: ' ', target: on('BODY') })).toBe('next');
    expect(presenterKeyAction({ key: 'ArrowLeft', target: on('div') })).toBe('back');
    expect(presenterKeyAction({ key: ' ', target: panel('SECTION') })).toBe('next');
    expect(presenterKeyAction({ key: 'ArrowRight', target: panel('H3') })).toBe('next');
    expect(presenterKeyAction({ key: 'ArrowRight', target: null })).toBe('next');
    expect(presenterKeyAction({ key: 'Enter', target: on('BODY') })).toBeNull();
  });

  it("steps with the arrows on the panel's own buttons (Next after an action), where Space presses them", () => {
    expect(presenterKeyAction({ key: 'ArrowRight', target: panel('BUTTON') })).toBe('next');
    expect(presenterKeyAction({ key: 'ArrowLeft', target: panel('BUTTON') })).toBe('back');
    expect(presenterKeyAction({ key: ' ', target: panel('BUTTON') })).toBeNull();
  });

  it("leaves Space and the arrows to a focused page control (Space on the page's Train again presses it; → there does not step)", () => {
    expect(presenterKeyAction({ key: ' ', target: on('BUTTON') })).toBeNull();
    expect(presenterKeyAction({ key: 'ArrowRight', target: on('BUTTON') })).toBeNull();
    expect(presenterKeyAction({ key: 'ArrowLeft', target: on('A') })).toBeNull();
    expect(presenterKeyAction({ key: ' ', target: on('SUMMARY') })).toBeNull();
    expect(presenterKeyAction({ key: ' ', target: on('DIV', { role: 'button' }) })).toBeNull();
  });

  it('leaves the arrows to controls that use them, in the panel too: an answer is never changed by a step key', () => {
    expect(presenterKeyAction({ key: 'ArrowRight', target: panel('INPUT', { type: 'radio' }) })).toBeNull();
    expect(presenterKeyAction({ key: 'ArrowLeft', target: on('BUTTON', { role: 'tab' }) })).toBeNull();
    expect(presenterKeyAction({ key: 'ArrowRight', target: on('SELECT') })).toBeNull();
    expect(presenterKeyAction({ key: 'ArrowRight', target: on('INPUT', { type: 'range' }) })).toBeNull();
    expect(presenterKeyAction({ key: 'ArrowLeft', target: on('INPUT', { type: 'number' }) })).toBeNull();
    expect(presenterKeyAction({ key: ' ', target: on('TEXTAREA') })).toBeNull();
    expect(presenterKeyAction({ key: ' ', target: on('DIV', { isContentEditable: true }) })).toBeNull();
    expect(presenterKeyAction({ key: ' ', target: panel('INPUT', { type: 'radio' }) })).toBeNull();
  });

  it("steps with a clicker's PageDown / PageUp on any control, but not while typing", () => {
    for (const target of [on('BODY'), on('BUTTON'), panel('INPUT', { type: 'radio' }), on('SELECT'), on('INPUT', { type: 'range' }), on('BUTTON', { role: 'tab' })]) {
      expect(presenterKeyAction({ key: 'PageDown', target }), target.tagName).toBe('next');
      expect(presenterKeyAction({ key: 'PageUp', target }), target.tagName).toBe('back');
    }
    expect(presenterKeyAction({ key: 'PageDown', target: on('INPUT', { type: 'text' }) })).toBeNull();
    expect(presenterKeyAction({ key: 'PageDown', target: on('INPUT') })).toBeNull();
    expect(presenterKeyAction({ key: 'PageUp', target: on('TEXTAREA') })).toBeNull();
  });

  it("scrolls the lesson's step with ↓ and ↑ unless a control uses them", () => {
    expect(presenterKeyAction({ key: 'ArrowDown', target: on('BODY') })).toBe('scrollDown');
    expect(presenterKeyAction({ key: 'ArrowUp', target: panel('BUTTON') })).toBe('scrollUp');
    expect(presenterKeyAction({ key: 'ArrowDown', target: panel('INPUT', { type: 'radio' }) })).toBeNull();
    expect(presenterKeyAction({ key: 'ArrowDown', target: on('SELECT') })).toBeNull();
  });

  it('leaves shortcuts and held keys alone', () => {
    expect(presenterKeyAction({ key: 'ArrowLeft', altKey: true, target: on('BODY') })).toBeNull();
    expect(presenterKeyAction({ key: 'ArrowRight', ctrlKey: true, target: on('BODY') })).toBeNull();
    expect(presenterKeyAction({ key: ' ', shiftKey: true, target: on('BODY') })).toBeNull();
    expect(presenterKeyAction({ key: 'PageDown', metaKey: true, target: on('BODY') })).toBeNull();
    expect(presenterKeyAction({ key: 'ArrowRight', repeat: true, target: on('BODY') })).toBeNull();
  });
});
