/** Page object of Step 1's progress: the bar, what it is drawing, the time left, Cancel and the cancelled note. */
import type { Locator, Page } from '@playwright/test';

export class GenerateProgressPanel {
  readonly panel: Locator;
  readonly bar: Locator;
  readonly status: Locator;
  readonly timeLeft: Locator;
  readonly cancelButton: Locator;
  readonly cancelledNote: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('generate.progress-panel');
    this.bar = page.getByTestId('generate.progress');
    this.status = page.getByTestId('generate.status');
    this.timeLeft = page.getByTestId('generate.time-left');
    this.cancelButton = page.getByTestId('generate.cancel');
    this.cancelledNote = page.getByTestId('generate.cancelled');
  }

  /** The bar's value, 0–100. */
  async percent(): Promise<number> {
    return Number(await this.bar.getAttribute('aria-valuenow'));
  }

  /** The estimate behind the time left, ms (the element's `data-ms`); NaN while estimating. */
  async timeLeftMs(): Promise<number> {
    return Number(await this.timeLeft.getAttribute('data-ms'));
  }
}
