/** Page object of the scenario editor: its knobs, reset, import and export, and the link banner. */
import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';

export class ScenarioEditorPanel {
  readonly root: Locator;
  readonly summary: Locator;
  readonly reset: Locator;
  readonly importInput: Locator;
  readonly exportButton: Locator;
  readonly importProblems: Locator;
  readonly linkBanner: Locator;
  readonly linkProblems: Locator;
  /** Settings that run capped, under the scenario's facts. */
  readonly notes: Locator;
  /** Why Generate is off while the editor shows a refused value. */
  readonly generateRefused: Locator;
  readonly edited: Locator;
  readonly importDone: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('scenario.editor');
    this.summary = this.root.locator('summary');
    this.reset = page.getByTestId('editor.reset');
    this.importInput = page.getByTestId('editor.import');
    this.exportButton = page.getByTestId('editor.export');
    this.importProblems = page.getByTestId('import.problems.line');
    this.linkBanner = page.getByTestId('link.banner');
    this.linkProblems = page.getByTestId('link.problems.line');
    this.notes = page.getByTestId('scenario.notes.line');
    this.generateRefused = page.getByTestId('generate.refused');
    this.edited = page.getByTestId('editor.edited');
    this.importDone = page.getByTestId('import.done');
  }

  async open(): Promise<void> {
    if ((await this.root.getAttribute('open')) === null) await this.summary.click();
    await expect(this.root).toHaveAttribute('open', '');
  }

  knob(path: string): Locator {
    return this.page.getByTestId(`knob.${path}`);
  }

  /** The problem lines shown under one knob. */
  knobProblems(path: string): Locator {
    return this.root.locator(`[data-path="${path}"] [data-testid="knob.problems.line"]`);
  }

  /** The note under one knob that runs capped. */
  knobNote(path: string): Locator {
    return this.root.locator(`[data-path="${path}"] [data-testid="knob.note"]`);
  }

  /** The line under a knob whose box holds a value not used yet (the draft with it is refused elsewhere). */
  knobWaiting(path: string): Locator {
    return this.root.locator(`[data-path="${path}"] [data-testid="knob.waiting"]`);
  }

  /** Types a value into a knob and commits it (Enter, or Tab as a newcomer does). */
  async setKnob(path: string, value: string, key: 'Enter' | 'Tab' = 'Enter'): Promise<void> {
    await this.knob(path).fill(value);
    await this.knob(path).press(key);
  }

  /** Imports text as if it were a chosen file. */
  async importText(text: string, name = 'scenario.json'): Promise<void> {
    await this.importInput.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  }
}
