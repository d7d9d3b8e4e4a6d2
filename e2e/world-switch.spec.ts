/**
 * The picker groups the scenarios by case, and a room can go from the video case
 * to the shop and back: each switch marks the numbers on screen stale, and each
 * case then runs end to end with its own views (and no console error).
 */
import { expect, test } from './fixtures';
import { LabPage } from './pages/LabPage';

test('switches between the video and the shop case and back', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.goto({ scenario: 'video-e2e-small', backend: 'wasm' });
  const groups = await lab.scenarioSelect.locator('optgroup').evaluateAll((els) => els.map((el) => el.getAttribute('label')));
  expect(groups).toEqual(['Video platform (YouTube)', 'Online shop (Alibaba)']);
  await expect(lab.scenarioSelect.locator('optgroup[label="Online shop (Alibaba)"] option')).toHaveCount(4);
  await expect(lab.goalSelect).toHaveCount(0);

  await lab.generate();
  expect(await lab.summaryValue('videos')).toBe(120);
  await lab.training.start();
  await lab.training.waitUntilTrained();
  await lab.compare.run();
  await expect(lab.compare.chart('ads')).toBeVisible();

  // To the shop: the video numbers stay, marked stale, until Generate.
  await lab.selectScenario('shop-e2e-small');
  await expect(lab.stale.first()).toBeVisible();
  await expect(page.getByTestId('lesson')).toContainText('ESMM');
  await expect(lab.goalSelect).toBeVisible();
  await expect(page.getByTestId('scenario.title')).toHaveText('Online shop (small, for tests)');
  await lab.generate();
  expect(await lab.summaryValue('products')).toBe(120);
  await lab.training.start();
  await lab.training.waitUntilTrained();
  await lab.compare.run();
  await expect(lab.compare.chart('purchases')).toBeVisible();
  await expect(lab.compare.chart('ads')).toHaveCount(0);

  // And back to the video platform.
  await lab.selectScenario('video-e2e-small');
  await expect(lab.goalSelect).toHaveCount(0);
  expect(page.url()).not.toContain('goal=');
  await lab.generate();
  expect(await lab.summaryValue('videos')).toBe(120);
  await lab.training.start();
  await lab.training.waitUntilTrained();
  expect((await lab.training.lossCurves()).map((c) => c.model)).toEqual(['ctr', 'watchTime']);
  await lab.compare.run();
  await expect(lab.compare.chart('ads')).toBeVisible();
  await expect(lab.compare.funnel).toHaveCount(0);
  await expect(lab.error).toHaveCount(0);
});
