/**
 * The whole workshop in Simplified Chinese: `?lang=zh` opens the page in Chinese,
 * every step of both cases reads Chinese (only technical names stay Latin), the
 * header's switch changes the page at once and is remembered, and a bad link's
 * problems are worded in Chinese (the field names stay as written in the link).
 */
import { expect, test } from './fixtures';
import { LabPage } from './pages/LabPage';
import { PageLanguage } from './pages/PageLanguage';
import { ScenarioEditorPanel } from './pages/ScenarioEditorPanel';

for (const scenario of ['video-e2e-small', 'shop-e2e-small']) {
  test(`${scenario}: ?lang=zh runs the whole lesson in Chinese, with no English left`, async ({ page }) => {
    const lab = new LabPage(page);
    const language = new PageLanguage(page);
    const editor = new ScenarioEditorPanel(page);
    await lab.goto({ lang: 'zh', scenario, run: '1' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page).toHaveTitle(/推荐目标实验室/);
    await expect(language.select).toHaveValue('zh');
    await expect(lab.compare.ready).toBeVisible();
    // The knobs too: their labels, units, hints and ranges.
    await editor.open();
    expect(await language.leftoverEnglish()).toEqual([]);
    // Numbers keep their digits; units and words around them are Chinese.
    await expect(page.getByTestId('train.status')).toHaveText(/模型都已训练完成/);
    await expect(page.locator('.progress__numbers')).toHaveText('已完成 100%');
    expect(page.url()).toContain('lang=zh');
  });
}

test('the header switch changes the page at once, by keyboard too, and is remembered', async ({ page }) => {
  const lab = new LabPage(page);
  const language = new PageLanguage(page);
  const lesson = page.getByTestId('lesson');
  await lab.goto({ scenario: 'video-e2e-small' });
  await expect(lesson).toContainText('A recommender is only as good as its objective');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // Keyboard: focus the labelled menu and step to the next language.
  await page.getByLabel('Language').focus();
  await page.keyboard.press('ArrowDown');
  await expect(lesson).toContainText('推荐系统的好坏取决于它优化的目标');
  await expect(page.getByTestId('world.generate')).toHaveText('生成');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect.poll(() => page.url()).toContain('lang=zh');

  // A link without lang opens in the language chosen last, and names it again.
  await page.goto('./?scenario=video-e2e-small');
  await expect(lesson).toContainText('推荐系统的好坏取决于它优化的目标');
  await expect.poll(() => page.url()).toContain('lang=zh');
  await expect(page.getByLabel('语言')).toHaveValue('zh');

  // Back to English: the link drops lang, and a reload stays English.
  await language.choose('en');
  await expect(lesson).toContainText('A recommender is only as good as its objective');
  await expect.poll(() => page.url()).not.toContain('lang=');
  await page.reload();
  await expect(lesson).toContainText('A recommender is only as good as its objective');
});

test('a bad link lists its problems in Chinese, naming the fields as written', async ({ page }) => {
  const lab = new LabPage(page);
  const editor = new ScenarioEditorPanel(page);
  await lab.goto({ lang: 'zh', scenario: 'video-e2e-small', seed: 'abc', 'video.clickbaitShare': '1.5', backend: 'wasm', run: '1' });
  await expect(editor.linkBanner).toContainText('部分设置无法使用。');
  await expect(editor.linkProblems).toHaveText([
    'seed：必须是数字（实际为 "abc"）',
    'video.clickbaitShare：不能大于 1（实际为 1.5）',
    '（链接）：链接对场景的改动没有生效；显示的是预设本身',
    '（链接）：由于存在上述问题，没有立即运行；准备好后请点击“生成”',
  ]);
  // The same problems, in English, the moment the language changes.
  await new PageLanguage(page).choose('en');
  await expect(editor.linkProblems.first()).toHaveText('seed: must be a number (got "abc")');
});
