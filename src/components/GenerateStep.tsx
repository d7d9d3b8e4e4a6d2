/** Step 1: build the synthetic platform (or shop) and its logged impressions. */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useGenerateStep, useScenario } from '../store/selectors';
import { GenerateCancelButton } from './progress/GenerateCancelButton';
import { GenerateProgress } from './progress/GenerateProgress';
import { ShopSummaryCard } from './shop/ShopSummaryCard';
import { StaleNote, Step } from './Step';
import { WorldSummaryCard } from './WorldSummaryCard';

export function GenerateStep() {
  const { phase, summary, generateMs, stale, canGenerate, generate } = useGenerateStep();
  const { world } = useScenario();
  const { t } = useTranslation();
  const generating = phase === 'generating';
  const generateButton = useRef<HTMLButtonElement>(null);
  return (
    <Step
      number={1}
      testId="step.generate"
      title={t(`world.${world}.generateTitle`)}
      lead={t(`world.${world}.generateLead`)}
      actions={
        <>
          <button ref={generateButton} type="button" className="button button--primary" data-testid="world.generate" onClick={generate} disabled={!canGenerate}>
            {generating ? t('step.generating') : summary ? t('step.generateAgain') : t('step.generate')}
          </button>
          <GenerateCancelButton generateButton={generateButton} />
        </>
      }
    >
      <GenerateProgress world={world} />
      {summary ? (
        <div className={stale ? 'is-stale' : undefined}>
          <StaleNote show={stale} />
          {summary.world === 'video' ? (
            <WorldSummaryCard summary={summary} generateMs={generateMs} />
          ) : (
            <ShopSummaryCard summary={summary} generateMs={generateMs} />
          )}
        </div>
      ) : generating ? null : (
        <p className="placeholder">{t(`world.${world}.pressGenerate`)}</p>
      )}
    </Step>
  );
}
