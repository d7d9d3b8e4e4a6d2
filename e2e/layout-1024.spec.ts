/**
 * A projector at 1024×768 reads well: the scenario picker shows its presets' whole
 * names (a fixed width cut "…watch tim"), and no step's title is squeezed into a
 * narrow column beside its buttons (they go under it instead), with and without the
 * lesson panel, in presenter mode too.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LabPage } from './pages/LabPage';
import { LessonPanel } from './pages/LessonPanel';

/** A title narrower than this reads as a column of two or three words a line. */
const MIN_TITLE_PX = 340;

/** How much narrower the picker is than its longest preset's name needs (≤ 0 when every name fits). */
const pickerShortfall = (page: Page) =>
  page.getByTestId('scenario.select').evaluate((el) => {
    const select = el as HTMLSelectElement;
    // The same select at its own width (as wide as its longest option), off screen.
    const free = select.cloneNode(true) as HTMLSelectElement;
    free.style.cssText = 'position:absolute; left:-9999px; width:auto; max-width:none; min-width:0';
    document.body.append(free);
    const needed = free.getBoundingClientRect().width;
    free.remove();
    return needed - select.getBoundingClientRect().width;
  });

/** The width of each step's title block and each See-why view's title block, by test id. */
const titleWidths = (page: Page) =>
  page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const step of document.querySelectorAll<HTMLElement>('section.step')) out[step.dataset.testid ?? '?'] = step.querySelector('.step__heading')!.getBoundingClientRect().width;
    for (const view of document.querySelectorAll<HTMLElement>('.why-view')) out[view.dataset.testid ?? '?'] = view.querySelector('.why-view__heading')!.getBoundingClientRect().width;
    return out;
  });

const narrow = (widths: Record<string, number>) => Object.entries(widths).filter(([, w]) => w < MIN_TITLE_PX);

test.use({ viewport: { width: 1024, height: 768 } });

test('1024×768: the scenario picker shows whole names and the step titles keep their width', async ({ page }) => {
  const lab = new LabPage(page);
  for (const lang of ['en', 'zh']) {
    await lab.goto({ scenario: 'video-watch-time', lang });
    expect(await pickerShortfall(page), `picker in ${lang}`).toBeLessThanOrEqual(0.5);
  }
  await lab.goto({ scenario: 'video-e2e-small', run: '1' });
  await expect(page.getByTestId('results-ready')).toBeVisible();
  await page.getByTestId('why.tab.dial').click();
  const widths = await titleWidths(page);
  expect(Object.keys(widths)).toEqual(expect.arrayContaining(['step.generate', 'step.train', 'step.compare', 'step.why', 'objective-dial']));
  expect(narrow(widths)).toEqual([]);
});

test('1024×768 with a lesson in presenter mode: whole names in the picker, titles not squeezed', async ({ page }, testInfo) => {
  const lesson = new LessonPanel(page, testInfo);
  await lesson.open('video', 'video-e2e-small', 'en', { presenter: '1' });
  expect(await pickerShortfall(page)).toBeLessThanOrEqual(0.5);
  const lab = new LabPage(page);
  await lab.generate();
  await lab.training.start();
  // (Presenter mode hides the training's statistics: wait on the store.)
  await expect.poll(() => lab.snapshot().then((s) => s.phase)).toBe('trained');
  await lab.compare.run();
  for (const tab of ['map', 'dial']) {
    await page.getByTestId(`why.tab.${tab}`).click();
    expect(narrow(await titleWidths(page)), tab).toEqual([]);
  }
});
