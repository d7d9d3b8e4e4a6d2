/**
 * The whole workshop flow on the small scenario with the `auto` backend:
 * generate → train → compare, and the business-metric ordering the lesson claims.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { LabPage } from './pages/LabPage';

test('generate, train and compare: watch time earns more ad minutes, clicks win clicks', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.goto({ scenario: 'video-e2e-small' });
  await expect(lab.scenarioSelect).toHaveValue('video-e2e-small');
  await expect(lab.backendSelect).toHaveValue('auto');
  await expect(lab.fallbackNote).toHaveCount(0);

  // Step 1: the platform and the clickbait contrast.
  await lab.generate();
  expect(await lab.summaryValue('users')).toBe(300);
  expect(await lab.summaryValue('videos')).toBe(120);
  expect(await lab.summaryValue('impressions')).toBe(30000);
  const ctr = await lab.summaryValue('ctr');
  expect(ctr).toBeGreaterThan(0);
  expect(ctr).toBeLessThan(1);
  expect(await lab.summaryValue('watchMinutes')).toBeGreaterThan(0);
  expect(await lab.summaryValue('ctrClickbait')).toBeGreaterThan(await lab.summaryValue('ctrOther'));
  expect(await lab.summaryValue('watchedShareClickbait')).toBeLessThan(await lab.summaryValue('watchedShareOther'));
  await expect(page.getByTestId('world.notice')).toContainText('Clickbait is clicked');

  // Step 2: both models train to 100 %, with curves and AUC points.
  await lab.training.start();
  await lab.training.waitUntilTrained();
  expect(await lab.training.points(lab.training.lossChart)).toBeGreaterThan(1);
  expect(await lab.training.points(lab.training.aucChart)).toBeGreaterThan(0);
  await expect(lab.backendActive).toHaveText(/^(WebGL|wasm|cpu)$/);
  const used = (await lab.snapshot()).activeBackend;
  expect(['webgl', 'wasm', 'cpu']).toContain(used);
  await expect(lab.backendNote).toContainText('Picked');

  // Step 3: the simulated A/B test.
  await lab.compare.run();
  for (const chart of ['clicks', 'watch', 'ads', 'screen'] as const) await expect(lab.compare.chart(chart)).toBeVisible();
  await expect(lab.compare.chart('ads').locator('.recharts-bar-rectangle')).toHaveCount(4);
  const ads = { ctr: await lab.compare.metric('ctr', 'adMinutesPer1k'), watchTime: await lab.compare.metric('watchTime', 'adMinutesPer1k') };
  const clicks = { ctr: await lab.compare.metric('ctr', 'clicksPer1k'), watchTime: await lab.compare.metric('watchTime', 'clicksPer1k') };
  const bait = {
    ctr: await lab.compare.metric('ctr', 'clickbaitShareShown'),
    watchTime: await lab.compare.metric('watchTime', 'clickbaitShareShown'),
  };
  expect(ads.watchTime).toBeGreaterThan(ads.ctr);
  expect(clicks.ctr).toBeGreaterThan(clicks.watchTime);
  expect(bait.ctr).toBeGreaterThan(bait.watchTime);
  expect(await lab.compare.metric('oracle', 'adMinutesPer1k')).toBeGreaterThanOrEqual(ads.watchTime);
  expect(await lab.compare.metric('ctr', 'ctrAuc')).toBeGreaterThan(0.5);
  await expect(page.getByTestId('compare.chart.ads.notice')).toContainText('Ranking by watch time earns');

  // Export: the report of DESIGN 5.2.
  const download = page.waitForEvent('download');
  await lab.compare.exportButton.click();
  const report = JSON.parse(await readFile(await (await download).path(), 'utf8'));
  expect(report.scenario).toBe('video-e2e-small');
  expect(report.world).toBe('video');
  expect(report.backend).toBe(used);
  expect(report.policies.watchTime.online.adMinutesPer1k).toBeCloseTo(ads.watchTime, 6);
});
