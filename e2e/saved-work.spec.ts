/** Saved work: the experiment and the last results survive a reload; a failed import saves nothing. */
import { expect, test } from './fixtures';
import { LabPage } from './pages/LabPage';
import { ScenarioEditorPanel } from './pages/ScenarioEditorPanel';

test('the experiment and the last report survive a reload, and a failed import overwrites nothing', async ({ page }) => {
  const lab = new LabPage(page);
  const editor = new ScenarioEditorPanel(page);
  await page.goto('./?scenario=video-e2e-small&seed=3&backend=wasm&run=1');
  await expect(lab.compare.ready).toBeVisible();

  await lab.goto();
  expect((await lab.snapshot()).scenarioId).toBe('video-e2e-small');
  expect(page.url()).toContain('seed=3');
  await expect(page.getByTestId('saved.results')).toHaveAttribute('data-scenario', 'video-e2e-small');
  await expect(lab.compare.exportButton).toBeEnabled();

  const savedBefore = await page.evaluate(() => localStorage.getItem('objective-lab'));
  await editor.open();
  await expect(editor.knob('seed')).toHaveValue('3');
  await editor.importText('{"world": "video", "seed": -1}');
  await expect(editor.importProblems.first()).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('objective-lab'))).toBe(savedBefore);
});
