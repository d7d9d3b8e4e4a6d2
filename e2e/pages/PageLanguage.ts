/**
 * Page object of the page's language: the switch in the header, and the words on
 * the page that are not Chinese. A text counts as English when a word of three or
 * more Latin letters is left after removing the technical names Chinese
 * practitioners write as they are, and anything marked `lang="en"` (a paper's title,
 * the "English" choice of the switch itself).
 */
import type { Locator, Page } from '@playwright/test';

/** Names that stay Latin in Chinese: metrics, models, tools, file types, the papers' venues and authors. Longest first. */
export const TECHNICAL_NAMES: readonly string[] = [
  'Objective Lab',
  'TensorFlow.js',
  'WebAssembly',
  'JavaScript',
  'SwiftShader',
  'e^logit',
  'ESMM-NS',
  'pCTCVR',
  'CTCVR',
  'YouTube',
  'Alibaba',
  'Adagrad',
  'RecSys',
  'SIGIR',
  'WebGL',
  'Covington',
  'Adams',
  'Sargin',
  'pCTR',
  'pCVR',
  'ESMM',
  'BASE',
  'Adam',
  'wasm',
  'JSON',
  'CTR',
  'CVR',
  'AUC',
  'GMV',
  'cpu',
  'CSV',
  'PNG',
  'MiB',
];

export class PageLanguage {
  readonly select: Locator;

  constructor(readonly page: Page) {
    this.select = page.getByTestId('language.select');
  }

  /** Picks a language in the header's switch. */
  async choose(lng: 'en' | 'zh'): Promise<void> {
    await this.select.selectOption(lng);
  }

  /**
   * Every word of three or more Latin letters on the page (its visible text, and the
   * titles, labels and value texts people meet on hover or with a screen reader)
   * that is not a technical name.
   */
  async leftoverEnglish(): Promise<string[]> {
    const text = await this.page.evaluate(() => {
      let visible = document.body.innerText;
      for (const el of document.body.querySelectorAll('[lang^="en"]')) visible = visible.split(el.textContent ?? '').join(' ');
      const attributes = [...document.body.querySelectorAll('[title], [aria-label], [aria-valuetext]')].flatMap((el) =>
        ['title', 'aria-label', 'aria-valuetext'].map((a) => el.getAttribute(a) ?? ''),
      );
      return [visible, ...attributes].join('\n');
    });
    let rest = text;
    for (const name of TECHNICAL_NAMES) rest = rest.split(name).join(' ');
    return [...new Set(rest.match(/[A-Za-z]{3,}/g) ?? [])];
  }
}
