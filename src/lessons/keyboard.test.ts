import { describe, expect, it } from 'vitest';
import { presenterKeyAction } from './keyboard';

const on = (tagName: string, extra: Record<string, unknown> = {}) => ({ tagName, ...extra });

describe('presenterKeyAction', () => {
  it('steps with the arrows and Space on the page', () => {
    expect(presenterKeyAction({ key: 'ArrowRight', target: on('BODY') })).toBe('next');
    expect(presenterKeyAction({ key: ' ', target: on('BODY') })).toBe('next');
    expect(presenterKeyAction({ key: 'ArrowLeft', target: on('div') })).toBe('back');
    expect(presenterKeyAction({ key: 'ArrowRight', target: on('BUTTON') })).toBe('next');
    expect(presenterKeyAction({ key: 'Enter', target: on('BODY') })).toBeNull();
  });

  it('leaves keys to fields and to controls that use them', () => {
    expect(presenterKeyAction({ key: 'ArrowLeft', target: on('INPUT', { type: 'number' }) })).toBeNull();
    expect(presenterKeyAction({ key: 'ArrowRight', target: on('INPUT', { type: 'radio' }) })).toBeNull();
    expect(presenterKeyAction({ key: 'ArrowRight', target: on('SELECT') })).toBeNull();
    expect(presenterKeyAction({ key: ' ', target: on('TEXTAREA') })).toBeNull();
    expect(presenterKeyAction({ key: ' ', target: on('DIV', { isContentEditable: true }) })).toBeNull();
    expect(presenterKeyAction({ key: ' ', target: on('BUTTON') })).toBeNull();
    expect(presenterKeyAction({ key: ' ', target: on('SUMMARY') })).toBeNull();
    expect(presenterKeyAction({ key: ' ', target: on('DIV', { role: 'button' }) })).toBeNull();
  });

  it('leaves shortcuts and held keys alone', () => {
    expect(presenterKeyAction({ key: 'ArrowLeft', altKey: true, target: on('BODY') })).toBeNull();
    expect(presenterKeyAction({ key: 'ArrowRight', ctrlKey: true, target: on('BODY') })).toBeNull();
    expect(presenterKeyAction({ key: ' ', shiftKey: true, target: on('BODY') })).toBeNull();
    expect(presenterKeyAction({ key: 'ArrowRight', repeat: true, target: on('BODY') })).toBeNull();
    expect(presenterKeyAction({ key: 'ArrowRight', target: null })).toBe('next');
  });
});
