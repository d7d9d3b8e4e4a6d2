/**
 * A change of a knob after a run marks every step's numbers out of date: the world
 * (step 1), the training curves (step 2) and the comparison (step 3), each with the
 * same stale styling and a note, in English and in Chinese; a new Generate clears them.
 */
import { expect, test } from './fixtures';
import { LabPage } from './pages/LabPage';
import { ScenarioEditorPanel } from './pages/ScenarioEditorPanel';

for (const [lang, words] of [
  ['en', 'previous scenario or settings'],
  ['zh', '之前的场景或设置'],
] as const) {
  test(`after a knob change steps 1, 2 and 3 are all marked out of date (${lang})`, async ({ page }) => {
    const lab = new LabPage(page);
    await lab.goto({ scenario: 'video-e2e-small', run: '1', lang });
    await expect(page.getByTestId('results-ready')).toBeVisible();
    const trainNote = page.getByTestId('train.stale');
    const charts = page.getByTestId('train.charts');
    await expect(trainNote).toHaveCount(0);
    await expect(charts).not.toHaveClass(/\bis-stale\b/);

    const editor = new ScenarioEditorPanel(page);
    await editor.open();
    await editor.setKnob('video.clickbaitShare', '0.5');
    // Steps 1 and 3 said so before; step 2's curves now do too, with the same styling.
    await expect(page.getByTestId('step.generate').getByTestId('results.stale')).toContainText(words);
    await expect(page.getByTestId('step.compare').getByTestId('results.stale')).toContainText(words);
    await expect(trainNote).toContainText(words);
    await expect(trainNote).toHaveClass(/\bstale-note\b/);
    await expect(charts).toHaveClass(/\bis-stale\b/);

    // A new world clears every mark.
    await lab.generateButton.click();
    await expect.poll(() => lab.snapshot().then((s) => s.phase)).toBe('generated');
    await expect(trainNote).toHaveCount(0);
    await expect(page.getByTestId('results.stale')).toHaveCount(0);
  });
}
