/** Page object of Step 2: train, pause/resume, cancel, progress and the training charts. */
import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';

export class TrainingPanel {
  readonly startButton: Locator;
  readonly pauseButton: Locator;
  readonly cancelButton: Locator;
  readonly progress: Locator;
  readonly status: Locator;
  readonly cancelledNote: Locator;
  readonly lossChart: Locator;
  readonly aucChart: Locator;

  constructor(readonly page: Page) {
    this.startButton = page.getByTestId('train.start');
    this.pauseButton = page.getByTestId('train.pause');
    this.cancelButton = page.getByTestId('train.cancel');
    this.progress = page.getByTestId('train.progress');
    this.status = page.getByTestId('train.status');
    this.cancelledNote = page.getByTestId('train.cancelled');
    this.lossChart = page.getByTestId('train.chart.loss');
    this.aucChart = page.getByTestId('train.chart.auc');
  }

  async start(): Promise<void> {
    await expect(this.startButton).toBeEnabled();
    await this.startButton.click();
  }

  /** The progress bar's value, 0–100. */
  async percent(): Promise<number> {
    return Number(await this.progress.getAttribute('aria-valuenow'));
  }

  /** Waits until the bar shows some progress (a first snapshot arrived). */
  async waitForProgress(): Promise<void> {
    await expect.poll(() => this.percent(), { intervals: [50, 100, 200] }).toBeGreaterThan(0);
  }

  /** Waits until both models are trained. */
  async waitUntilTrained(): Promise<void> {
    await expect(this.progress).toHaveAttribute('aria-valuenow', '100');
    await expect(this.page.getByTestId('train.stats')).toBeVisible();
  }

  /** The models of the loss chart, in order, with the points each has drawn. */
  async lossCurves(): Promise<{ model: string; points: number }[]> {
    return this.lossChart.locator('[data-model]').evaluateAll((els) =>
      els.map((el) => ({ model: el.getAttribute('data-model') ?? '', points: Number(el.getAttribute('data-points')) })),
    );
  }

  /** Points drawn in a chart (its `data-points`). */
  async points(chart: Locator): Promise<number> {
    return Number(await chart.getAttribute('data-points'));
  }
}
