/**
 * A lesson never traps the learner: a link to another scenario leaves it (with the
 * way back), another world picked mid-lesson is said with the way back or out, the
 * problem lines tell the truth about what is shown, and a reload is one click away
 * from the step reached, answers kept.
 */
import { expect, test } from './fixtures';
import { LabPage } from './pages/LabPage';
import { LessonPanel } from './pages/LessonPanel';
import { ScenarioEditorPanel } from './pages/ScenarioEditorPanel';

const scenarioId = (page: import('@playwright/test').Page) => page.evaluate(() => window.objectiveLab!.getState().scenarioId);

test('a link to another scenario leaves the lesson, runs what it asks, and the lesson is one click away', async ({ page }, testInfo) => {
  const lesson = new LessonPanel(page, testInfo);
  const lab = new LabPage(page);
  await lesson.open('shop', 'shop-e2e-small', 'en');
  await lesson.goNext();
  await lesson.expectStep('generate');

  await page.goto('./?scenario=video-e2e-small&backend=wasm&run=1');
  await expect(lab.compare.ready).toBeVisible();
  await expect(lesson.panel).toHaveCount(0);
  expect(await scenarioId(page)).toBe('video-e2e-small');
  const params = new URL(page.url()).searchParams;
  expect(params.has('lesson') || params.has('step')).toBe(false);
  const left = page.getByTestId('lesson.left');
  await expect(left).toContainText('You left the guided lesson “Clicks or purchases?” at step 2 of 9');
  await lesson.record('left');

  await page.getByTestId('lesson.left.back').click();
  await expect(left).toHaveCount(0);
  await expect(lesson.panel).toHaveAttribute('data-lesson', 'shop');
  await lesson.expectStep('generate');
  expect(await scenarioId(page)).toBe('shop-e2e-small');
  await lesson.runAction('generate');
});

test('an unknown preset says what is shown: the saved experiment, or the lesson\'s own scenario', async ({ page }, testInfo) => {
  const lesson = new LessonPanel(page, testInfo);
  const editor = new ScenarioEditorPanel(page);
  await lesson.open('shop', 'shop-e2e-small', 'en');
  await lesson.goNext();
  // A link that names nothing usable replaces nothing: the saved experiment and its lesson stay.
  await page.goto('./?lang=zh&scenario=nope');
  await page.waitForFunction(() => window.objectiveLab !== undefined);
  await expect(editor.linkProblems).toHaveText(['scenario：未知的预设 "nope"（显示你保存的实验）']);
  expect(await scenarioId(page)).toBe('shop-e2e-small');
  await expect(lesson.panel).toHaveAttribute('data-lesson', 'shop');

  // The language the last link named is remembered; this link names English.
  await page.goto('./?lesson=video&scenario=nope&lang=en');
  await page.waitForFunction(() => window.objectiveLab !== undefined);
  await expect(editor.linkProblems).toHaveText(['scenario: unknown preset "nope" (showing the lesson\'s own scenario)']);
  await expect(lesson.panel).toHaveAttribute('data-lesson', 'video');
  expect(await scenarioId(page)).toBe('video-watch-time');

  // A step past the lesson's end is said, with the step that opened.
  await page.goto('./?lesson=video&step=99&lang=en');
  await page.waitForFunction(() => window.objectiveLab !== undefined);
  await expect(editor.linkProblems).toHaveText([/^step: this lesson has no step 99 \(it has \d+ steps\); opened step 2$/]);
  await lesson.expectStep('generate');
});

test('another world picked mid-lesson is said, with the way back to the lesson\'s world', async ({ page }, testInfo) => {
  const lesson = new LessonPanel(page, testInfo);
  const lab = new LabPage(page);
  await lesson.open('shop', 'shop-e2e-small', 'en');
  await lesson.goNext();
  await lab.selectScenario('video-e2e-small');
  const notice = page.getByTestId('lesson.world');
  await expect(notice).toHaveText(/This lesson works on the online shop, and the page now shows the video platform/);
  await expect(page.getByTestId('lesson.blocked')).toHaveText('Go back to the lesson’s world to go on.');
  // The page's Generate would build the video platform: it is not the button the step outlines now.
  await expect(page.locator('html')).not.toHaveAttribute('data-lesson-target', /./);
  await lesson.record('other-world');
  await page.getByTestId('lesson.world.back').click();
  await expect(notice).toHaveCount(0);
  expect(await scenarioId(page)).toBe('shop-e2e-small');
  await expect(page.locator('html')).toHaveAttribute('data-lesson-target', 'generate');
  await lesson.runAction('generate');

  // Leaving from the notice.
  await lab.selectScenario('video-e2e-small');
  await page.getByTestId('lesson.world.leave').click();
  await expect(lesson.panel).toHaveCount(0);
});

test('a reload on a reveal step is one click from the reveal, with the same numbers and the prediction kept', async ({ page }, testInfo) => {
  const lesson = new LessonPanel(page, testInfo);
  await lesson.open('video', 'video-e2e-small', 'en', { backend: 'wasm' });
  await lesson.goNext();
  await lesson.runAction('generate');
  await lesson.goNext();
  await lesson.runAction('train');
  await lesson.goNext();
  await lesson.predict('watchTime', 'x2');
  await lesson.goNext();
  await lesson.runAction('compare');
  await lesson.goNext();
  await lesson.expectStep('reveal');
  const before = await lesson.metric('watchTime', 'adMinutesPer1k');

  await page.reload();
  await page.waitForFunction(() => window.objectiveLab !== undefined);
  await lesson.expectStep('generate');
  const offer = page.getByTestId('lesson.resume');
  await expect(offer).toHaveAttribute('data-step', '6');
  await expect(offer).toContainText('You had reached step 6.');
  await lesson.record('resume-offer');
  await page.getByTestId('lesson.resume.rebuild').click();
  await lesson.expectStep('reveal');
  await expect(offer).toHaveCount(0);
  await expect(page.getByTestId('lesson.reveal')).toHaveAttribute('data-winner', /./);
  // Same scenario, same seed, same backend: the same numbers as before the reload.
  expect(await lesson.metric('watchTime', 'adMinutesPer1k')).toBe(before);
  expect(await page.evaluate(() => window.objectiveLab!.getState().lesson?.predictions)).toEqual({ videoAds: { winner: 'watchTime', ratio: 'x2' } });
  await lesson.record('rebuilt');
});
