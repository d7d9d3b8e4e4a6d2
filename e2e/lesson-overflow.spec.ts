/**
 * A lesson step longer than the panel says so and can be read to its end by
 * keyboard: at 1024×768 in presenter mode the reveal's "Why" paragraph was cut
 * mid-line with no cue. Now the panel marks the overflow ("More below"), ↓ scrolls
 * the step, and the "Done" note of an action step comes into view by itself.
 */
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { LessonPanel } from './pages/LessonPanel';

test.use({ viewport: { width: 1024, height: 768 } });

/** How many pixels of `inner` lie below the visible bottom of the scrolling step it is in (≤ 0 when all of it shows). */
const hiddenBelow = (inner: Locator) => inner.evaluate((el) => el.getBoundingClientRect().bottom - el.closest('[data-testid="lesson-step"]')!.getBoundingClientRect().bottom);

test('presenter mode at 1024×768: a long step shows "More below", ↓ scrolls it to its end, and a Done note comes into view', async ({ page }, testInfo) => {
  const lesson = new LessonPanel(page, testInfo);
  await lesson.open('video', 'video-e2e-small', 'en', { presenter: '1' });
  await lesson.goNext();
  await lesson.runAction('generate');
  await lesson.goNext();
  await lesson.action.click();
  await expect(lesson.next).toBeEnabled();
  // The note of what to look at now, under the action, is in view inside the panel.
  const done = page.getByTestId('lesson.done');
  await expect(done).toBeVisible();
  expect(await hiddenBelow(done)).toBeLessThanOrEqual(1);
  await expect(lesson.step).toHaveAttribute('data-more-below', '0');
  await lesson.record('train-done');

  await lesson.goNext();
  await lesson.predict('watchTime', 'x4');
  await lesson.goNext();
  await lesson.runAction('compare');
  await lesson.goNext();
  await lesson.expectStep('reveal');
  // Too long for the panel: the cue shows, and the step's last paragraph is below the fold.
  const last = lesson.step.locator('p').last();
  await expect(lesson.step).toHaveAttribute('data-more-below', '1');
  await expect(page.getByTestId('lesson.more')).toBeVisible();
  expect(await hiddenBelow(last)).toBeGreaterThan(0);
  await lesson.record('reveal-more-below');

  // ↓ (the focus is on the step's title) scrolls the step until its end shows, and the cue goes.
  await expect(page.locator('#lesson-step-title')).toBeFocused();
  for (let i = 0; i < 12 && (await lesson.step.getAttribute('data-more-below')) === '1'; i++) await page.keyboard.press('ArrowDown');
  await expect(lesson.step).toHaveAttribute('data-more-below', '0');
  await expect(page.getByTestId('lesson.more')).toHaveCount(0);
  expect(await hiddenBelow(last)).toBeLessThanOrEqual(1);
  await lesson.expectStep('reveal');
  // ↑ goes back up.
  await page.keyboard.press('ArrowUp');
  await expect(lesson.step).toHaveAttribute('data-more-below', '1');
  // The cue is a button too.
  await page.getByTestId('lesson.more').click();
  await expect.poll(() => lesson.step.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
});
