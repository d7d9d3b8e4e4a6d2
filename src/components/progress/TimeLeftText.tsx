/** "about 40 s left" in the current language, with the raw estimate for tests (`data-ms`). */
import { useTranslation } from 'react-i18next';
import { timeLeftWords } from '../../core/progress/timeLeft';
import { currentLocale } from '../../i18n';

interface TimeLeftTextProps {
  /** Estimated time left, ms; null while there is not enough signal yet. */
  ms: number | null;
  testId: string;
}

export function TimeLeftText({ ms, testId }: TimeLeftTextProps) {
  const { t } = useTranslation('progress');
  if (ms === null) {
    return (
      <span data-testid={testId} data-state="estimating">
        {t('timeLeft.estimating')}
      </span>
    );
  }
  const number = new Intl.NumberFormat(currentLocale());
  const words = timeLeftWords(ms);
  let text: string;
  if (words.unit === 'fewSeconds') text = t('timeLeft.fewSeconds');
  else if (words.unit === 'seconds') text = t('timeLeft.seconds', { seconds: number.format(words.seconds) });
  else if (words.unit === 'minutes') text = t('timeLeft.minutes', { minutes: number.format(words.minutes) });
  else text = t('timeLeft.hours', { hours: number.format(words.hours), minutes: number.format(words.minutes) });
  return (
    <span data-testid={testId} data-state="estimate" data-ms={Math.round(ms)}>
      {text}
    </span>
  );
}
