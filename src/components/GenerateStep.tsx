/** Step 1: build the synthetic platform (or shop) and its logged impressions. */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useGenerateStep, useScenario } from '../store/selectors';
import { GenerateCancelButton } from './progress/GenerateCancelButton';
import { GenerateProgress } from './progress/GenerateProgress';
import { ShopSummaryCard } from './shop/ShopSummaryCard';
import { StaleNote, Step } from './Step';
import { WorldSummaryCard } from './WorldSummaryCard';
import { findKnob } from '../core/scenario/knobs';
import { knobText } from './scenarioText';
import { i18n } from '../i18n';

/** A knob's label in the current language (its path when it has none). */
function knobLabel(world: 'video' | 'shop', path: string): string {
  const knob = findKnob(world, path);
  return knob ? i18n.t('app:step.knobName', { label: knobText(world, knob).label }) : path;
}

export function GenerateStep() {
  const { phase, summary, generateMs, stale, canGenerate, draftPaths, generate } = useGenerateStep();
  const scenario = useScenario();
  const { world } = scenario;
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
          <button
            ref={generateButton}
            type="button"
            className="button button--primary"
            data-testid="world.generate"
            onClick={generate}
            disabled={!canGenerate}
            aria-describedby={draftPaths.length ? 'generate-refused' : undefined}
          >
            {generating ? t('step.generating') : summary ? t('step.generateAgain') : t('step.generate')}
          </button>
          <GenerateCancelButton generateButton={generateButton} />
        </>
      }
    >
      {draftPaths.length ? (
        <p id="generate-refused" className="generate-refused" role="status" data-testid="generate.refused" data-paths={draftPaths.join(' ')}>
          {t('step.refusedKnobs', { fields: draftPaths.map((path) => knobLabel(world, path)).join(i18n.t('messages:problem.listSeparator')) })}
        </p>
      ) : null}
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
