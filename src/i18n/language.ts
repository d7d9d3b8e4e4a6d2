/**
 * Which language the app speaks: `?lang=en|zh` in the link wins (and becomes the
 * remembered choice), then the learner's last choice (localStorage), then the
 * browser's own language when it is Chinese, else English. Pure, so the store, the
 * link writer and the tests share one rule.
 */
export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** localStorage key of the last language chosen. */
export const LANGUAGE_STORAGE_KEY = 'objective-lab.lang';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** BCP 47 tag for number and date formats (`Intl`). */
export const LOCALE_OF: Record<Language, string> = { en: 'en-US', zh: 'zh-CN' };

/** The language a link asks for (`?lang=`), if it names one the app speaks. */
export function linkLanguage(search: string): Language | undefined {
  const asked = new URLSearchParams(search).get('lang')?.toLowerCase();
  return isLanguage(asked) ? asked : undefined;
}

/**
 * @param search a query string such as `location.search`
 * @param saved the stored choice, if any
 * @param browser the browser's preferred languages, first first (`navigator.languages`), e.g. `['zh-CN', 'en']`
 */
export function pickLanguage(search: string, saved: string | null, browser: readonly string[] = []): Language {
  const asked = linkLanguage(search);
  if (asked) return asked;
  if (isLanguage(saved)) return saved;
  // The browser's first language decides: a Chinese browser with English second still opens in Chinese.
  return browser[0]?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
