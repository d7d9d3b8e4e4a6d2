/**
 * A button pressed from the keyboard that turns disabled while its job runs drops
 * the focus to <body>; when the job ends, this puts the focus back on it (only if
 * nothing else took the focus meanwhile).
 */
import { useEffect, useRef, type RefObject } from 'react';

export function useFocusBack(button: RefObject<HTMLElement | null>, busy: boolean): void {
  const wasBusy = useRef(busy);
  useEffect(() => {
    const ended = wasBusy.current && !busy;
    wasBusy.current = busy;
    if (!ended) return;
    const active = document.activeElement;
    if (!active || active === document.body) button.current?.focus();
  }, [busy, button]);
}
