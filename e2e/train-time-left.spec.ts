/**
 * Training shows the time left over all its models beside the bar: once the pace
 * is known, never negative, hidden while paused (nothing counts down then) and back
 * after Resume.
 */
import { expect, test } from './fixtures';
import { LabPage } from './pages/LabPage';

test('training shows the time left over all models, and hides it while paused', async ({ page }) => {
  const lab = new LabPage(page);
  // Five times the small world's logs on the cpu backend: tens of seconds of training.
  await lab.goto({ scenario: 'video-e2e-small', 'logging.impressions': '150000', backend: 'cpu' });
  await lab.generate();
  const { training } = lab;
  const timeLeft = page.getByTestId('train.time-left');

  await training.start();
  await training.waitForProgress();
  await expect(timeLeft).toHaveAttribute('data-state', 'estimate');
  await expect(timeLeft).toHaveText(/^(a few seconds left|about \d+ (s|min) left)$/);
  expect(Number(await timeLeft.getAttribute('data-ms'))).toBeGreaterThanOrEqual(0);
  await expect(page.getByTestId('train.progress-panel')).toContainText(/examples\/s · (a few seconds|about \d+ (s|min)) left · \d+ % done/);

  await training.pauseButton.click();
  await expect(training.status).toContainText('Paused');
  await expect(timeLeft).toHaveCount(0);

  await training.pauseButton.click();
  await expect(timeLeft).toBeVisible();
  // After Resume the estimate carries on from where it was (pauses do not count as work).
  await expect(timeLeft).toHaveAttribute('data-state', 'estimate');
  expect(Number(await timeLeft.getAttribute('data-ms'))).toBeGreaterThanOrEqual(0);

  await training.cancelButton.click();
  await expect(training.cancelledNote).toBeVisible();
  await expect(timeLeft).toHaveCount(0);
});
