/**
 * Step 3: the simulated A/B test. Each policy ranks candidates for the same users;
 * the ground truth says what each ranking earns. The case's own results view
 * (video or shop) shows the charts and the table.
 */
import { useCompareStep, useScenario } from '../store/selectors';
import { ExportButton } from './ExportButton';
import { formatDuration } from './format';
import { ShopResults } from './shop/ShopResults';
import { StaleNote, Step } from './Step';
import { VideoResults } from './video/VideoResults';
import { BusinessExport } from './why/BusinessExport';
import { WORLD_TEXT } from './worldText';

const GOAL_WORDS = { purchases: 'purchases', gmv: 'GMV' } as const;

export function CompareStep() {
  const { phase, result, report, savedReport, compareMs, stale, modelsStale, canCompare, compare, goal } = useCompareStep();
  const scenario = useScenario();
  const comparing = phase === 'comparing';
  // A shop result that ranked for another goal than the one chosen now: the models still fit, the ranking does not.
  const goalStale = !stale && !modelsStale && result?.world === 'shop' && goal !== null && result.goal !== goal;
  const outdated = stale || modelsStale || goalStale;
  const text = WORLD_TEXT[scenario.world];
  return (
    <Step
      number={3}
      testId="step.compare"
      title="Compare them in a simulated A/B test"
      lead={text.compareLead}
      waiting={!canCompare && !result && !comparing}
      actions={
        <>
          <button type="button" className="button button--primary" data-testid="compare.start" onClick={compare} disabled={!canCompare}>
            {comparing ? 'Comparing…' : result ? 'Compare again' : 'Compare'}
          </button>
          {/* Before any comparison in this visit, the export offers the saved report of the last one. */}
          <ExportButton report={outdated ? null : (report ?? (result ? null : savedReport))} />
        </>
      }
    >
      {!result ? (
        <>
          <p className="placeholder">{comparing ? 'Replaying every policy against the ground truth…' : 'Train the models, then press Compare.'}</p>
          {savedReport && !comparing ? (
            <p className="editor__note" data-testid="saved.results" data-scenario={savedReport.scenario}>
              Saved from your last comparison: “{savedReport.scenario}”, seed {savedReport.seed}, {savedReport.backend} backend. Export it with the buttons
              above.
            </p>
          ) : null}
        </>
      ) : (
        <div className={outdated ? 'is-stale' : undefined} data-world={result.world} data-testid="business-metrics">
          {/* The summary view of "See why" (step 4): its PNG and CSV. */}
          {!outdated && !comparing ? <BusinessExport /> : null}
          <StaleNote show={stale} />
          {modelsStale && !stale ? (
            <p className="stale-note" role="status" data-testid="results.models-stale">
              These results come from models trained with the other ESMM setting. Press Train again, then Compare: the generated logs stay as they are.
            </p>
          ) : null}
          {goalStale && result.world === 'shop' && goal ? (
            <p className="stale-note" role="status" data-testid="results.goal-stale">
              These results rank for {GOAL_WORDS[result.goal]}. Press Compare again to rank for {GOAL_WORDS[goal]}: the trained models stay as they are.
            </p>
          ) : null}
          {!outdated && !comparing ? (
            <p className="results-ready" data-testid="results-ready" data-goal={result.world === 'shop' ? result.goal : undefined}>
              Results for “{scenario.title}”: {result.users.toLocaleString('en-US')} {text.users} each shown the top {result.topK} of{' '}
              {result.candidatesPerUser} candidate {text.items}
              {result.world === 'shop' ? `, ranked for ${GOAL_WORDS[result.goal]}` : ''}, replayed in {formatDuration(compareMs)}.
            </p>
          ) : null}
          {result.world === 'video' ? <VideoResults result={result} /> : <ShopResults result={result} />}
        </div>
      )}
    </Step>
  );
}
