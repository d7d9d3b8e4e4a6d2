/**
 * Step 4, "See why": once a comparison exists, five views explain it from the
 * items themselves. Tabs keep one view on screen at a time (readable on a
 * projector at 1024×768); only the open view is rendered.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import { useWhyT } from './useWhyT';
import { useWhyStep } from '../../store/whySelectors';
import { Step } from '../Step';
import { CalibrationView } from './CalibrationView';
import { DialView } from './DialView';
import { ItemMapView } from './ItemMapView';
import { OfflineOnlineView } from './OfflineOnlineView';
import { UserListsView } from './UserListsView';
import './why.css';

const TABS = ['map', 'lists', 'dial', 'calibration', 'offline'] as const;
type Tab = (typeof TABS)[number];

export function WhyStep() {
  const t = useWhyT();
  const { insights, result, report, scenarioId, seed, comparing, outdated } = useWhyStep();
  const [tab, setTab] = useState<Tab>('map');
  const buttons = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});
  const ready = insights !== null && result !== null && insights.world === result.world && !outdated && !comparing;
  const fileStem = `objective-lab-${report?.scenario ?? scenarioId}-seed${report?.seed ?? seed}`;

  // Arrow keys move between tabs (WAI-ARIA tabs pattern); the focused tab opens at once.
  const onKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const k = TABS.indexOf(tab);
    const next = e.key === 'ArrowRight' ? (k + 1) % TABS.length : e.key === 'ArrowLeft' ? (k + TABS.length - 1) % TABS.length : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : -1;
    if (next < 0) return;
    e.preventDefault();
    setTab(TABS[next]);
    buttons.current[TABS[next]]?.focus();
  };

  return (
    <Step number={4} testId="step.why" title={t('step.title')} lead={t('step.lead')} waiting={!ready}>
      {!ready ? (
        <p className="placeholder" data-testid="why.placeholder">
          {comparing ? t('step.comparing') : outdated && insights ? t('step.outdated') : t('step.waiting')}
        </p>
      ) : (
        <div className="why" data-testid="why.views" data-world={insights.world}>
          <div className="why-tabs" role="tablist" aria-label={t('step.tabs')}>
            {TABS.map((id) => (
              <button
                key={id}
                ref={(el) => {
                  buttons.current[id] = el;
                }}
                type="button"
                role="tab"
                id={`why-tab-${id}`}
                aria-selected={tab === id}
                aria-controls={`why-panel-${id}`}
                tabIndex={tab === id ? 0 : -1}
                className={`why-tabs__tab${tab === id ? ' is-active' : ''}`}
                data-testid={`why.tab.${id}`}
                onClick={() => setTab(id)}
                onKeyDown={onKey}
              >
                {t(`tabs.${id}`)}
              </button>
            ))}
          </div>
          <div role="tabpanel" id={`why-panel-${tab}`} aria-labelledby={`why-tab-${tab}`} className="why-tabpanel">
            {tab === 'map' ? <ItemMapView insights={insights} fileStem={fileStem} /> : null}
            {tab === 'lists' ? <UserListsView insights={insights} fileStem={fileStem} /> : null}
            {tab === 'dial' ? <DialView insights={insights} fileStem={fileStem} /> : null}
            {tab === 'calibration' ? <CalibrationView insights={insights} result={result} fileStem={fileStem} /> : null}
            {tab === 'offline' ? <OfflineOnlineView result={result} fileStem={fileStem} /> : null}
          </div>
        </div>
      )}
    </Step>
  );
}
