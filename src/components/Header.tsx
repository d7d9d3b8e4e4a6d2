/** The page header: the app's name, the lesson of the active case in one sentence, the language and the backend. */
import { useTranslation } from 'react-i18next';
import { useScenario } from '../store/selectors';
import { BackendControl } from './BackendControl';
import { LanguageSwitch } from './LanguageSwitch';

export function Header() {
  const scenario = useScenario();
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="app-header__text">
        <h1>Objective Lab</h1>
        <p className="app-header__lesson" data-testid="lesson" data-world={scenario.world}>
          {t(`world.${scenario.world}.lesson`)}
        </p>
      </div>
      <div className="app-header__controls">
        <LanguageSwitch />
        <BackendControl />
      </div>
    </header>
  );
}
