/**
 * Page object of Objective Lab: navigation, the header (backend), the scenario
 * picker, Step 1 and the state API (`window.objectiveLab`). Steps 2 and 3 have
 * their own objects, reachable as `lab.training` and `lab.compare`.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';
import { ComparePanel } from './ComparePanel';
import { TrainingPanel } from './TrainingPanel';

/** A plain-data slice of the store, as the tests read it. */
export interface LabSnapshot {
  phase: string;
  scenarioId: string;
  backendChoice: string;
  activeBackend: string | null;
  runtimeMode: string;
  progressPercent: number;
  progressStep: number | null;
  progressModel: string | null;
  error: string | null;
}

export class LabPage {
  readonly training: TrainingPanel;
  readonly compare: ComparePanel;
  readonly backendActive: Locator;
  readonly backendSelect: Locator;
  readonly backendNote: Locator;
  readonly scenarioSelect: Locator;
  readonly generateButton: Locator;
  readonly summary: Locator;
  readonly error: Locator;
  readonly fallbackNote: Locator;
  /** The shop's business goal and ESMM switch (shop scenarios only). */
  readonly goalSelect: Locator;
  readonly esmmShared: Locator;
  readonly stale: Locator;

  constructor(readonly page: Page) {
    this.training = new TrainingPanel(page);
    this.compare = new ComparePanel(page);
    this.backendActive = page.getByTestId('backend.active');
    this.backendSelect = page.getByTestId('backend.select');
    this.backendNote = page.getByTestId('backend.note');
    this.scenarioSelect = page.getByTestId('scenario.select');
    this.generateButton = page.getByTestId('world.generate');
    this.summary = page.getByTestId('world.summary');
    this.error = page.getByTestId('status.error');
    this.fallbackNote = page.getByTestId('runtime.fallback');
    this.goalSelect = page.getByTestId('goal.select');
    this.esmmShared = page.getByTestId('esmm.shared');
    this.stale = page.getByTestId('results.stale');
  }

  /** Opens the app with link settings, e.g. `{ scenario: 'video-e2e-small', backend: 'webgl' }`. */
  async goto(params: Record<string, string> = {}): Promise<void> {
    const query = new URLSearchParams(params).toString();
    await this.page.goto(query ? `./?${query}` : './');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Objective Lab' })).toBeVisible();
    await this.page.waitForFunction(() => window.objectiveLab !== undefined);
  }

  /** Step 1: generates the platform (or shop) and waits for its fresh summary. */
  async generate(): Promise<void> {
    await this.generateButton.click();
    await expect(this.summary).toBeVisible();
    await expect.poll(() => this.snapshot().then((s) => s.phase)).toBe('generated');
    await expect(this.stale).toHaveCount(0);
  }

  /** Picks a bundled scenario in the picker. */
  async selectScenario(id: string): Promise<void> {
    await this.scenarioSelect.selectOption(id);
    await expect.poll(() => this.snapshot().then((s) => s.scenarioId)).toBe(id);
  }

  /** The raw number of one summary statistic (`data-metric` → `data-value`). */
  async summaryValue(metric: string): Promise<number> {
    const raw = await this.summary.locator(`[data-metric="${metric}"]`).getAttribute('data-value');
    return Number(raw);
  }

  /** Reads the store through the test API. */
  snapshot(): Promise<LabSnapshot> {
    return this.page.evaluate(() => {
      const s = window.objectiveLab!.getState();
      return {
        phase: s.phase,
        scenarioId: s.scenarioId,
        backendChoice: s.backendChoice,
        activeBackend: s.activeBackend,
        runtimeMode: s.runtime.mode,
        progressPercent: s.progressPercent,
        progressStep: s.progress?.step ?? null,
        progressModel: s.progress?.modelId ?? null,
        error: s.error?.message ?? null,
      };
    });
  }
}
