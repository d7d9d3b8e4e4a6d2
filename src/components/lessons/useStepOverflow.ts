/**
 * Whether the lesson's step is longer than the panel shows (so the panel can fade
 * its bottom and offer "More below", and fade its top once scrolled), and a way to scroll it by keys or buttons.
 * Watches the step's scroll position and the size of the step and its content (an
 * answer, a "Done" note or a result can make it grow without a scroll).
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'react';

/** Pixels of slack: rounding leaves a pixel or two at the bottom of a scrolled box. */
const SLACK_PX = 2;

export function useStepOverflow(stepKey: string | null) {
  const section = useRef<HTMLElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const [moreBelow, setMoreBelow] = useState(false);
  const [moreAbove, setMoreAbove] = useState(false);

  useLayoutEffect(() => {
    const el = section.current;
    if (!el) return;
    const update = () => {
      setMoreBelow(el.scrollHeight - el.clientHeight - el.scrollTop > SLACK_PX);
      setMoreAbove(el.scrollTop > SLACK_PX);
    };
    update();
    el.addEventListener('scroll', update, { passive: true });
    const observer = new ResizeObserver(update);
    observer.observe(el);
    if (content.current) observer.observe(content.current);
    return () => {
      el.removeEventListener('scroll', update);
      observer.disconnect();
    };
  }, [stepKey]);

  /**
   * Scrolls the step by most of its height.
   * @param direction 1 down, −1 up
   * @returns whether there was anything to scroll that way
   */
  const scrollBy = useCallback((direction: 1 | -1): boolean => {
    const el = section.current;
    if (!el) return false;
    const room = direction > 0 ? el.scrollHeight - el.clientHeight - el.scrollTop : el.scrollTop;
    if (room <= SLACK_PX) return false;
    el.scrollBy({ top: direction * Math.max(48, el.clientHeight * 0.6) });
    return true;
  }, []);

  return { section, content, moreBelow, moreAbove, scrollBy };
}
