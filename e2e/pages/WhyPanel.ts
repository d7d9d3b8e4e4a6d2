/** Page object of Step 4, "See why": its tabs, the five views and their exports. */
import type { Download, Locator, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect } from '../fixtures';

export type WhyTab = 'map' | 'lists' | 'dial' | 'calibration' | 'offline';

/** The test id of each tab's view. */
export const VIEW_OF: Record<WhyTab, string> = {
  map: 'item-map',
  lists: 'user-topk',
  dial: 'objective-dial',
  calibration: 'calibration',
  offline: 'offline-online',
};

export class WhyPanel {
  readonly step: Locator;
  readonly views: Locator;
  readonly itemMapCount: Locator;
  readonly dialSlider: Locator;
  readonly dialChart: Locator;
  readonly dialReadout: Locator;
  readonly userSelect: Locator;

  constructor(readonly page: Page) {
    this.step = page.getByTestId('step.why');
    this.views = page.getByTestId('why.views');
    this.itemMapCount = page.getByTestId('item-map.count');
    this.dialSlider = page.getByTestId('objective-dial.slider');
    this.dialChart = page.getByTestId('objective-dial.chart');
    this.dialReadout = page.getByTestId('objective-dial.readout');
    this.userSelect = page.getByTestId('user-topk.user');
  }

  /** Opens a tab and returns its view, once visible. */
  async open(tab: WhyTab): Promise<Locator> {
    await this.page.getByTestId(`why.tab.${tab}`).click();
    const view = this.view(tab);
    await expect(view).toBeVisible();
    return view;
  }

  view(tab: WhyTab): Locator {
    return this.page.getByTestId(VIEW_OF[tab]);
  }

  /** Highlights a policy on the item map. */
  async highlight(policy: string): Promise<void> {
    await this.page.getByTestId(`item-map.policy.${policy}`).click();
    await expect(this.view('map')).toHaveAttribute('data-policy', policy);
  }

  /** Distinct items each policy put in a top K, from the store (what the map must show). */
  highlightedByPolicy(): Promise<Record<string, number>> {
    return this.page.evaluate(() => {
      const insights = window.objectiveLab!.getState().insights;
      return Object.fromEntries((insights?.itemMap.policies ?? []).map((p) => [p.id, p.distinctItems]));
    });
  }

  /** The dial's current point on its chart: α and its pixel place. */
  async dialPoint(): Promise<{ alpha: number; x: number; y: number }> {
    const [alpha, x, y] = await Promise.all(['data-alpha', 'data-current-x', 'data-current-y'].map((a) => this.dialChart.getAttribute(a)));
    return { alpha: Number(alpha), x: Number(x), y: Number(y) };
  }

  /** Clicks an export button of a view and returns the download and its bytes. */
  async download(testId: string): Promise<{ download: Download; bytes: Buffer }> {
    const waiting = this.page.waitForEvent('download');
    await this.page.getByTestId(testId).click();
    const download = await waiting;
    return { download, bytes: await readFile(await download.path()) };
  }
}

/** The 8 bytes every PNG file starts with. */
export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
