/**
 * Where no worker can run, the same handler runs on the main thread and the page
 * says so. `?worker=off` forces that path.
 */
import { expect, test } from './fixtures';
import { LabPage } from './pages/LabPage';

test('runs on the main thread when the worker is off, and says so', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.goto({ scenario: 'video-e2e-small', worker: 'off', backend: 'wasm' });
  await expect(lab.fallbackNote).toContainText('Running on the main thread, as the link asked (worker=off): the page may be less responsive');
  await lab.generate();
  expect(await lab.summaryValue('impressions')).toBe(30000);
  await lab.training.start();
  await lab.training.waitUntilTrained();
  await expect(lab.backendActive).toHaveText('wasm');
  await lab.compare.run();
  expect(await lab.compare.metric('watchTime', 'adMinutesPer1k')).toBeGreaterThan(await lab.compare.metric('ctr', 'adMinutesPer1k'));
  expect((await lab.snapshot()).runtimeMode).toBe('main-thread');
});

test('a scenario switch marks the numbers on screen stale', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.goto({ scenario: 'video-e2e-small' });
  await lab.generate();
  await lab.scenarioSelect.selectOption('video-watch-time');
  await expect(page.getByTestId('results.stale')).toBeVisible();
  await expect(lab.training.startButton).toBeDisabled();
  await expect(page.getByTestId('scenario.title')).toHaveText('Video platform: clicks or watch time?');
  expect(page.url()).toContain('scenario=video-watch-time');
});
