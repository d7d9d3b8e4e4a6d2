/**
 * Page object of a guided lesson: opening it from a link, the current step
 * (`data-testid="lesson-step"`), Next / Back, the step's own action, the answers,
 * and a record of every step (a screenshot kept as a test artifact, and axe).
 */
import type { Locator, Page, TestInfo } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../a11y';
import { expect } from '../fixtures';

export type Lang = 'en' | 'zh';

export class LessonPanel {
  readonly panel: Locator;
  readonly step: Locator;
  readonly next: Locator;
  readonly back: Locator;
  readonly action: Locator;
  readonly reset: Locator;
  readonly progress: Locator;
  private shots = 0;

  constructor(
    readonly page: Page,
    readonly testInfo: TestInfo,
  ) {
    this.panel = page.getByTestId('lesson.panel');
    this.step = page.getByTestId('lesson-step');
    this.next = page.getByTestId('lesson.next');
    this.back = page.getByTestId('lesson.back');
    this.action = page.getByTestId('lesson.action');
    this.reset = page.getByTestId('lesson.reset');
    this.progress = page.getByTestId('lesson.progress');
  }

  /** Opens `?lesson=<id>` on a preset (small ones for tests), in a language, with more link parameters if any. */
  async open(id: string, scenario: string, lang: Lang, extra: Record<string, string> = {}): Promise<void> {
    await this.page.goto(`./?${new URLSearchParams({ lesson: id, scenario, lang, ...extra })}`);
    await this.page.waitForFunction(() => window.objectiveLab !== undefined);
    await expect(this.panel).toHaveAttribute('data-lesson', id);
  }

  /** Waits until the current step is `id`. */
  async expectStep(id: string): Promise<void> {
    await expect(this.step).toHaveAttribute('data-step', id);
  }

  /** The current step's index, 1-based, as the panel says it. */
  async stepNumber(): Promise<number> {
    return Number(await this.progress.getAttribute('data-step'));
  }

  /**
   * Keeps a screenshot of the page at this step as a test artifact and runs axe on it.
   * @param label what the step is, for the file name and messages
   */
  async record(label: string): Promise<void> {
    const name = `${String(++this.shots).padStart(2, '0')}-${label}.png`;
    const path = this.testInfo.outputPath(name);
    await this.page.screenshot({ path });
    await this.testInfo.attach(name, { path, contentType: 'image/png' });
    await expectNoSeriousA11yViolations(this.page, `${this.testInfo.title}, step ${label}`);
  }

  /** Goes on to the next step (which must be open) and waits for it. */
  async goNext(): Promise<void> {
    const before = await this.stepNumber();
    await expect(this.next).toBeEnabled();
    await this.next.click();
    await expect(this.progress).toHaveAttribute('data-step', String(before + 1));
  }

  /** Presses the step's own button (Generate, Train, Compare) and waits until Next opens. */
  async runAction(kind: 'generate' | 'train' | 'compare'): Promise<void> {
    await expect(this.action).toHaveAttribute('data-action', kind);
    await expect(this.next).toBeDisabled();
    await this.action.click();
    await expect(this.next).toBeEnabled();
  }

  /** Answers a prediction: which policy earns more, and the size answer. */
  async predict(winner: string, ratio: 'same' | 'x1_5' | 'x2' | 'x4'): Promise<void> {
    await expect(this.next).toBeDisabled();
    await this.page.getByTestId(`predict.winner.${winner}`).check();
    await expect(this.next).toBeDisabled();
    await this.page.getByTestId(`predict.ratio.${ratio}`).check();
  }

  /** Reads a policy's online metric (mean) from the store. */
  metric(policy: string, metric: string): Promise<number> {
    return this.page.evaluate(
      ([p, m]) => {
        const r = window.objectiveLab!.getState().result;
        const found = r?.policies.find((q) => q.id === p) as { online: Record<string, { mean: number }> } | undefined;
        return found ? found.online[m].mean : Number.NaN;
      },
      [policy, metric] as const,
    );
  }
}
