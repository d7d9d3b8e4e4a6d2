/**
 * Cancel beside Generate while a generation runs. Generate turns disabled under the
 * keyboard focus when pressed, which would drop the focus to <body>: it moves here,
 * and back to Generate when the generation ends.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useGeneration } from '../../store/progressSelectors';

export function GenerateCancelButton({ generateButton }: { generateButton: RefObject<HTMLButtonElement | null> }) {
  const { t } = useTranslation('progress');
  const { generating, cancel } = useGeneration();
  const button = useRef<HTMLButtonElement>(null);
  const wasGenerating = useRef(generating);
  useEffect(() => {
    if (wasGenerating.current === generating) return;
    wasGenerating.current = generating;
    const active = document.activeElement;
    const lost = !active || active === document.body;
    if (generating && (lost || active === generateButton.current)) button.current?.focus();
    else if (!generating && lost) generateButton.current?.focus();
  }, [generating, generateButton]);
  if (!generating) return null;
  return (
    <button ref={button} type="button" className="button" data-testid="generate.cancel" onClick={cancel} aria-label={t('generate.cancelLabel')}>
      {t('generate.cancel')}
    </button>
  );
}
