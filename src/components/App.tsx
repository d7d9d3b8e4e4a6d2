/** The page: the lesson, the scenario, and the three steps in order. */
import { Trans, useTranslation } from 'react-i18next';
import { useScenario } from '../store/selectors';
import { CompareStep } from './CompareStep';
import { ErrorBanner } from './ErrorBanner';
import { GenerateStep } from './GenerateStep';
import { Header } from './Header';
import { LessonBar } from './lessons/LessonBar';
import { LessonPanel } from './lessons/LessonPanel';
import { LinkBanner } from './LinkBanner';
import { RuntimeNotice } from './RuntimeNotice';
import { ScenarioLockHint } from './ScenarioLockHint';
import { ScenarioPicker } from './ScenarioPicker';
import { TrainStep } from './TrainStep';
import { sentenceGap } from '../i18n/spacing';
import { citationParts } from './worldText';
import { WhyStep } from './why/WhyStep';

export function App() {
  const { world } = useScenario();
  const { t } = useTranslation();
  return (
    <div className="app">
      <Header />
      <LessonPanel />
      <main className="app-main">
        <LessonBar />
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
        {t('footer.runsHere')}
        {sentenceGap()}
        {/* The paper's title stays English in either language, marked so for screen readers. */}
        <Trans t={t} i18nKey="footer.citation" values={citationParts(world)} components={{ paper: <cite lang="en" /> }} />
      </footer>
    </div>
  );
}
