/**
 * Step 3: the simulated A/B test. Each policy ranks candidates for the same users;
 * the ground truth says what each ranking earns. The case's own results view
 * (video or shop) shows the charts and the table.
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { reportRanScenario } from '../core/report/report';
import { findScenario } from '../store/scenarios';
import { useCompareStep, useScenario } from '../store/selectors';
import { ExportButton } from './ExportButton';
import { formatCount, formatDuration } from './format';
import { scenarioTitle } from './scenarioText';
import { ShopResults } from './shop/ShopResults';
import { BusinessExport } from './why/BusinessExport';
import { StaleNote, Step } from './Step';
import { useFocusBack } from './useFocusBack';
import { VideoResults } from './video/VideoResults';

export function CompareStep() {
  const { phase, result, report, savedReport, compareMs, stale, modelsStale, canCompare, compare, goal } = useCompareStep();
  const scenario = useScenario();
  const { t } = useTranslation();
  const comparing = phase === 'comparing';
  const compareButton = useRef<HTMLButtonElement>(null);
  useFocusBack(compareButton, comparing);
  // A shop result that ranked for another goal than the one chosen now: the models still fit, the ranking does not.
  const goalStale = !stale && !modelsStale && result?.world === 'shop' && goal !== null && result.goal !== goal;
  const outdated = stale || modelsStale || goalStale;
  const world = scenario.world;
  const saved = savedReport ? findScenario(savedReport.scenario) : undefined;
  // The saved results may come from another scenario than the one on screen (a link replaced it): said plainly.
  const savedIsCurrent = savedReport !== null && reportRanScenario(savedReport, scenario);
  return (
    <Step
      number={3}
      testId="step.compare"
      title={t('compare.title')}
      lead={t(`world.${world}.compareLead`)}
      waiting={!canCompare && !result && !comparing}
      actions={
        <>
          <button ref={compareButton} type="button" className="button button--primary" data-testid="compare.start" onClick={compare} disabled={!canCompare}>
            {comparing ? t('compare.comparing') : result ? t('compare.compareAgain') : t('compare.compare')}
          </button>
          {/* One export group: the report as JSON or CSV (before any comparison in this visit, the saved one) and the business chart as PNG. */}
          <div className="compare-exports" role="group" aria-label={t('compare.exportGroup')}>
            <ExportButton report={outdated ? null : (report ?? (result ? null : savedReport))} />
            <BusinessExport available={result !== null && !outdated && !comparing} />
          </div>
        </>
      }
    >
      {!result ? (
        <>
          <p className="placeholder">{comparing ? t('compare.replaying') : canCompare ? t('compare.pressCompare') : t('compare.trainFirst')}</p>
          {savedReport && !comparing ? (
            <p className="editor__note" data-testid="saved.results" data-scenario={savedReport.scenario} data-current={savedIsCurrent}>
              {t(savedIsCurrent ? 'compare.saved' : 'compare.savedOther', { scenario: scenarioTitle(savedReport.scenarioFile ?? saved ?? { id: savedReport.scenario, title: savedReport.scenario }), seed: savedReport.seed, backend: savedReport.backend })}
            </p>
          ) : null}
        </>
      ) : (
        <div className={outdated ? 'is-stale' : undefined} data-world={result.world} data-testid="business-metrics">
          <StaleNote show={stale} />
          {modelsStale && !stale ? (
            <p className="stale-note" role="status" data-testid="results.models-stale">
              {t('compare.modelsStale')}
            </p>
          ) : null}
          {goalStale && result.world === 'shop' && goal ? (
            <p className="stale-note" role="status" data-testid="results.goal-stale">
              {t('compare.goalStale', { was: t(`compare.goalWords.${result.goal}`), now: t(`compare.goalWords.${goal}`) })}
            </p>
          ) : null}
          {!outdated && !comparing ? (
            <p className="results-ready" data-testid="results-ready" data-goal={result.world === 'shop' ? result.goal : undefined}>
              {t(result.world === 'shop' ? 'compare.readyShop' : 'compare.ready', {
                title: scenarioTitle(scenario),
                users: formatCount(result.users),
                usersWord: t(`world.${result.world}.users`),
                topK: result.topK,
                candidates: formatCount(result.candidatesPerUser),
                itemsWord: t(`world.${result.world}.items`),
                goal: result.world === 'shop' ? t(`compare.goalWords.${result.goal}`) : '',
                duration: formatDuration(compareMs),
              })}
            </p>
          ) : null}
          {result.world === 'video' ? <VideoResults result={result} /> : <ShopResults result={result} />}
        </div>
      )}
    </Step>
  );
}
