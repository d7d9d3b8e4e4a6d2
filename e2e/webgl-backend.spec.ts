/**
 * One spec must train on WebGL (DESIGN 7): in headless Chromium that is
 * SwiftShader, slow but real. The small scenario keeps it short.
 */
import { expect, test } from './fixtures';
import { LabPage } from './pages/LabPage';

test('trains on WebGL when asked to, without falling back', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.goto({ scenario: 'video-e2e-small', backend: 'webgl' });
  await expect(lab.backendSelect).toHaveValue('webgl');

  await lab.generate();
  await lab.training.start();
  await expect(lab.backendActive).toHaveText('WebGL');
  await expect(lab.backendNote).toHaveCount(0);
  await lab.training.waitUntilTrained();

  const state = await lab.snapshot();
  expect(state.activeBackend).toBe('webgl');
  expect(state.runtimeMode).toBe('worker');
  await expect(page.getByTestId('train.stats')).toContainText('on webgl');
  await expect(lab.backendNote).toHaveCount(0);
});
