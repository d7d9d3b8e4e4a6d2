/**
 * Presenter mode: large type and no advanced controls, stepping with the arrow
 * keys and Space (but not while a field or a radio group has the keys), Reset room
 * (pressed twice) back to step one on the same world and seed (also in the middle of a training),
 * and every control of the lessons reachable by Tab with a visible focus.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LessonPanel } from './pages/LessonPanel';

const state = (page: Page) =>
  page.evaluate(() => {
    const s = window.objectiveLab!.getState();
    return { phase: s.phase, scenarioId: s.scenarioId, seed: s.settings.edits?.seed, summary: s.summary !== null, result: s.result !== null, lesson: s.lesson, pending: s.lessonResetPending };
  });
/** Takes the focus off any control, as a presenter clicking on the page's background would. */
const blur = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

test('presenter mode: large type, advanced controls hidden, keyboard stepping, Reset room keeps the world and seed', async ({ page }, testInfo) => {
  const lesson = new LessonPanel(page, testInfo);
  await lesson.open('video', 'video-e2e-small', 'en', { presenter: '1', seed: '4' });
  await expect(page.locator('html')).toHaveClass(/\bpresenter\b/);
  await expect(page.getByTestId('presenter.toggle')).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBeGreaterThanOrEqual(20);
  for (const id of ['scenario.editor', 'backend.select', 'compare.export', 'compare.export-csv']) await expect(page.getByTestId(id)).toBeHidden();
  await expect(page.getByTestId('lesson.keys')).toBeVisible();
  await lesson.record('presenter-intro');

  // → and Space go on, ← goes back; a step whose checkpoint fails holds.
  await blur(page);
  await page.keyboard.press('ArrowRight');
  await lesson.expectStep('generate');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press(' ');
  await lesson.expectStep('generate');
  await page.keyboard.press('ArrowLeft');
  await lesson.expectStep('intro');
  await page.keyboard.press(' ');
  await lesson.expectStep('generate');
  expect(page.url()).toContain('step=2');

  // The step's own button is the next Tab stop after the step's title (which has the focus), and Enter presses it.
  await expect(page.locator('#lesson-step-title')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(lesson.action).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(lesson.next).toBeEnabled();
  await page.keyboard.press('ArrowRight');
  await lesson.expectStep('train');
  // Space on a focused button presses the button; it does not step.
  await page.keyboard.press('Tab');
  await expect(lesson.action).toBeFocused();
  await page.keyboard.press(' ');
  await expect(lesson.next).toBeEnabled();
  await lesson.expectStep('train');
  await page.keyboard.press('ArrowRight');
  await lesson.expectStep('predict');

  // Arrow keys inside a radio group change the answer, not the step.
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('predict.winner.ctr')).toBeFocused();
  await page.keyboard.press(' ');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('predict.winner.watchTime')).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press(' ');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('predict.ratio.x2')).toBeChecked();
  await lesson.expectStep('predict');
  expect((await state(page)).lesson?.predictions.videoAds).toEqual({ winner: 'watchTime', ratio: 'x2' });
  await lesson.record('presenter-predict');
  await blur(page);
  await page.keyboard.press('ArrowRight');
  await lesson.expectStep('compare');
  await lesson.runAction('compare');
  await page.keyboard.press('ArrowRight');
  await lesson.expectStep('reveal');
  await lesson.record('presenter-reveal');

  // Reset room asks twice: one press changes nothing; a second press resets to step one, nothing run,
  // no answers; the same preset and seed.
  await lesson.reset.click();
  await expect(lesson.reset).toHaveAttribute('data-armed', '1');
  await expect(page.getByTestId('lesson.reset.note')).toContainText('clears every answer');
  await lesson.expectStep('reveal');
  await lesson.reset.click();
  await lesson.expectStep('intro');
  await expect.poll(() => state(page)).toMatchObject({ phase: 'idle', scenarioId: 'video-e2e-small', seed: 4, summary: false, result: false, lesson: { step: 0, predictions: {}, revealed: [] } });
  expect(page.url()).toContain('step=1');
  expect(page.url()).toContain('seed=4');

  // Presenter mode off: normal type, the editor back, the keys do nothing to the lesson.
  await page.getByTestId('presenter.toggle').click();
  await expect(page.locator('html')).not.toHaveClass(/\bpresenter\b/);
  await expect(page.getByTestId('scenario.editor')).toBeVisible();
  expect(page.url()).not.toContain('presenter=');
  await blur(page);
  await page.keyboard.press('ArrowRight');
  await lesson.expectStep('intro');
});

test('Reset room in the middle of a training cancels it and clears the run once the worker confirms', async ({ page }, testInfo) => {
  const lesson = new LessonPanel(page, testInfo);
  await lesson.open('shop', 'shop-e2e-small', 'en', { presenter: '1', backend: 'cpu' });
  await lesson.goNext();
  await lesson.runAction('generate');
  await lesson.goNext();
  await lesson.action.click();
  // Paused, the training cannot end on its own before the reset reaches the worker.
  await page.getByTestId('train.pause').click();
  await expect.poll(() => state(page).then((s) => s.phase)).toBe('paused');
  // Through the store, to see the moment between the reset and the worker's answer (a click is slower than the worker).
  const rightAfter = await page.evaluate(() => {
    window.objectiveLab!.getState().resetRoom();
    const s = window.objectiveLab!.getState();
    return { pending: s.lessonResetPending, phase: s.phase, step: s.lesson?.step };
  });
  expect(rightAfter).toEqual({ pending: true, phase: 'paused', step: 0 });
  await lesson.expectStep('intro');
  await expect.poll(() => state(page)).toMatchObject({ phase: 'idle', pending: false, summary: false, scenarioId: 'shop-e2e-small' });
  // The room starts again from Generate.
  await lesson.goNext();
  await lesson.runAction('generate');
});

test('keyboard: every control of the lessons is reached by Tab, each with a visible focus', async ({ page }, testInfo) => {
  const lesson = new LessonPanel(page, testInfo);
  await lesson.open('video', 'video-e2e-small', 'en');
  await lesson.goNext();
  const reached = new Set<string>();
  const invisible: string[] = [];
  await page.locator('h1').click();
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return { id: el.dataset.testid ?? `${el.tagName.toLowerCase()}#${el.id}`, visible: style.outlineStyle !== 'none' || style.boxShadow !== 'none' };
    });
    if (!focus) continue;
    reached.add(focus.id);
    if (!focus.visible) invisible.push(focus.id);
  }
  for (const id of ['lessons.start.video', 'lessons.start.shop', 'lessons.start.objective', 'presenter.toggle', 'lesson-step', 'lesson.action', 'lesson.back', 'lesson.reset', 'lesson.exit', 'world.generate']) {
    expect([...reached], id).toContain(id);
  }
  expect(invisible, 'controls focused without a visible focus').toEqual([]);
  // The lesson can be left by keyboard.
  await page.getByTestId('lesson.exit').focus();
  await page.keyboard.press('Enter');
  await expect(lesson.panel).toHaveCount(0);
  await expect(page.locator('html')).not.toHaveClass(/has-lesson/);
  expect(page.url()).not.toContain('lesson=');
});
