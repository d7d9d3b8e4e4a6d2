/**
 * Every control of the main flow is reachable and usable by keyboard alone, with a
 * visible focus ring on each one the focus lands on: pick a scenario (arrows in the
 * select), open the scenario editor and change a knob, export the scenario, Generate,
 * Train, Pause and Resume, Compare, export the results. No mouse event is sent.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LabPage } from './pages/LabPage';

/** What has the focus, and whether a ring shows it (a solid outline of 2 px or more, on the control or, for a visually hidden input, its label). */
function focusState(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { id: 'body', ring: false, outline: '' };
    const shown = (el.classList.contains('visually-hidden') && el.closest('label')) || el;
    const style = getComputedStyle(shown);
    const box = shown.getBoundingClientRect();
    const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && box.width > 4 && box.height > 4;
    const id = el.getAttribute('data-testid') ?? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}`;
    return { id, ring, outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}` };
  });
}

/** Tabs (or Shift+Tabs) until the control `testId` has the focus, checking the ring at every stop on the way. */
async function tabTo(page: Page, testId: string, { back = false, maxStops = 80 } = {}): Promise<void> {
  const visited: string[] = [];
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const state = await focusState(page);
    visited.push(state.id);
    if (state.id !== 'body') expect(state.ring, `visible focus on ${state.id} (outline: ${state.outline})`).toBe(true);
    if (state.id === testId) return;
  }
  throw new Error(`${testId} was not reached by ${back ? 'Shift+Tab' : 'Tab'}; the focus went through ${visited.join(' → ')}`);
}

async function expectFocusOn(page: Page, testId: string): Promise<void> {
  await expect.poll(() => focusState(page).then((s) => s.id)).toBe(testId);
  const state = await focusState(page);
  expect(state.ring, `visible focus on ${testId} (outline: ${state.outline})`).toBe(true);
}

test('the whole lesson by keyboard alone, with visible focus on every control', async ({ page }) => {
  const lab = new LabPage(page);
  // From another preset to the small world (with twice its logs, on cpu: training lasts long enough to pause it).
  await lab.goto({ scenario: 'video-no-clickbait', backend: 'cpu' });

  // Pick a scenario with the arrow keys: the small video world, the last of the video group.
  await tabTo(page, 'scenario.select');
  for (let i = 0; i < 10 && (await lab.scenarioSelect.inputValue()) !== 'video-e2e-small'; i++) await page.keyboard.press('ArrowDown');
  await expect(lab.scenarioSelect).toHaveValue('video-e2e-small');
  await expectFocusOn(page, 'scenario.select');

  // Open the scenario editor (Enter on its summary) and change a knob: type, then Enter.
  await tabTo(page, 'summary');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('scenario.editor')).toHaveAttribute('open', '');
  await tabTo(page, 'knob.logging.impressions');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('60000');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('editor.edited')).toBeVisible();
  await expect.poll(() => page.url()).toContain('logging.impressions=60000');
  await expectFocusOn(page, 'knob.logging.impressions'); // the focus stays where the user typed

  // Export the scenario: Shift+Tab back up to the editor's tools (past the import, whose label shows the ring), Enter.
  await tabTo(page, 'editor.import', { back: true });
  await tabTo(page, 'editor.export');
  const scenarioFile = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await scenarioFile).suggestedFilename()).toBe('video-e2e-small-custom.json');

  // Generate: Enter. Generate turns disabled; the focus goes to Cancel, then comes back.
  await tabTo(page, 'world.generate');
  await page.keyboard.press('Enter');
  await expect(lab.summary).toBeVisible();
  expect(await lab.summaryValue('impressions')).toBe(60_000);
  await expectFocusOn(page, 'world.generate');

  // Train with Space; the focus moves to Pause. Pause and Resume with Enter.
  await tabTo(page, 'train.start');
  await page.keyboard.press('Space');
  await expectFocusOn(page, 'train.pause');
  await lab.training.waitForProgress();
  await page.keyboard.press('Enter');
  await expect(lab.training.status).toContainText('Paused');
  await expectFocusOn(page, 'train.pause');
  await page.keyboard.press('Enter');
  await expect(lab.training.pauseButton).toHaveText('Pause');
  await lab.training.waitUntilTrained();
  await expectFocusOn(page, 'train.start'); // Pause went disabled: the focus returns to Train

  // Compare with Enter; the focus stays on the button once the results are in.
  await tabTo(page, 'compare.start');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('results-ready')).toBeVisible();
  await expectFocusOn(page, 'compare.start');

  // Export the results.
  await tabTo(page, 'compare.export');
  const report = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await report).suggestedFilename()).toMatch(/^objective-lab-video-e2e-small-seed1-cpu\.json$/);
  await expect(lab.error).toHaveCount(0);
});

test('every control of a finished shop run is reachable by Tab, shows its focus, and the shop switches work by keyboard', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.goto({ scenario: 'shop-e2e-small', run: '1' });
  await expect(page.getByTestId('results-ready')).toBeVisible();
  // Opened directly (the test above opens it by keyboard), so that its controls are in the round.
  await page.getByTestId('scenario.editor').evaluate((d) => ((d as HTMLDetailsElement).open = true));

  // One full round of Tab: every stop shows a ring, and the round passes every kind of control (Reset is
  // disabled on an unchanged preset, so it is skipped).
  await page.keyboard.press('Tab');
  const first = await focusState(page);
  const stops = [first.id];
  for (let i = 0; i < 200; i++) {
    const state = await focusState(page);
    if (state.id !== 'body') expect(state.ring, `visible focus on ${state.id} (outline: ${state.outline})`).toBe(true);
    await page.keyboard.press('Tab');
    const next = await focusState(page);
    if (next.id === first.id) break;
    stops.push(next.id);
  }
  for (const id of ['backend.select', 'scenario.select', 'goal.select', 'esmm.shared', 'summary', 'editor.import', 'editor.export', 'knob.seed', 'world.generate', 'train.start', 'compare.start', 'compare.export', 'compare.export-csv']) {
    expect(stops, id).toContain(id);
  }

  // The business goal with the arrow keys: the results on screen ranked for the other goal.
  await tabTo(page, 'goal.select', { back: true });
  await page.keyboard.press('ArrowDown');
  await expect(lab.goalSelect).toHaveValue('gmv');
  await expect(page.getByTestId('results.goal-stale')).toBeVisible();
  // The ESMM switch with Space: the models must learn again.
  await tabTo(page, 'esmm.shared');
  await page.keyboard.press('Space');
  await expect(lab.esmmShared).not.toBeChecked();
  await expect(page.getByTestId('train.models-stale')).toBeVisible();
  await expectFocusOn(page, 'esmm.shared');
});
