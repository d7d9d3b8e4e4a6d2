/**
 * Generating a large world: a progress bar with what is being drawn and the time
 * left, a Cancel that stops it between two chunks and puts back what was there
 * before, and a new Generate that works as if nothing happened.
 *
 * The largest world a link allows (5,000,000 impressions, 200,000 users, 100,000
 * videos, 32 topics) takes a few seconds in a worker; the time-left estimate waits
 * for a second of signal, which is too close to that end to cancel after it
 * reliably. So the second test runs the very same handler on the main thread
 * (`?worker=off`) with the CPU slowed twentyfold through the DevTools protocol, which
 * cannot slow a worker.
 */
import { expect, test } from './fixtures';
import { GenerateProgressPanel } from './pages/GenerateProgressPanel';
import { LabPage } from './pages/LabPage';

const LARGEST = { 'logging.impressions': '5000000', users: '200000', items: '100000', 'video.topicDim': '32' };

test('a large world shows its progress, cancels and keeps what was there, then generates again', async ({ page }) => {
  const lab = new LabPage(page);
  const progress = new GenerateProgressPanel(page);
  await lab.goto({ scenario: 'video-e2e-small', ...LARGEST });
  await expect.poll(() => lab.snapshot().then((s) => s.runtimeMode)).toBe('worker');

  // Cancel before anything was generated: back to the start.
  await lab.generateButton.click();
  await expect(progress.bar).toBeVisible();
  await expect(progress.status).not.toHaveText('Starting…');
  await expect(progress.cancelButton).toBeFocused(); // Generate went disabled under the focus
  await progress.cancelButton.click();
  await expect(progress.cancelledNote).toBeVisible();
  await expect(progress.panel).toHaveCount(0);
  await expect(progress.cancelButton).toHaveCount(0);
  expect((await lab.snapshot()).phase).toBe('idle');
  await expect(lab.summary).toHaveCount(0);
  await expect(lab.generateButton).toBeEnabled();
  await expect(lab.generateButton).toBeFocused();

  // Generate again, to the end this time: the bar climbs through the stages.
  await lab.generateButton.click();
  await expect(progress.status).toContainText('impressions');
  await expect.poll(() => progress.percent(), { intervals: [50] }).toBeGreaterThan(30);
  await expect(lab.summary).toBeVisible();
  expect(await lab.summaryValue('impressions')).toBe(5_000_000);
  await expect(progress.cancelledNote).toHaveCount(0);

  // Cancel a new generation: the platform made before is still there, and can be trained.
  await lab.generateButton.click();
  await expect(progress.bar).toBeVisible();
  await progress.cancelButton.click();
  await expect(progress.cancelledNote).toBeVisible();
  const after = await lab.snapshot();
  expect(after.phase).toBe('generated');
  expect(after.error).toBeNull();
  expect(await lab.summaryValue('impressions')).toBe(5_000_000);
  await expect(lab.stale).toHaveCount(0);
  await expect(lab.training.startButton).toBeEnabled();
  await expect(lab.error).toHaveCount(0);
});

test('the time left appears once the pace is known, and the world generates again after a cancel', async ({ page }) => {
  const lab = new LabPage(page);
  const progress = new GenerateProgressPanel(page);
  await lab.goto({ scenario: 'video-e2e-small', 'logging.impressions': '1000000', users: '50000', worker: 'off' });
  await expect.poll(() => lab.snapshot().then((s) => s.runtimeMode)).toBe('main-thread');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });

  await lab.generateButton.click();
  await expect(progress.bar).toBeVisible();
  await expect(progress.timeLeft).toHaveAttribute('data-state', 'estimate');
  await expect(progress.timeLeft).toHaveText(/^(a few seconds left|about \d+ (s|min) left)$/);
  const estimates: number[] = [];
  for (let i = 0; i < 3; i++) {
    estimates.push(await progress.timeLeftMs());
    await expect.poll(() => progress.timeLeftMs()).not.toBe(estimates[estimates.length - 1]);
  }
  for (const ms of estimates) expect(ms).toBeGreaterThanOrEqual(0);
  expect((await lab.snapshot()).phase).toBe('generating');

  await progress.cancelButton.click();
  await expect(progress.cancelledNote).toBeVisible();
  expect((await lab.snapshot()).phase).toBe('idle');

  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await lab.generate();
  expect(await lab.summaryValue('impressions')).toBe(1_000_000);
  expect(await lab.summaryValue('users')).toBe(50_000);
});
