/**
 * Why the scenario menu cannot be used right now: it is disabled while a training
 * runs (or is paused), and a disabled control alone does not say why.
 */
import { useTranslation } from 'react-i18next';
import { useScenarioLocked } from '../store/selectors';

export function ScenarioLockHint() {
  const locked = useScenarioLocked();
  const { t } = useTranslation();
  if (!locked) return null;
  return (
    <p className="scenario-lock-hint" role="status" data-testid="scenario.locked">
      {t('scenario.locked')}
    </p>
  );
}
