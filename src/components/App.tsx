/** The page: the lesson, the scenario, and the three steps in order. */
import { useScenario } from '../store/selectors';
import { CompareStep } from './CompareStep';
import { ErrorBanner } from './ErrorBanner';
import { GenerateStep } from './GenerateStep';
import { Header } from './Header';
import { LinkBanner } from './LinkBanner';
import { RuntimeNotice } from './RuntimeNotice';
import { ScenarioLockHint } from './ScenarioLockHint';
import { ScenarioPicker } from './ScenarioPicker';
import { TrainStep } from './TrainStep';
import { WhyStep } from './why/WhyStep';
import { WORLD_TEXT } from './worldText';

export function App() {
  const { world } = useScenario();
  return (
    <div className="app">
      <Header />
      <main className="app-main">
        <RuntimeNotice />
        <LinkBanner />
        <ScenarioPicker />
        <ScenarioLockHint />
        <ErrorBanner />
        <GenerateStep />
        <TrainStep />
        <CompareStep />
        <WhyStep />
      </main>
      <footer className="app-footer">
        Everything runs in this browser, offline: a synthetic platform with a known truth, models trained with TensorFlow.js, and a
        replay against that truth. {WORLD_TEXT[world].citation}
      </footer>
    </div>
  );
}
