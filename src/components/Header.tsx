/** The page header: the app's name, the lesson of the active case in one sentence, and the backend. */
import { useScenario } from '../store/selectors';
import { BackendControl } from './BackendControl';
import { WORLD_TEXT } from './worldText';

export function Header() {
  const scenario = useScenario();
  return (
    <header className="app-header">
      <div className="app-header__text">
        <h1>Objective Lab</h1>
        <p className="app-header__lesson" data-testid="lesson" data-world={scenario.world}>
          {WORLD_TEXT[scenario.world].lesson}
        </p>
      </div>
      <BackendControl />
    </header>
  );
}
