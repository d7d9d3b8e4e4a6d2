/** Page object of Step 3: the simulated A/B test's charts, table, export and (shop) funnel and space views. */
import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';

export type PolicyId = 'random' | 'ctr' | 'watchTime' | 'ctrXcvr' | 'esmm' | 'esmmNs' | 'oracle';
export type ChartName = 'clicks' | 'watch' | 'ads' | 'screen' | 'purchases' | 'gmv';

export class ComparePanel {
  readonly startButton: Locator;
  readonly exportButton: Locator;
  readonly ready: Locator;
  readonly table: Locator;
  readonly share: Locator;
  /** Shop only: impressions → clicks → purchases per policy. */
  readonly funnel: Locator;
  /** Shop only: where each CVR model learned vs where it predicts. */
  readonly space: Locator;
  /** Shop only: the result ranked for another goal than the one chosen. */
  readonly goalStale: Locator;

  constructor(readonly page: Page) {
    this.startButton = page.getByTestId('compare.start');
    this.exportButton = page.getByTestId('compare.export');
    this.ready = page.getByTestId('results-ready');
    this.table = page.getByTestId('compare.table');
    this.share = page.getByTestId('compare.share');
    this.funnel = page.getByTestId('compare.funnel');
    this.space = page.getByTestId('compare.space');
    this.goalStale = page.getByTestId('results.goal-stale');
  }

  /** Runs the comparison and waits for the results. */
  async run(): Promise<void> {
    await expect(this.startButton).toBeEnabled();
    await this.startButton.click();
    await expect(this.ready).toBeVisible();
  }

  chart(name: ChartName): Locator {
    return this.page.getByTestId(`compare.chart.${name}`);
  }

  /** The raw number in the results table, e.g. `metric('watchTime', 'adMinutesPer1k')`. */
  async metric(policy: PolicyId, metric: string): Promise<number> {
    return numberIn(this.page.getByTestId(`compare.row.${policy}`).locator(`[data-metric="${metric}"]`), `${policy}.${metric}`);
  }

  /** The raw `data-value` of a table cell, '' where the metric is undefined or does not apply. */
  async rawMetric(policy: PolicyId, metric: string): Promise<string | null> {
    return this.page.getByTestId(`compare.row.${policy}`).locator(`[data-metric="${metric}"]`).getAttribute('data-value');
  }

  /** A number of the funnel, e.g. `funnelValue('esmm', 'purchasesPer1k')`. */
  async funnelValue(policy: PolicyId, metric: 'clicksPer1k' | 'purchasesPer1k' | 'conversion'): Promise<number> {
    return numberIn(this.page.getByTestId(`compare.funnel.${policy}`).locator(`[data-metric="${metric}"]`), `funnel ${policy}.${metric}`);
  }

  /** Training impressions a CVR policy learned its conversion from. */
  async learnedFrom(policy: PolicyId): Promise<number> {
    return numberIn(this.page.getByTestId(`compare.space.learned.${policy}`), `space ${policy}`);
  }

  /** A number of the space table, e.g. `spaceValue('unclicked', 'meanPredictedCvr', 'esmm')`. */
  async spaceValue(space: 'clicked' | 'unclicked', metric: string, policy?: PolicyId): Promise<number> {
    const row = this.page.getByTestId(`compare.space.row.${space}`);
    const cell = row.locator(policy ? `[data-metric="${metric}"][data-policy="${policy}"]` : `[data-metric="${metric}"]`);
    return numberIn(cell, `space ${space}.${metric}`);
  }
}

async function numberIn(cell: Locator, what: string): Promise<number> {
  const raw = await cell.getAttribute('data-value');
  if (raw === null || raw === '') throw new Error(`No value for ${what}`);
  return Number(raw);
}
