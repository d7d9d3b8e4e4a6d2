/**
 * The editor: every knob with its label, unit, range and hint; a change marks the
 * numbers stale and goes into the link; bad values and bad files show one line per
 * problem and change nothing; reset, import and export.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { LabPage } from './pages/LabPage';
import { ScenarioEditorPanel } from './pages/ScenarioEditorPanel';

test('edits a knob, refuses bad values and files, resets, imports and exports', async ({ page }) => {
  const lab = new LabPage(page);
  const editor = new ScenarioEditorPanel(page);
  await lab.goto({ scenario: 'video-e2e-small', backend: 'wasm' });
  await editor.open();
  // Every knob of the world, with label, unit and hint from the schema.
  expect(await editor.root.getByTestId('editor.knob').count()).toBeGreaterThan(25);
  const share = editor.root.locator('[data-path="video.clickbaitShare"]');
  await expect(share).toContainText('Clickbait share');
  await expect(share).toContainText('share 0–1');
  await expect(share).toContainText('Range 0–1.');
  await expect(editor.knob('video.clickbaitShare')).toHaveAttribute('max', '1');

  await lab.generate();
  // A bad value: one plain line, nothing changes.
  await editor.setKnob('video.clickbaitShare', '1.5');
  await expect(editor.knobProblems('video.clickbaitShare')).toHaveText(['video.clickbaitShare: must be at most 1 (got 1.5)']);
  await expect(lab.stale).toHaveCount(0);
  await editor.setKnob('users', '10.5');
  await expect(editor.knobProblems('users')).toHaveText(['users: must be a whole number (an integer) (got 10.5)']);
  await editor.setKnob('users', '100');
  await expect(editor.knobProblems('users')).toHaveCount(0);
  // A good value: the world shown is stale, and the link carries the change.
  await editor.setKnob('video.clickbaitShare', '0.5');
  await expect(lab.stale.first()).toBeVisible();
  await expect.poll(() => page.url()).toContain('video.clickbaitShare=0.5');
  await expect(page.getByTestId('editor.edited')).toBeVisible();
  if (process.env.EDITOR_SHOT) await page.screenshot({ path: process.env.EDITOR_SHOT, fullPage: true });

  // Export, then reset to the preset, then import the exported file back.
  const [download] = await Promise.all([page.waitForEvent('download'), editor.exportButton.click()]);
  const exported = readFileSync((await download.path())!, 'utf8');
  expect(JSON.parse(exported)).toMatchObject({ id: 'video-e2e-small', users: 100, video: { clickbaitShare: 0.5 } });
  await editor.reset.click();
  await expect(editor.knob('video.clickbaitShare')).toHaveValue('0.2');
  await expect.poll(() => page.url()).not.toContain('clickbaitShare');

  // A bad file: the problem lines, and nothing is overwritten.
  await editor.setKnob('seed', '5');
  await editor.importText('{"world": "video",');
  await expect(editor.importProblems.first()).toContainText('(file): not valid JSON');
  await editor.importText(exported.replace('"clickbaitShare": 0.5', '"clickbaitShare": -1').replace('"users": 100', '"users": 1e400'));
  await expect(editor.importProblems).toHaveText(['users: must be a finite number (got Infinity)', 'video.clickbaitShare: must be at least 0 (got -1)']);
  await expect(editor.knob('seed')).toHaveValue('5');

  await editor.importText(exported);
  await expect(page.getByTestId('import.done')).toBeVisible();
  await expect(editor.importProblems).toHaveCount(0);
  await expect(editor.knob('video.clickbaitShare')).toHaveValue('0.5');
  await expect(editor.knob('seed')).toHaveValue('1');
  await lab.generate();
  expect(await lab.summaryValue('users')).toBe(100);
});

test('a round trip through the scenario picker keeps the changes made to each scenario, refused values included', async ({ page }) => {
  const lab = new LabPage(page);
  const editor = new ScenarioEditorPanel(page);
  await lab.goto({ scenario: 'video-e2e-small', backend: 'wasm' });
  await editor.open();
  await editor.setKnob('seed', '42');
  await editor.setKnob('video.clickbaitShare', '1.5');
  await expect(editor.knobProblems('video.clickbaitShare')).toHaveCount(1);
  await page.getByTestId('scenario.select').selectOption('shop-e2e-small');
  await expect(editor.knob('seed')).toHaveValue('1');
  await expect(page.getByTestId('editor.edited')).toHaveCount(0);
  await page.getByTestId('scenario.select').selectOption('video-e2e-small');
  await expect(editor.knob('seed')).toHaveValue('42');
  await expect(editor.knob('video.clickbaitShare')).toHaveValue('1.5');
  await expect(editor.knobProblems('video.clickbaitShare')).toHaveText(['video.clickbaitShare: must be at most 1 (got 1.5)']);
  await expect.poll(() => page.url()).toContain('seed=42');
});
