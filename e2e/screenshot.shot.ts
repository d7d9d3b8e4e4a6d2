/**
 * Not a test: makes docs/screenshot.png (the README's picture) after a full run of
 * the default scenario (or of SCREENSHOT_SCENARIO, e.g. `shop-conversion`).
 * Not part of `npm test`: run it with `npm run screenshot`.
 */
import { test } from './fixtures';
import { LabPage } from './pages/LabPage';

test('screenshot of a full run for the README', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  const lab = new LabPage(page);
  const scenario = process.env.SCREENSHOT_SCENARIO;
  await lab.goto({ ...(scenario ? { scenario } : {}), backend: process.env.SCREENSHOT_BACKEND ?? 'wasm' });
  await lab.generate();
  await lab.training.start();
  await lab.training.waitUntilTrained();
  await lab.compare.run();
  const clip = process.env.SCREENSHOT_ELEMENT;
  if (clip) {
    await page.getByTestId(clip).screenshot({ path: process.env.SCREENSHOT_PATH ?? `/tmp/${clip}.png` });
    return;
  }
  // The README shows the payoff: Step 3 at the top of the window.
  if (process.env.SCREENSHOT_FULL !== '1') await page.getByTestId('step.compare').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: process.env.SCREENSHOT_PATH ?? 'docs/screenshot.png', fullPage: process.env.SCREENSHOT_FULL === '1' });
});
