/** Presenter mode's keys: stepping and scrolling the lesson's step (see `presenterKeyAction`). */
import { useEffect } from 'react';
import { presenterKeyAction } from '../../lessons/keyboard';

/**
 * @param scrollStep scrolls the lesson's step (1 down, −1 up); returns false where it cannot, so the page scrolls instead
 */
export function usePresenterKeys(enabled: boolean, onNext: () => void, onBack: () => void, scrollStep: (direction: 1 | -1) => boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      const el = e.target instanceof HTMLElement ? e.target : null;
      const action = presenterKeyAction({
        key: e.key,
        altKey: e.altKey,
        ctrlKey: e.ctrlKey,
        metaKey: e.metaKey,
        shiftKey: e.shiftKey,
        repeat: e.repeat,
        target: el && {
          tagName: el.tagName,
          type: el instanceof HTMLInputElement ? el.type : undefined,
          role: el.getAttribute('role'),
          isContentEditable: el.isContentEditable,
          inPanel: el.closest('.lesson-panel') !== null,
        },
      });
      if (!action) return;
      if (action === 'scrollDown' || action === 'scrollUp') {
        // A step that fits leaves ↓ and ↑ to the page.
        if (scrollStep(action === 'scrollDown' ? 1 : -1)) e.preventDefault();
        return;
      }
      e.preventDefault(); // Space and PageDown would scroll the page, a select would change its option
      if (action === 'next') onNext();
      else onBack();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled, onNext, onBack, scrollStep]);
}
