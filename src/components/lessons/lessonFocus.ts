/**
 * Where the keyboard focus goes in a lesson so that a presenter's keys (a clicker's
 * arrows, Space) never change an answer or restart work: after an action started
 * from the panel, and after an answer picked with the pointer, the focus moves to
 * the panel's Next button (or, while Next is closed, to the step itself, where the
 * arrows change nothing). Answers picked with the keyboard keep the focus where it is.
 */
import { createContext, useContext, useEffect, useRef, type KeyboardEvent, type PointerEvent } from 'react';

export interface LessonFocus {
  /**
   * Moves the focus to Next when it is open.
   * @param orStep where Next is closed: true to focus the step instead, false to leave the focus alone
   */
  focusNext(orStep: boolean): void;
}

export const LessonFocusContext = createContext<LessonFocus>({ focusNext: () => {} });

export const useLessonFocus = (): LessonFocus => useContext(LessonFocusContext);

/**
 * For a form of answers: spread `handlers` on the form and call `picked()` in each
 * answer's change handler; a pick made with the pointer then sends the focus to Next
 * once the answer is rendered (Next may have just opened).
 */
export function usePointerPick(): { handlers: { onPointerDown: (e: PointerEvent) => void; onKeyDown: (e: KeyboardEvent) => void }; picked: () => void } {
  const { focusNext } = useLessonFocus();
  const byPointer = useRef(false);
  const pending = useRef(false);
  // After every render: the one that shows the new answer (and Next's new state) sends the focus on.
  useEffect(() => {
    if (!pending.current) return;
    pending.current = false;
    focusNext(true);
  });
  return {
    handlers: {
      onPointerDown: () => {
        byPointer.current = true;
      },
      onKeyDown: () => {
        byPointer.current = false;
      },
    },
    picked: () => {
      if (byPointer.current) pending.current = true;
      byPointer.current = false;
    },
  };
}
