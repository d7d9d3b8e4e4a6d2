/**
 * Pause, resume and cancel act on a training in progress. The default scenario on
 * the cpu backend trains for long enough (tens of seconds) to act on it; the spec
 * cancels long before the end.
 */
import { expect, test } from './fixtures';
import { LabPage } from './pages/LabPage';

test('pause holds training, resume continues it, cancel stops it', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.goto({ backend: 'cpu' });
  await lab.generate();
  const { training } = lab;

  await training.start();
  // Train turns disabled under the focus: the focus moves to Pause, not to <body>.
  await expect(training.pauseButton).toBeFocused();
  await expect(page.getByTestId('scenario.locked')).toContainText('Cancel training to switch scenario');
  await training.waitForProgress();

  await training.pauseButton.click();
  await expect(training.pauseButton).toHaveText('Resume');
  await expect(training.status).toContainText('Paused');
  // Let any snapshot already on its way land, then nothing may move.
  await page.waitForTimeout(400);
  const held = await lab.snapshot();
  await page.waitForTimeout(1200);
  const stillHeld = await lab.snapshot();
  expect(stillHeld.progressStep).toBe(held.progressStep);
  expect(stillHeld.phase).toBe('paused');

  await training.pauseButton.click();
  await expect(training.pauseButton).toHaveText('Pause');
  await expect.poll(async () => (await lab.snapshot()).progressStep ?? 0).toBeGreaterThan(held.progressStep ?? 0);

  await training.cancelButton.click();
  await expect(training.cancelledNote).toBeVisible();
  const after = await lab.snapshot();
  expect(after.phase).toBe('generated');
  expect(after.progressPercent).toBeLessThan(100);
  await expect(training.startButton).toBeEnabled();
  await expect(training.startButton).toBeFocused();
  await expect(training.pauseButton).toBeDisabled();
  await expect(page.getByTestId('scenario.locked')).toHaveCount(0);
  await expect(lab.error).toHaveCount(0);

  // Cancel while paused works too.
  await training.start();
  await training.waitForProgress();
  await training.pauseButton.click();
  await training.cancelButton.click();
  await expect(training.cancelledNote).toBeVisible();
  await expect(training.startButton).toBeEnabled();
});
