/**
 * A presenter with a clicker (arrows or PageDown / PageUp) or the keyboard never
 * corrupts the room's answers or restarts work: after "Train the models" in the
 * panel, Space goes on (it used to press the page's "Train again"); after an answer
 * picked with the mouse, → goes on (it used to change the answer); PageDown steps
 * even from a radio button, so keyboard-only users answer with the arrows and step
 * with PageDown; Reset room needs a second press, and Esc disarms it.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LessonPanel } from './pages/LessonPanel';

const lessonState = (page: Page) =>
  page.evaluate(() => {
    const s = window.objectiveLab!.getState();
    return { phase: s.phase, step: s.lesson?.step, predictions: s.lesson?.predictions, summary: s.summary !== null };
  });

test('video: after "Train the models" in the panel, Space goes to the next step instead of training again', async ({ page }, testInfo) => {
  const lesson = new LessonPanel(page, testInfo);
  await lesson.open('video', 'video-e2e-small', 'en', { presenter: '1' });
  await page.keyboard.press('ArrowRight');
  await lesson.expectStep('generate');
  await lesson.action.click();
  await expect(lesson.next).toBeEnabled();
  // The work started from the panel hands the focus to Next.
  await expect(lesson.next).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await lesson.expectStep('train');
  await lesson.action.click();
  await expect(lesson.next).toBeEnabled();
  await expect(lesson.next).toBeFocused();
  await expect(page.getByTestId('train.start')).not.toBeFocused();
  await page.keyboard.press(' ');
  await lesson.expectStep('predict');
  expect((await lessonState(page)).phase).toBe('trained');
});

test('video: after the page\'s own Train button, Space goes to the next step instead of training again', async ({ page }, testInfo) => {
  const lesson = new LessonPanel(page, testInfo);
  await lesson.open('video', 'video-e2e-small', 'en', { presenter: '1' });
  await page.keyboard.press('ArrowRight');
  await lesson.action.click();
  await expect(lesson.next).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await lesson.expectStep('train');
  // The panel says the outlined button on the page does the same: use that one.
  await page.getByTestId('train.start').click();
  await expect(lesson.next).toBeEnabled();
  await expect(lesson.next).toBeFocused();
  await page.keyboard.press(' ');
  await lesson.expectStep('predict');
  expect((await lessonState(page)).phase).toBe('trained');
});

test("shop: an answer picked with the mouse is kept when the presenter's → goes on; keyboard users answer with arrows and step with PageDown", async ({ page }, testInfo) => {
  const lesson = new LessonPanel(page, testInfo);
  await lesson.open('shop', 'shop-e2e-small', 'en', { presenter: '1' });
  await lesson.goNext();
  await lesson.runAction('generate');
  await lesson.goNext();
  await lesson.runAction('train');
  await lesson.goNext();
  await lesson.expectStep('predictClicks');

  // The first answer with the mouse; → must not change it (Next is still closed, so nothing happens).
  await page.getByTestId('predict.winner.ctr').click();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('predict.winner.ctr')).toBeChecked();
  await lesson.expectStep('predictClicks');
  // The second answer with the mouse opens Next and takes the focus there; → goes on with both answers as picked.
  await page.getByTestId('predict.ratio.x1_5').click();
  await expect(lesson.next).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await lesson.expectStep('predictBase');
  expect((await lessonState(page)).predictions?.shopPurchases).toEqual({ winner: 'ctr', ratio: 'x1_5' });

  // Keyboard only: Tab into the answers, arrows pick, PageDown (a clicker's key) steps even from a radio button.
  await expect(page.locator('#lesson-step-title')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press(' ');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.press(' ');
  await page.keyboard.press('ArrowRight');
  await lesson.expectStep('predictBase');
  const answered = (await lessonState(page)).predictions?.shopBase;
  expect(answered?.winner).toBeDefined();
  expect(answered?.ratio).toBe('x1_5');
  await page.keyboard.press('PageDown');
  await lesson.expectStep('compare');
  await page.keyboard.press('PageUp');
  await lesson.expectStep('predictBase');
  expect((await lessonState(page)).predictions?.shopBase).toEqual(answered);
});

test('Reset room needs a second press; Esc disarms it; one stray press clears nothing', async ({ page }, testInfo) => {
  const lesson = new LessonPanel(page, testInfo);
  await lesson.open('video', 'video-e2e-small', 'en', { presenter: '1' });
  await lesson.goNext();
  await lesson.runAction('generate');
  await lesson.goNext();
  await lesson.expectStep('train');

  await lesson.reset.click();
  await expect(lesson.reset).toHaveAttribute('data-armed', '1');
  await expect(lesson.reset).toHaveText('Press again to reset the room');
  await page.keyboard.press('Escape');
  await expect(lesson.reset).toHaveAttribute('data-armed', '0');
  await expect(lesson.reset).toHaveText('Reset room');
  // Disarmed, the next press only arms it again.
  await lesson.reset.click();
  await lesson.expectStep('train');
  expect(await lessonState(page)).toMatchObject({ step: 2, summary: true });
  // By keyboard: the second press (Enter) resets.
  await lesson.reset.focus();
  await page.keyboard.press('Enter');
  await lesson.expectStep('intro');
  await expect.poll(() => lessonState(page)).toMatchObject({ step: 0, summary: false, phase: 'idle' });
});
