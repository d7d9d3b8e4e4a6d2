/**
 * Reset room (Start over outside presenter mode) asks before it clears every answer
 * and result: the first press arms it (its words change and a note says what will be
 * lost), a second press within a few seconds resets; Esc, or the time running out,
 * disarms it. A stray click, or a clicker's key on a focused button, cannot wipe the room.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** How long the button waits for the second press, milliseconds. */
export const RESET_CONFIRM_MS = 5000;

export function ResetButton({ presenter, onReset }: { presenter: boolean; onReset: () => void }) {
  const { t } = useTranslation('lessons');
  const [armed, setArmed] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const disarm = () => {
    clearTimeout(timer.current);
    setArmed(false);
  };
  const press = () => {
    if (armed) {
      disarm();
      onReset();
      return;
    }
    setArmed(true);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setArmed(false), RESET_CONFIRM_MS);
  };
  return (
    <>
      <button
        type="button"
        className={`button button--quiet${armed ? ' lesson-reset--armed' : ''}`}
        data-testid="lesson.reset"
        data-armed={armed ? '1' : '0'}
        onClick={press}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && armed) {
            e.preventDefault();
            disarm();
          }
        }}
        aria-describedby="lesson-reset-hint"
      >
        {armed ? t(presenter ? 'panel.resetRoomConfirm' : 'panel.startOverConfirm') : presenter ? t('panel.resetRoom') : t('panel.startOver')}
      </button>
      <p className="lesson-panel__confirm" role="status" data-testid="lesson.reset.note">
        {armed ? t('panel.resetConfirmNote', { seconds: RESET_CONFIRM_MS / 1000 }) : ''}
      </p>
    </>
  );
}
