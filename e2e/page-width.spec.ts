/**
 * The page never scrolls sideways: on every tab of Step 4 (See why), with and
 * without the lesson panel beside the page, in presenter mode too, at a projector's
 * 1024×768 and at 1400×900. Hidden screen-reader tables once stuck out past the
 * right edge (a table ignores `width: 1px`), so this measures the whole document.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LabPage } from './pages/LabPage';
import { LessonPanel } from './pages/LessonPanel';
import { WhyPanel, type WhyTab } from './pages/WhyPanel';

const TABS: WhyTab[] = ['map', 'lists', 'dial', 'calibration', 'offline'];
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1400, height: 900 },
];

/** How far the document is wider than the window, in CSS pixels (0 when it fits). */
const overflowPx = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Opens every See-why tab at both sizes and collects any tab that makes the page wider than the window. */
async function widerTabs(page: Page, label: string): Promise<string[]> {
  const why = new WhyPanel(page);
  const wide: string[] = [];
  for (const size of SIZES) {
    await page.setViewportSize(size);
    for (const tab of TABS) {
      await why.open(tab);
      const over = await overflowPx(page);
      if (over > 0) wide.push(`${label} ${size.width}×${size.height} ${tab}: ${over} px too wide`);
    }
  }
  return wide;
}

test('video, no lesson: no See-why tab makes the page scroll sideways', async ({ page }) => {
  await page.goto('./?scenario=video-e2e-small&run=1');
  await expect(page.getByTestId('results-ready')).toBeVisible();
  expect(await widerTabs(page, 'video')).toEqual([]);
});

test('shop, no lesson: no See-why tab makes the page scroll sideways', async ({ page }) => {
  await page.goto('./?scenario=shop-e2e-small&run=1');
  await expect(page.getByTestId('results-ready')).toBeVisible();
  expect(await widerTabs(page, 'shop')).toEqual([]);
});

test('with the lesson panel open (and in presenter mode), no See-why tab makes the page scroll sideways', async ({ page }, testInfo) => {
  const lesson = new LessonPanel(page, testInfo);
  await lesson.open('video', 'video-e2e-small', 'en');
  const lab = new LabPage(page);
  await lab.generate();
  await lab.training.start();
  await lab.training.waitUntilTrained();
  await lab.compare.run();
  await expect(lesson.panel).toBeVisible();
  const wide = await widerTabs(page, 'lesson');
  await page.getByTestId('presenter.toggle').click();
  await expect(page.locator('html')).toHaveClass(/\bpresenter\b/);
  wide.push(...(await widerTabs(page, 'presenter')));
  expect(wide).toEqual([]);
});
