/**
 * How far the generation is: what it is drawing now, one bar over the whole job (an
 * accessible progressbar), the share done and the time left (with a warning when it
 * is very long); after a cancel, a line
 * saying that what was there before is still there.
 */
import { useTranslation } from 'react-i18next';
import type { GenerateProgress as Progress } from '../../core/progress/generateWork';
import { currentLocale } from '../../i18n';
import type { World } from '../../store/models';
import { useGeneration } from '../../store/progressSelectors';
import { LongRunWarning } from './LongRunWarning';
import { TimeLeftText } from './TimeLeftText';
import { useGenerateTimeLeft } from './useTimeLeft';

/** The i18n key of what a stage is doing; some read differently in each case. */
function stageKey(p: Progress, world: World): string {
  if (p.stage === 'users' || p.stage === 'items' || p.stage === 'labels') return `generate.stage.${p.stage}.${world}`;
  return `generate.stage.${p.stage}`;
}

export function GenerateProgress({ world }: { world: World }) {
  const { t } = useTranslation('progress');
  const { generating, generation, cancelled } = useGeneration();
  const timeLeftMs = useGenerateTimeLeft();
  if (cancelled) {
    return (
      <p className="placeholder" role="status" data-testid="generate.cancelled">
        {t('generate.cancelled')}
      </p>
    );
  }
  if (!generating) return null;
  const count = new Intl.NumberFormat(currentLocale());
  const fraction = generation?.progress.fraction ?? 0;
  // Whole percents, rounded down: "100 %" only once it is done.
  const shown = Math.floor(fraction * 100);
  const percent = count.format(shown);
  const stage = generation
    ? t(stageKey(generation.progress, world), { done: count.format(generation.progress.done), total: count.format(generation.progress.total) })
    : t('generate.starting');
  return (
    <div className="progress" data-testid="generate.progress-panel">
      <div className="progress__status">
        <span data-testid="generate.status">{stage}</span>
        <span className="progress__numbers">
          <TimeLeftText ms={timeLeftMs} testId="generate.time-left" />
          {' · '}
          <span>{t('generate.done', { percent })}</span>
        </span>
      </div>
      <div
        className="progress__track"
        role="progressbar"
        aria-label={t('generate.barLabel')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={shown}
        aria-valuetext={t('generate.valueText', { percent, stage })}
        data-testid="generate.progress"
      >
        <div className="progress__fill" style={{ width: `${fraction * 100}%` }} />
      </div>
      <LongRunWarning ms={timeLeftMs} kind="generate" />
    </div>
  );
}
