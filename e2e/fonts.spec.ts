/**
 * Fonts come from the system, Chinese included: in Chinese, Han characters are drawn
 * with a Simplified Chinese system font (never as empty boxes, never with a font
 * fetched from the web), and Latin text keeps the system's UI font.
 *
 * Chromium's DevTools protocol says which platform fonts drew a node's text
 * (`CSS.getPlatformFontsForNode`), so nothing is guessed from glyph widths. The test
 * machine needs a CJK font: `.ci/run` installs Debian's fonts-noto-cjk.
 */
import type { CDPSession, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LabPage } from './pages/LabPage';

const CJK_SC_FONT = /Noto Sans CJK SC|Source Han Sans SC|PingFang SC|Hiragino Sans GB|Microsoft YaHei|WenQuanYi/;

/** The platform fonts that drew the text of the first element matching `selector`, with their glyph counts. */
async function fontsOf(cdp: CDPSession, selector: string): Promise<{ familyName: string; glyphCount: number }[]> {
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  expect(nodeId, selector).toBeGreaterThan(0);
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  return fonts.map((f) => ({ familyName: f.familyName, glyphCount: f.glyphCount }));
}

async function devtools(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  return cdp;
}

test('Chinese is drawn with a Simplified Chinese system font, Latin text with the UI font', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.goto({ scenario: 'video-e2e-small', lang: 'zh' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  // A paragraph in the app's own styles (inherited from :root), in Chinese with a little Latin.
  const sentence = '按“生成”创建平台，然后训练模型并比较目标：CTR 与观看时长。';
  await page.evaluate((text) => {
    const p = document.createElement('p');
    p.id = 'font-probe';
    p.textContent = text;
    document.querySelector('main')!.append(p);
  }, sentence);
  const cdp = await devtools(page);

  const fonts = await fontsOf(cdp, '#font-probe');
  const han = [...sentence].filter((c) => /\p{Script=Han}/u.test(c)).length;
  const cjk = fonts.filter((f) => CJK_SC_FONT.test(f.familyName));
  expect(cjk.length, JSON.stringify(fonts)).toBeGreaterThan(0);
  // Every Han character came from a CJK font (none fell to a box or another script's font).
  expect(cjk.reduce((n, f) => n + f.glyphCount, 0)).toBeGreaterThanOrEqual(han);

  // The title is Latin: the UI font draws it, not the CJK fallback.
  const title = await fontsOf(cdp, 'h1');
  expect(title.length).toBeGreaterThan(0);
  for (const f of title) expect(f.familyName).not.toMatch(CJK_SC_FONT);
});

test('Chinese on an English page (the language menu’s 简体中文) is drawn with the Simplified Chinese font too', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.goto({ scenario: 'video-e2e-small', lang: 'en' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // Without a Chinese language tag, Chromium's own fallback would pick a Japanese face for Han
  // characters; the app's font stack names the Simplified Chinese ones first.
  await page.evaluate(() => {
    const span = document.createElement('span');
    span.id = 'font-probe';
    span.textContent = '简体中文';
    document.querySelector('main')!.append(span);
  });
  const fonts = await fontsOf(await devtools(page), '#font-probe');
  expect(fonts.map((f) => f.familyName)).toEqual([expect.stringMatching(CJK_SC_FONT)]);
  expect(fonts[0].glyphCount).toBe(4);
});
