/**
 * A training that will take very long says so early: with a heavy model (30 epochs,
 * two 512-unit layers) the time left appears after about ten seconds of steady pace,
 * long before 2 % is done, and a warning under the bar says how long at this speed,
 * what to change and that Cancel stops it. The world is sized so that even a machine
 * several times faster than the test machine needs well over the warning's ten minutes.
 */
import { expect, test } from './fixtures';
import { LabPage } from './pages/LabPage';

const HEAVY = { scenario: 'video-e2e-small', 'logging.impressions': '500000', 'model.epochs': '30', 'model.hiddenUnits': '512,512', backend: 'cpu' };

test('a very long training shows its time left early and warns, in plain words, before it is 2 % done', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.goto(HEAVY);
  await lab.generate();
  await lab.training.start();
  const timeLeft = page.getByTestId('train.time-left');
  const warning = page.getByTestId('train.long-run');
  await expect(timeLeft).toHaveAttribute('data-state', 'estimate');
  await expect(warning).toBeVisible();
  await expect(warning).toHaveText(/^At this speed the training needs about \d+ more (minutes|hours)\. Consider fewer impressions, fewer epochs or a smaller model; Cancel stops it\.$/);
  expect(Number(await warning.getAttribute('data-ms'))).toBeGreaterThan(10 * 60_000);
  // Early: the old estimator waited for 2 % of the work.
  expect(await lab.training.percent()).toBeLessThan(2);
  await lab.training.cancelButton.click();
  await expect(lab.training.cancelledNote).toBeVisible();
  await expect(warning).toHaveCount(0);
});
