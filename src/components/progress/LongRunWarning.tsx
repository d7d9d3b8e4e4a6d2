/**
 * Says plainly when a job will take very long at its current speed (over ten
 * minutes left: "At this speed the training needs about 17 more hours…"), with what
 * to change and that Cancel stops it. Not a live region: the number moves every
 * second and a screen reader would chatter; the progress bar's own text carries the time left.
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { longRunWarning, longRunWords } from '../../core/progress/longRun';
import { currentLocale } from '../../i18n';

interface Props {
  /** The job's time left, ms, or null while it is not known. */
  ms: number | null;
  kind: 'train' | 'generate';
}

export function LongRunWarning({ ms, kind }: Props) {
  const { t } = useTranslation('progress');
  const shown = useRef(false);
  const last = useRef<number | null>(null);
  shown.current = longRunWarning(ms, shown.current);
  if (ms !== null) last.current = ms;
  if (!shown.current || last.current === null) return null;
  const number = new Intl.NumberFormat(currentLocale());
  const words = longRunWords(last.current);
  const time = words.unit === 'minutes' ? t('longRun.minutes', { minutes: number.format(words.minutes) }) : t('longRun.hours', { hours: number.format(words.hours) });
  return (
    <p className="progress__warning" data-testid={`${kind}.long-run`} data-ms={Math.round(last.current)}>
      {t(`longRun.${kind}`, { time })}
    </p>
  );
}
