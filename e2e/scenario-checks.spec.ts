/**
 * What a newcomer runs into when a scenario asks for something odd, in the link and
 * in the editor alike: a run too big names what takes the memory, fields that
 * contradict each other are refused naming both, an A/B test larger than the world
 * runs with a note, a refused value keeps Generate off, the preset's own seed is no
 * change, and an imported file keeps its own id.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { LabPage } from './pages/LabPage';
import { ScenarioEditorPanel } from './pages/ScenarioEditorPanel';

const HUGE = { users: '200000', items: '100000', 'evaluation.replayUsers': '20000', 'evaluation.candidatesPerUser': '5000' };

test('a run too big for memory names the A/B test, in a link and under the knob changed in the editor', async ({ page }) => {
  const lab = new LabPage(page);
  const editor = new ScenarioEditorPanel(page);
  await lab.goto({ scenario: 'video-watch-time', ...HUGE });
  const [line] = await editor.linkProblems.allTextContents();
  expect(line).toMatch(/^evaluation\.replayUsers: This world needs about [\d,]+ MiB of memory, more than the 1,024 MiB the app lets one run use/);
  expect(line).toContain("The A/B test's 20,000 users × 5,000 candidates each take about 3,815 MiB: lower the users in the A/B test (evaluation.replayUsers) or the candidates per user (evaluation.candidatesPerUser).");
  expect(line).not.toContain('logging.impressions');

  await lab.goto({ scenario: 'video-watch-time' });
  await editor.open();
  for (const path of ['users', 'items', 'evaluation.replayUsers'] as const) {
    await editor.setKnob(path, HUGE[path]);
    await expect(editor.knobProblems(path)).toHaveCount(0);
  }
  await editor.setKnob('evaluation.candidatesPerUser', HUGE['evaluation.candidatesPerUser']);
  await expect(editor.knobProblems('evaluation.candidatesPerUser')).toHaveCount(1);
  await expect(editor.knobProblems('evaluation.candidatesPerUser')).toContainText(/^evaluation\.candidatesPerUser: This world needs about/);
  await expect(editor.knobProblems('evaluation.candidatesPerUser')).toContainText('lower the users in the A/B test');
});

test('a refusal between fields marks the knobs it names, and goes as soon as any box makes the draft fit', async ({ page }) => {
  const lab = new LabPage(page);
  const editor = new ScenarioEditorPanel(page);
  await lab.goto({ scenario: 'video-watch-time', seed: '1' });
  await editor.open();
  // The tester's order: the A/B test first, then the world around it; 100,000 videos uncap its 5,000 candidates.
  for (const path of ['evaluation.replayUsers', 'evaluation.candidatesPerUser', 'users', 'items'] as const) await editor.setKnob(path, HUGE[path], 'Tab');
  for (const path of ['evaluation.replayUsers', 'evaluation.candidatesPerUser'] as const) {
    await expect(editor.knob(path)).toHaveAttribute('aria-invalid', 'true');
    await expect(editor.knobProblems(path)).toHaveText([new RegExp(`^${path.replace('.', '\\.')}: This world needs about 3,911 MiB`)]);
  }
  // The videos are not the knob to lower: no red mark, but the box says its value waits.
  await expect(editor.knob('items')).toHaveAttribute('aria-invalid', 'false');
  await expect(editor.knobProblems('items')).toHaveCount(0);
  await expect(editor.knobWaiting('items')).toHaveText('Not used yet: the scenario keeps 300 until the boxes marked in red are fixed.');
  await expect(editor.knob('items')).toHaveValue('100000');
  // No capped-run note contradicts the red line under the candidates.
  await expect(editor.knobNote('evaluation.candidatesPerUser')).toHaveCount(0);
  await expect(lab.generateButton).toBeDisabled();
  await expect(editor.generateRefused).toHaveAttribute('data-paths', 'evaluation.replayUsers evaluation.candidatesPerUser');

  // Another box makes it fit: every mark goes, the waiting videos are used, Generate is back.
  await editor.setKnob('evaluation.replayUsers', '100', 'Tab');
  await expect(editor.root.getByTestId('knob.problems.line')).toHaveCount(0);
  await expect(editor.root.getByTestId('knob.waiting')).toHaveCount(0);
  await expect(editor.knob('evaluation.replayUsers')).toHaveAttribute('aria-invalid', 'false');
  await expect(editor.knob('items')).toHaveValue('100000');
  await expect(page.getByTestId('scenario.facts')).toContainText('200,000 users · 100,000 videos');
  await expect(lab.generateButton).toBeEnabled();
  await expect.poll(() => page.url()).toContain('items=100000');
});

test('the tester\'s link: an A/B test larger than the world runs on all of it, and says so', async ({ page }) => {
  const lab = new LabPage(page);
  const editor = new ScenarioEditorPanel(page);
  await lab.goto({ scenario: 'video-watch-time', 'evaluation.replayUsers': '20000', 'evaluation.candidatesPerUser': '5000' });
  await expect(editor.linkBanner).toHaveCount(0);
  await expect(editor.notes).toHaveText([
    'evaluation.replayUsers: 20,000 asked, but the world has 1,000 users: the A/B test serves all 1,000.',
    "evaluation.candidatesPerUser: 5,000 asked, but the catalogue has 300 videos: each of the A/B test's users chooses from all 300.",
  ]);
  await editor.open();
  await expect(editor.knobNote('evaluation.replayUsers')).toHaveText('evaluation.replayUsers: 20,000 asked, but the world has 1,000 users: the A/B test serves all 1,000.');
  // Lowering the users is not blocked by the A/B test's size: the note follows.
  await editor.setKnob('users', '500');
  await expect(editor.knobProblems('users')).toHaveCount(0);
  await expect(editor.knobNote('evaluation.replayUsers')).toContainText('the A/B test serves all 500');
});

test('a capped A/B test runs on the users there are, and the results say how many', async ({ page }) => {
  const lab = new LabPage(page);
  const editor = new ScenarioEditorPanel(page);
  await lab.goto({ scenario: 'video-e2e-small', 'evaluation.replayUsers': '1000', backend: 'wasm', run: '1' });
  await expect(editor.notes).toHaveText(['evaluation.replayUsers: 1,000 asked, but the world has 300 users: the A/B test serves all 300.']);
  await expect(lab.compare.ready).toBeVisible();
  expect(await page.evaluate(() => window.objectiveLab!.getState().result?.users)).toBe(300);
  await expect(page.getByTestId('step.compare')).toContainText('300 users each shown the top 10 of 60 candidate videos');
});

test('fields that contradict each other are refused naming both, in a link and in the editor', async ({ page }) => {
  const lab = new LabPage(page);
  const editor = new ScenarioEditorPanel(page);
  await lab.goto({ scenario: 'video-e2e-small', 'evaluation.topK': '50', 'evaluation.candidatesPerUser': '10', run: '1' });
  await expect(editor.linkProblems).toHaveText([
    'evaluation.topK: must be at most evaluation.candidatesPerUser (10) (got 50)',
    '(link): its changes to the scenario were not applied; showing the preset as it is',
    '(link): not run at once because of these problems; press Generate when ready',
  ]);
  await lab.goto({ scenario: 'video-e2e-small', items: '10', 'logging.slateSize': '50' });
  await expect(editor.linkProblems.first()).toHaveText('logging.slateSize: must be at most items (10) (got 50)');

  await lab.goto({ scenario: 'video-e2e-small' });
  await editor.open();
  await editor.setKnob('evaluation.topK', '20');
  await editor.setKnob('evaluation.candidatesPerUser', '15');
  await expect(editor.knobProblems('evaluation.candidatesPerUser')).toHaveText(['evaluation.candidatesPerUser: must be at least evaluation.topK (20) (got 15)']);
});

test('Generate refuses while the editor shows a refused value, and says which', async ({ page }) => {
  const lab = new LabPage(page);
  const editor = new ScenarioEditorPanel(page);
  await lab.goto({ scenario: 'video-e2e-small', backend: 'wasm' });
  await editor.open();
  await editor.setKnob('users', '-5');
  await expect(editor.knobProblems('users')).toHaveText(['users: must be at least 10 (got -5)']);
  await expect(lab.generateButton).toBeDisabled();
  await expect(editor.generateRefused).toContainText('“Users”');
  await expect(lab.generateButton).toHaveAttribute('aria-describedby', 'generate-refused');
  // Fixed: Generate builds the value on screen.
  await editor.setKnob('users', '100');
  await expect(editor.generateRefused).toHaveCount(0);
  await lab.generate();
  expect(await lab.summaryValue('users')).toBe(100);

  // Typed, not committed, and Generate pressed at once: the value is refused, nothing is built from the old one.
  await editor.knob('items').fill('-1');
  await lab.generateButton.click();
  await expect(editor.generateRefused).toContainText('“Videos”');
  expect((await lab.snapshot()).phase).toBe('generated');
  expect(await lab.summaryValue('videos')).toBe(120);
  // Reset to preset puts the values back and Generate on.
  await editor.reset.click();
  await expect(editor.knob('items')).toHaveValue('120');
  await expect(editor.knob('users')).toHaveValue('300');
  await expect(lab.generateButton).toBeEnabled();
});

test('the link the app writes reopens as no change: the preset\'s own seed is not an edit', async ({ page }) => {
  const lab = new LabPage(page);
  const editor = new ScenarioEditorPanel(page);
  await lab.goto({ scenario: 'video-e2e-small' });
  await expect.poll(() => page.url()).toContain('seed=1');
  await expect(editor.edited).toHaveCount(0);
  await page.goto(page.url());
  await page.waitForFunction(() => window.objectiveLab !== undefined);
  await expect(editor.edited).toHaveCount(0);
  await page.reload();
  await page.waitForFunction(() => window.objectiveLab !== undefined);
  await expect(editor.edited).toHaveCount(0);
  expect(await page.evaluate(() => window.objectiveLab!.getState().settings)).toEqual({});
});

test('a file with its own id says which preset it runs on, and exports with its own id and title', async ({ page }) => {
  const lab = new LabPage(page);
  const editor = new ScenarioEditorPanel(page);
  await lab.goto({ scenario: 'video-e2e-small' });
  await editor.open();
  const file = { ...JSON.parse(readFileSync('scenarios/video-e2e-small.json', 'utf8')), id: 'my-workshop', title: 'Our workshop', users: 100 };
  await editor.importText(JSON.stringify(file), 'my-workshop.json');
  await expect(editor.importDone).toHaveText(
    'Imported my-workshop.json. Its id “my-workshop” is not a preset, so it runs on the preset “Video platform: clicks or watch time?” (video-watch-time) with the file’s settings; exporting keeps its own id and title.',
  );
  await expect(page.getByTestId('scenario.title')).toHaveText('Our workshop');
  await expect.poll(() => page.url()).toContain('id=my-workshop');
  const [download] = await Promise.all([page.waitForEvent('download'), editor.exportButton.click()]);
  expect(download.suggestedFilename()).toBe('my-workshop.json');
  expect(JSON.parse(readFileSync((await download.path())!, 'utf8'))).toEqual(file);

  // A preset's own file says so too.
  await editor.importText(readFileSync('scenarios/video-no-clickbait.json', 'utf8'), 'video-no-clickbait.json');
  await expect(editor.importDone).toHaveText(/^Imported video-no-clickbait\.json: the preset “.+” with the file’s settings\.$/);
  await expect(editor.edited).toHaveCount(0);
});
