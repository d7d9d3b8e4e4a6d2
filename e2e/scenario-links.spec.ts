/**
 * A link carries the whole experiment: `?scenario=…&seed=N&run=1` runs it at once,
 * and the same link on the same backend gives the same numbers. A bad link says
 * what is wrong, one line per problem, and the page stays usable.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { LabPage } from './pages/LabPage';
import { ScenarioEditorPanel } from './pages/ScenarioEditorPanel';

/** Opens a link, waits for its results and returns the exported report's numbers (timings left out). */
async function runLink(page: Page, query: string): Promise<{ url: string; numbers: unknown; scenarioFile: unknown }> {
  await page.goto(`./${query}`);
  const lab = new LabPage(page);
  await expect(lab.compare.ready).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), lab.compare.exportButton.click()]);
  const report = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  const numbers = Object.fromEntries(Object.entries(report.policies as Record<string, { online: unknown; offline?: unknown }>).map(([id, p]) => [id, { online: p.online, offline: p.offline }]));
  return { url: page.url(), numbers: { scenario: report.scenario, seed: report.seed, backend: report.backend, data: report.data, policies: numbers }, scenarioFile: report.scenarioFile };
}

test('?run=1 runs the preset at once, and the same link gives the same numbers', async ({ page }) => {
  const query = '?scenario=video-e2e-small&seed=2&video.clickbaitShare=0.3&backend=wasm&run=1';
  const first = await runLink(page, query);
  expect(first.numbers).toMatchObject({ scenario: 'video-e2e-small', seed: 2, backend: 'wasm' });
  // The report carries the whole edited scenario that ran, so it can be run again from the file.
  const preset = JSON.parse(readFileSync('scenarios/video-e2e-small.json', 'utf8'));
  expect(first.scenarioFile).toEqual({ ...preset, seed: 2, video: { ...preset.video, clickbaitShare: 0.3 } });
  // The address bar keeps the experiment but not `run`, so a reload does not run again.
  expect(first.url).toContain('seed=2');
  expect(first.url).toContain('video.clickbaitShare=0.3');
  expect(first.url).not.toContain('run=1');
  const second = await runLink(page, query);
  expect(second.numbers).toEqual(first.numbers);
});

test('a bad link shows one line per problem, falls back to the preset and stays usable', async ({ page }) => {
  const lab = new LabPage(page);
  const editor = new ScenarioEditorPanel(page);
  await lab.goto({ scenario: 'video-e2e-small', seed: 'abc', 'video.clickbaitShare': '1.5', backend: 'wasm', run: '1' });
  await expect(editor.linkBanner).toBeVisible();
  const lines = await editor.linkProblems.allTextContents();
  expect(lines).toContain('seed: must be a number (got "abc")');
  expect(lines).toContain('video.clickbaitShare: must be at most 1 (got 1.5)');
  // Nothing ran; the preset as it is can be run by hand.
  expect((await lab.snapshot()).phase).toBe('idle');
  await lab.generate();
  expect(await lab.summaryValue('videos')).toBe(120);
  await page.getByTestId('link.banner.dismiss').click();
  await expect(editor.linkBanner).toHaveCount(0);
});

test('an unknown preset in a link is named and the default shown', async ({ page }) => {
  const lab = new LabPage(page);
  const editor = new ScenarioEditorPanel(page);
  await lab.goto({ scenario: 'podcast' });
  await expect(editor.linkProblems).toHaveText(['scenario: unknown preset "podcast" (showing the default)']);
  expect((await lab.snapshot()).scenarioId).toBe('video-watch-time');
});
