/**
 * Saved work: the experiment and the last results survive a reload; a failed import
 * saves nothing, and neither does a link that names nothing usable.
 */
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
  await expect(page.getByTestId('saved.results')).toHaveAttribute('data-current', 'true');
  await expect(page.getByTestId('saved.results')).toHaveText(/^Saved from your last comparison: “Video platform \(small, for tests\)”, seed 3, wasm backend\./);
  await expect(lab.compare.exportButton).toBeEnabled();

  const savedBefore = await page.evaluate(() => localStorage.getItem('objective-lab'));
  await editor.open();
  await expect(editor.knob('seed')).toHaveValue('3');
  await editor.importText('{"world": "video", "seed": -1}');
  await expect(editor.importProblems.first()).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('objective-lab'))).toBe(savedBefore);
});

test('a link whose settings are all refused keeps the saved experiment; only a valid one replaces it', async ({ page }) => {
  const lab = new LabPage(page);
  const editor = new ScenarioEditorPanel(page);
  const facts = page.getByTestId('scenario.facts');
  await lab.goto({ scenario: 'video-watch-time', seed: '7', users: '777' });
  await expect(facts).toContainText('777 users');
  await expect(facts).toContainText('seed 7');

  // The tester's link: the page says what was refused and shows the saved experiment, unchanged.
  await page.goto('./?seed=abc');
  await page.waitForFunction(() => window.objectiveLab !== undefined);
  await expect(editor.linkProblems).toHaveText(['seed: must be a number (got "abc")', '(link): its changes to the scenario were not applied; showing your saved experiment']);
  await expect(facts).toContainText('777 users');
  await expect(facts).toContainText('seed 7');
  await expect.poll(() => page.url()).toContain('users=777');
  // A plain visit afterwards still restores it, and so does an unknown preset.
  await lab.goto();
  await expect(editor.linkBanner).toHaveCount(0);
  await expect(facts).toContainText('777 users');
  await expect(facts).toContainText('seed 7');
  await lab.goto({ scenario: 'podcast' });
  await expect(editor.linkProblems).toHaveText(['scenario: unknown preset "podcast" (showing your saved experiment)']);
  await expect(facts).toContainText('777 users');

  // A link that validly names an experiment replaces it.
  await lab.goto({ scenario: 'video-e2e-small', seed: '4' });
  await lab.goto();
  expect((await lab.snapshot()).scenarioId).toBe('video-e2e-small');
  await expect(facts).toContainText('seed 4');
});

test('saved results of another scenario than the one shown say so', async ({ page }) => {
  const lab = new LabPage(page);
  // Saved results of the small world at seed 5, as a past comparison leaves them.
  await lab.goto({ scenario: 'video-e2e-small', seed: '5' });
  await page.evaluate(() => {
    const saved = JSON.parse(localStorage.getItem('objective-lab')!);
    saved.state.savedReport = { scenario: 'video-e2e-small', world: 'video', seed: 5, backend: 'wasm', data: {}, policies: {} };
    localStorage.setItem('objective-lab', JSON.stringify(saved));
  });
  await lab.goto();
  await expect(page.getByTestId('saved.results')).toHaveAttribute('data-current', 'true');
  // The tester's case: a link opens another scenario; the saved results are not its own.
  await lab.goto({ scenario: 'video-watch-time' });
  const note = page.getByTestId('saved.results');
  await expect(note).toHaveAttribute('data-current', 'false');
  await expect(note).toHaveText(
    'Saved from your last comparison, which ran other settings than the scenario shown above: “Video platform (small, for tests)”, seed 5, wasm backend. Export it with the buttons above.',
  );
});
