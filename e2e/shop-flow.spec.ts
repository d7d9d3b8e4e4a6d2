/**
 * The shop case (ESMM, Ma et al. 2018) on the small shop with the `auto` backend:
 * generate → train → compare, the ordering the lesson claims (ESMM sells more,
 * ranking by clicks wins clicks), the funnel and the training-vs-prediction space,
 * then a switch of the business goal that re-ranks without training again.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { LabPage } from './pages/LabPage';

test('shop: ESMM sells more than ranking by clicks, which wins clicks; GMV re-ranks without training', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.goto({ scenario: 'shop-e2e-small' });
  await expect(lab.scenarioSelect).toHaveValue('shop-e2e-small');
  await expect(page.getByTestId('lesson')).toContainText('ESMM');
  await expect(lab.goalSelect).toHaveValue('purchases');
  await expect(lab.esmmShared).toBeChecked();

  // Step 1: the shop and the contrast that sets up the lesson.
  await lab.generate();
  expect(await lab.summaryValue('users')).toBe(300);
  expect(await lab.summaryValue('products')).toBe(120);
  expect(await lab.summaryValue('impressions')).toBe(30000);
  for (const share of ['ctr', 'cvr', 'cvrIfClickedOnClicked', 'cvrIfClickedOnUnclicked']) {
    const v = await lab.summaryValue(share);
    expect(v, share).toBeGreaterThan(0);
    expect(v, share).toBeLessThan(1);
  }
  expect(await lab.summaryValue('purchases')).toBeGreaterThan(0);
  expect(await lab.summaryValue('gmvYuan')).toBeGreaterThan(0);
  expect(await lab.summaryValue('medianPriceYuan')).toBeGreaterThan(0);
  expect(await lab.summaryValue('ctrEyeCandy')).toBeGreaterThan(await lab.summaryValue('ctrOtherProducts'));
  expect(await lab.summaryValue('cvrEyeCandy')).toBeLessThan(await lab.summaryValue('cvrOtherProducts'));
  await expect(page.getByTestId('world.notice')).toContainText('Eye-candy products are clicked');

  // Step 2: the CTR model, BASE's CVR model and ESMM train, with curves.
  await lab.training.start();
  await lab.training.waitUntilTrained();
  const curves = await lab.training.lossCurves();
  expect(curves.map((c) => c.model)).toEqual(['ctr', 'cvr', 'esmm']);
  for (const c of curves) expect(c.points, c.model).toBeGreaterThan(0);
  expect(await lab.training.points(lab.training.aucChart)).toBeGreaterThan(0);
  await expect(page.getByTestId('train.stats')).toContainText('CVR model (clicked impressions only)');
  await expect(page.getByTestId('train.stats')).toContainText('ESMM (shared embeddings)');

  // Step 3: the simulated A/B test.
  await lab.compare.run();
  await expect(lab.compare.ready).toHaveAttribute('data-goal', 'purchases');
  for (const chart of ['clicks', 'purchases', 'gmv'] as const) await expect(lab.compare.chart(chart)).toBeVisible();
  await expect(lab.compare.chart('purchases').locator('.recharts-bar-rectangle')).toHaveCount(5);
  const purchases = { ctr: await lab.compare.metric('ctr', 'purchasesPer1k'), esmm: await lab.compare.metric('esmm', 'purchasesPer1k') };
  const clicks = { ctr: await lab.compare.metric('ctr', 'clicksPer1k'), esmm: await lab.compare.metric('esmm', 'clicksPer1k') };
  expect(purchases.esmm).toBeGreaterThan(purchases.ctr);
  expect(clicks.ctr).toBeGreaterThanOrEqual(clicks.esmm);
  expect(await lab.compare.metric('oracle', 'purchasesPer1k')).toBeGreaterThanOrEqual(purchases.esmm);
  await expect(page.getByTestId('compare.chart.purchases.notice')).toContainText('ESMM earns');

  // The offline columns: AUCs where they apply, an explained dash where not (never 0.5).
  expect(await lab.compare.metric('esmm', 'cvrAucEntireSpace')).toBeGreaterThan(0);
  expect(await lab.compare.rawMetric('ctr', 'cvrAuc')).toBe('');
  await expect(lab.compare.table.locator('[data-testid="compare.row.ctr"] [data-metric="cvrAuc"]')).toHaveAttribute('title', /does not apply/);
  await expect(page.getByTestId('compare.table.notice')).toContainText(/ESMM|BASE|ranking by clicks/);

  // The funnel and the training-vs-prediction space, with numbers.
  await expect(lab.compare.funnel).toBeVisible();
  expect(await lab.compare.funnelValue('esmm', 'purchasesPer1k')).toBeCloseTo(purchases.esmm, 6);
  expect(await lab.compare.funnelValue('ctr', 'clicksPer1k')).toBeCloseTo(clicks.ctr, 6);
  expect(await lab.compare.funnelValue('esmm', 'conversion')).toBeGreaterThan(await lab.compare.funnelValue('ctr', 'conversion'));
  await expect(lab.compare.space).toBeVisible();
  const learned = { base: await lab.compare.learnedFrom('ctrXcvr'), esmm: await lab.compare.learnedFrom('esmm') };
  expect(learned.base).toBeGreaterThan(0);
  expect(learned.esmm).toBeGreaterThan(learned.base);
  expect(await lab.compare.spaceValue('unclicked', 'impressions')).toBeGreaterThan(await lab.compare.spaceValue('clicked', 'impressions'));
  for (const policy of ['ctrXcvr', 'esmm'] as const) {
    const p = await lab.compare.spaceValue('unclicked', 'meanPredictedCvr', policy);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1);
  }
  await expect(page.getByTestId('compare.space.notice')).toContainText('learned from');

  // The goal: GMV re-ranks the same models; the old numbers are marked until Compare runs again.
  const trainedAt = (await lab.snapshot()).progressStep;
  await lab.goalSelect.selectOption('gmv');
  await expect(lab.compare.goalStale).toBeVisible();
  await expect(lab.compare.exportButton).toBeDisabled();
  expect(page.url()).toContain('goal=gmv');
  await lab.compare.run();
  await expect(lab.compare.ready).toHaveAttribute('data-goal', 'gmv');
  await expect(lab.compare.goalStale).toHaveCount(0);
  await expect(lab.compare.share).toContainText('Share of the best possible GMV');
  expect((await lab.snapshot()).progressStep).toBe(trainedAt);

  const download = page.waitForEvent('download');
  await lab.compare.exportButton.click();
  const report = JSON.parse(await readFile(await (await download).path(), 'utf8'));
  expect(report.world).toBe('shop');
  expect(report.goal).toBe('gmv');
  expect(report.policies.esmm.online.gmvPer1k).toBeCloseTo(await lab.compare.metric('esmm', 'gmvPer1k'), 6);
});

test('shop: the ESMM switch keeps the generated logs and trains ESMM-NS instead', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.goto({ scenario: 'shop-e2e-small', backend: 'wasm' });
  await lab.generate();
  await lab.training.start();
  await lab.training.waitUntilTrained();
  const world = await page.getByTestId('world.summary').textContent();
  await lab.esmmShared.uncheck();
  // The world does not depend on the switch: it stays, fresh; only the models must learn again.
  await expect(lab.stale).toHaveCount(0);
  await expect(page.getByTestId('train.models-stale')).toBeVisible();
  expect(await page.getByTestId('world.summary').textContent()).toBe(world);
  await expect(lab.training.startButton).toBeEnabled();
  await expect(page.getByTestId('compare.start')).toBeDisabled();
  expect(page.url()).toContain('esmm=separate');

  await lab.training.start();
  await lab.training.waitUntilTrained();
  await expect(page.getByTestId('train.models-stale')).toHaveCount(0);
  expect((await lab.training.lossCurves()).map((c) => c.model)).toEqual(['ctr', 'cvr', 'esmmNs']);
  await expect(page.getByTestId('train.stats')).toContainText('ESMM-NS (separate embeddings)');
  await lab.compare.run();
  await expect(page.getByTestId('compare.row.esmmNs')).toBeVisible();
  await expect(page.getByTestId('compare.row.esmm')).toHaveCount(0);
  expect(await lab.compare.learnedFrom('esmmNs')).toBeGreaterThan(await lab.compare.learnedFrom('ctrXcvr'));
});
