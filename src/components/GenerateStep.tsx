/** Step 1: build the synthetic platform (or shop) and its logged impressions. */
import { useRef } from 'react';
import { useGenerateStep, useScenario } from '../store/selectors';
import { GenerateCancelButton } from './progress/GenerateCancelButton';
import { GenerateProgress } from './progress/GenerateProgress';
import { ShopSummaryCard } from './shop/ShopSummaryCard';
import { StaleNote, Step } from './Step';
import { WorldSummaryCard } from './WorldSummaryCard';
import { WORLD_TEXT } from './worldText';

export function GenerateStep() {
  const { phase, summary, generateMs, stale, canGenerate, generate } = useGenerateStep();
  const { world } = useScenario();
  const generating = phase === 'generating';
  const text = WORLD_TEXT[world];
  const generateButton = useRef<HTMLButtonElement>(null);
  return (
    <Step
      number={1}
      testId="step.generate"
      title={world === 'shop' ? 'Generate the shop' : 'Generate the platform'}
      lead={text.generateLead}
      actions={
        <>
          <button ref={generateButton} type="button" className="button button--primary" data-testid="world.generate" onClick={generate} disabled={!canGenerate}>
            {generating ? 'Generating…' : summary ? 'Generate again' : 'Generate'}
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
      ) : (
        <p className="placeholder">
          {generating
            ? `Generating ${text.users}, ${text.items} and logs…`
            : `Press Generate to create the ${world === 'shop' ? 'shop' : 'platform'}.`}
        </p>
      )}
    </Step>
  );
}
