/**
 * A link's every parameter is either used or named: bad values and unknown
 * parameters give one problem line each (in the page's language) and leave the link
 * the app writes. The language: a link's lang is remembered like a choice in the
 * menu, and a Chinese browser opens in Chinese when nothing else says otherwise.
 */
import { expect, test } from './fixtures';
import { LabPage } from './pages/LabPage';
import { ScenarioEditorPanel } from './pages/ScenarioEditorPanel';

test('bad and unknown link parameters are named, one line each, and dropped from the link', async ({ page }) => {
  const lab = new LabPage(page);
  const editor = new ScenarioEditorPanel(page);
  await lab.goto({ scenario: 'video-e2e-small', goal: 'gmv', lang: 'fr', worker: 'maybe', bogus: '1' });
  await expect(editor.linkProblems).toHaveText([
    'lang: must be one of en, zh (got "fr")',
    'worker: must be one of off, on (got "maybe")',
    'bogus: unknown link parameter (ignored)',
    'goal: "gmv" applies only to the online shop; this scenario is a video platform, so it was ignored',
  ]);
  await expect.poll(() => page.url()).toContain('scenario=video-e2e-small');
  const params = new URL(page.url()).searchParams;
  for (const key of ['bogus', 'worker', 'goal', 'lang']) expect(params.has(key), key).toBe(false);
  // Nothing bad ran: the worker still runs off the main thread.
  expect((await lab.snapshot()).runtimeMode).not.toBe('main');
});

test('in Chinese, the same lines in Chinese', async ({ page }) => {
  const lab = new LabPage(page);
  const editor = new ScenarioEditorPanel(page);
  await lab.goto({ lang: 'zh', scenario: 'video-e2e-small', bogus: '1', esmm: 'separate' });
  await expect(editor.linkProblems).toHaveText(['bogus：未知的链接参数（已忽略）', 'esmm："separate" 只适用于网店；当前场景是视频平台，因此已忽略']);
});

test('a link\'s language becomes the remembered one', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.goto({ lang: 'zh', scenario: 'video-e2e-small' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await lab.goto({ lang: 'en', scenario: 'video-e2e-small' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The bare address afterwards stays in the link's language.
  await lab.goto();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('world.generate')).toHaveText('Generate');
});

test.describe('a browser whose language is Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('opens in Chinese, unless the link or a saved choice says otherwise', async ({ page }) => {
    const lab = new LabPage(page);
    expect(await page.evaluate(() => navigator.languages[0])).toBe('zh-CN');
    await lab.goto({ scenario: 'video-e2e-small' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByTestId('world.generate')).toHaveText('生成');
    await lab.goto({ scenario: 'video-e2e-small', lang: 'en' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    // English was chosen by the link, so it is the saved choice now.
    await lab.goto({ scenario: 'video-e2e-small' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});
