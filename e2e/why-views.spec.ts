/**
 * Step 4, "See why", on both small worlds run from a link (`run=1`): every view is
 * there with real numbers; the item map's highlight follows the policy chosen; the
 * dial moves its point; another user gets other lists; PNG and CSV download; and
 * the views speak Chinese with `lang=zh`.
 */
import { expect, test } from './fixtures';
import { PNG_SIGNATURE, VIEW_OF, WhyPanel, type WhyTab } from './pages/WhyPanel';

const TABS: WhyTab[] = ['map', 'lists', 'dial', 'calibration', 'offline'];
/** A number written in the view, e.g. "12.4" or "1,234" or "68%". */
const HAS_NUMBER = /\d+(?:[.,]\d+)?/;

async function openRun(page: import('@playwright/test').Page, query: string): Promise<WhyPanel> {
  await page.goto(`./?${query}`);
  await expect(page.getByTestId('results-ready')).toBeVisible();
  const why = new WhyPanel(page);
  await expect(why.views).toBeVisible();
  return why;
}

/** Each view shows numbers and a what-to-notice sentence; the summary view is Step 3's results. */
async function expectEveryView(why: WhyPanel): Promise<void> {
  await expect(why.page.getByTestId('business-metrics')).toBeVisible();
  // Step 3 exports its results once: JSON and CSV of the report, and the business chart as a PNG that says so.
  const exports = why.page.getByRole('group', { name: 'Export the results' });
  await expect(exports.getByTestId('compare.export-csv')).toBeEnabled();
  await expect(exports.getByTestId('business-metrics.png')).toHaveText(/^Export chart \(PNG\)/);
  await expect(exports.getByTestId('business-metrics.png')).toBeEnabled();
  await expect(why.page.getByTestId('business-metrics.csv')).toHaveCount(0);
  for (const tab of TABS) {
    const view = await why.open(tab);
    await expect(view.getByTestId(`${VIEW_OF[tab]}.notice`)).toContainText(HAS_NUMBER);
    await expect(view).toContainText(HAS_NUMBER);
  }
}

/** Switching the item map's policy changes the highlighted count to that policy's. */
async function expectHighlightFollows(why: WhyPanel): Promise<void> {
  await why.open('map');
  const counts = await why.highlightedByPolicy();
  const now = await why.view('map').getAttribute('data-policy');
  expect(Number(await why.itemMapCount.getAttribute('data-value'))).toBe(counts[now!]);
  const other = Object.keys(counts).find((id) => counts[id] !== counts[now!]);
  expect(other, 'some policy highlights a different number of items').toBeDefined();
  await why.highlight(other!);
  await expect(why.itemMapCount).toHaveAttribute('data-value', String(counts[other!]));
  await expect(why.itemMapCount).toContainText(String(counts[other!]));
}

/** Keyboard steps on the dial move the current point. */
async function expectDialMoves(why: WhyPanel, key: 'ArrowRight' | 'ArrowLeft', steps: number): Promise<void> {
  await why.open('dial');
  const before = await why.dialPoint();
  await why.dialSlider.focus();
  for (let i = 0; i < steps; i++) await why.page.keyboard.press(key);
  await expect.poll(async () => (await why.dialPoint()).alpha).toBeCloseTo(before.alpha + (key === 'ArrowRight' ? 1 : -1) * 0.05 * steps, 6);
  const after = await why.dialPoint();
  expect(Math.hypot(after.x - before.x, after.y - before.y), 'the current point moved on the chart').toBeGreaterThan(1);
}

/** Another user in the picker gets their own lists. */
async function expectUserPick(why: WhyPanel): Promise<void> {
  const view = await why.open('lists');
  await expect(view).toHaveAttribute('data-typical', '1');
  const first = await view.getAttribute('data-user');
  const option = await why.userSelect.locator('option').nth(3).getAttribute('value');
  await why.userSelect.selectOption(option!);
  await expect(view).toHaveAttribute('data-user', option!);
  expect(option).not.toBe(first);
  await expect(view).toHaveAttribute('data-typical', '0');
  await expect(view.getByTestId('user-topk.table').locator('tbody tr')).toHaveCount(10);
  await why.page.getByTestId('user-topk.mode.model').click();
  await expect(view.getByTestId('user-topk.table')).toContainText('pCTR');
}

test('video: every "See why" view, the highlight, the dial, a user, and PNG/CSV downloads', async ({ page }) => {
  const why = await openRun(page, 'scenario=video-e2e-small&run=1');
  await expectEveryView(why);
  await why.open('calibration');
  await expect(page.getByTestId('calibration.watch')).toBeVisible();
  // The lesson's inversion: the click model has the better click AUC and earns fewer ad minutes.
  await why.open('offline');
  await expect(why.view('offline')).toHaveAttribute('data-inversion', '1');
  await expect(page.getByTestId('offline-online.notice')).toContainText('has the better click AUC');

  await expectHighlightFollows(why);
  await expectDialMoves(why, 'ArrowRight', 5);
  await expect(why.dialReadout).toContainText('α = 0.25');
  await expectUserPick(why);

  const csv = await why.download('user-topk.csv');
  expect(csv.download.suggestedFilename()).toMatch(/^objective-lab-video-e2e-small-seed1-user-\d+\.csv$/);
  expect(csv.bytes.toString('utf8').split('\n')[0]).toContain('model_exp_logit_minutes');
  expect(csv.bytes.toString('utf8').trim().split('\n')).toHaveLength(1 + 3 * 10);
  await why.open('map');
  const png = await why.download('item-map.png');
  expect(png.download.suggestedFilename()).toBe('objective-lab-video-e2e-small-seed1-item-map.png');
  expect(png.bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(png.bytes.length).toBeGreaterThan(10_000);
  const summary = await why.download('business-metrics.png');
  expect(summary.bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
});

test('shop: every "See why" view, the highlight, the dial from purchases to GMV, a user, and a CSV', async ({ page }) => {
  const why = await openRun(page, 'scenario=shop-e2e-small&run=1');
  await expectEveryView(why);
  await why.open('calibration');
  await expect(page.getByTestId('calibration.cvr-unclicked')).toBeVisible();
  await expectHighlightFollows(why);
  await expectDialMoves(why, 'ArrowRight', 20);
  await expect(why.dialReadout).toContainText('price^1.00');
  await expectUserPick(why);
  await why.open('dial');
  const csv = await why.download('objective-dial.csv');
  const lines = csv.bytes.toString('utf8').trim().split('\n');
  expect(lines[0]).toContain('gmv_yuan_per_1000');
  expect(lines.filter((l) => l.startsWith('blend,'))).toHaveLength(21);
  expect(lines.some((l) => l.startsWith('oracleGmv,'))).toBe(true);
});

test('the views speak Chinese with lang=zh', async ({ page }) => {
  const why = await openRun(page, 'scenario=video-e2e-small&run=1&lang=zh');
  await expect(why.step).toContainText('看清原因');
  await expect(page.getByTestId('why.tab.map')).toHaveText('物品地图');
  await expect(page.getByRole('group', { name: '导出结果' }).getByTestId('business-metrics.png')).toHaveText(/^导出图表（PNG）/);
  const map = await why.open('map');
  await expect(map).toContainText('高亮显示');
  await expect(page.getByTestId('item-map.notice')).toContainText('标题党');
  await why.open('dial');
  await expect(why.dialReadout).toContainText('每千次曝光');
  await why.open('offline');
  await expect(page.getByTestId('offline-online.notice')).toContainText('点击 AUC');
});
