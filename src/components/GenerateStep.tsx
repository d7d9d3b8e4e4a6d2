/** Step 1: build the synthetic platform (or shop) and its logged impressions. */
import { useTranslation } from 'react-i18next';
import { useGenerateStep, useScenario } from '../store/selectors';
import { ShopSummaryCard } from './shop/ShopSummaryCard';
import { StaleNote, Step } from './Step';
import { WorldSummaryCard } from './WorldSummaryCard';

export function GenerateStep() {
  const { phase, summary, generateMs, stale, canGenerate, generate } = useGenerateStep();
  const { world } = useScenario();
  const { t } = useTranslation();
  const generating = phase === 'generating';
  return (
    <Step
      number={1}
      testId="step.generate"
      title={t(`world.${world}.generateTitle`)}
      lead={t(`world.${world}.generateLead`)}
      actions={
        <button type="button" className="button button--primary" data-testid="world.generate" onClick={generate} disabled={!canGenerate}>
          {generating ? t('step.generating') : summary ? t('step.generateAgain') : t('step.generate')}
        </button>
      }
    >
      {summary ? (
        <div className={stale ? 'is-stale' : undefined}>
          <StaleNote show={stale} />
          {summary.world === 'video' ? (
            <WorldSummaryCard summary={summary} generateMs={generateMs} />
          ) : (
            <ShopSummaryCard summary={summary} generateMs={generateMs} />
          )}
        </div>
      ) : (
        <p className="placeholder">{generating ? t(`world.${world}.generating`) : t(`world.${world}.pressGenerate`)}</p>
      )}
    </Step>
  );
}
