/** Presenter mode's keyboard stepping: ArrowRight / Space next, ArrowLeft back (see `presenterKeyAction`). */
import { useEffect } from 'react';
import { presenterKeyAction } from '../../lessons/keyboard';

export function usePresenterKeys(enabled: boolean, onNext: () => void, onBack: () => void): void {
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
        target: el && { tagName: el.tagName, type: el instanceof HTMLInputElement ? el.type : undefined, role: el.getAttribute('role'), isContentEditable: el.isContentEditable },
      });
      if (!action) return;
      e.preventDefault(); // Space would scroll the page
      if (action === 'next') onNext();
      else onBack();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled, onNext, onBack]);
}
